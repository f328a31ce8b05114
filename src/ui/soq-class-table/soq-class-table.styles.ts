import { css } from 'lit';

export const classTableStyles = css`
  :host {
    display: block;
  }
  .screen {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.9rem;
    align-content: start;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.6rem 1.2rem;
  }
  h2 {
    font-size: 1.3rem;
    overflow-wrap: break-word;
  }
  h3 {
    font-size: 1.15rem;
  }
  .count {
    font-weight: 400;
  }
  .key-stages,
  .actions {
    display: flex;
    gap: 0.6rem;
    flex-wrap: wrap;
  }
  [aria-pressed='true'] {
    background: var(--soq-sun);
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  .view {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 2rem;
  }
  fieldset {
    min-width: 0;
  }
  .view legend {
    margin-bottom: 0.2rem;
  }
  .sort {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  select {
    font: inherit;
    min-height: 48px;
    border: 3px solid var(--soq-ink);
    border-radius: 14px;
    background: #fff;
    padding: 0 0.6rem;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    background: #fff;
    width: 100%;
  }
  th,
  td {
    border: 1px solid #b9c0d4;
    padding: 0.3rem 0.5rem;
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: #f1f3f9;
    white-space: nowrap;
  }
  th[scope='row'],
  .name {
    font-weight: 700;
    overflow-wrap: normal;
    word-break: normal;
    hyphens: none;
  }
  .word {
    white-space: nowrap;
  }
  td.stars {
    text-align: end;
  }
  .choose {
    display: grid;
    place-items: center;
    min-width: 48px;
    min-height: 48px;
    cursor: pointer;
  }
  input[type='checkbox'] {
    width: 1.6rem;
    height: 1.6rem;
    margin: 0;
  }
  .status {
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }
  .status .pic {
    width: 1.3rem;
    height: 1.3rem;
    flex: none;
  }
  .strip {
    list-style: none;
    padding: 0;
    margin: 0.3rem 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 2px;
    min-width: 11rem;
    max-width: 40rem;
  }
  .strip li {
    width: 1.3rem;
    height: 1.3rem;
    display: grid;
    place-items: center;
    font-size: 0.7rem;
    border-radius: 4px;
    background: #eef0f6;
    color: #4a5170;
  }
  .strip li.done {
    background: #dcf3dc;
  }
  .strip li.in-progress {
    background: #fff1c7;
  }
  .strip .pic {
    width: 1rem;
    height: 1rem;
  }
  .signed {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.4rem;
  }
  button.icon {
    padding: 0.3rem;
  }
  .cards {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
    gap: 0.6rem;
  }
  .card {
    min-width: 0;
    background: #fff;
    border: 2px solid #b9c0d4;
    border-radius: 12px;
    padding: 0.5rem 0.7rem;
    display: grid;
    gap: 0.3rem;
  }
  .card-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.4rem;
  }
  .card-head .name {
    flex: 1;
    font-size: 1.05rem;
  }
  .card-stars {
    white-space: nowrap;
  }
  .card .strip {
    min-width: 0;
  }
  .danger-zone {
    margin-top: 1.2rem;
    border: 3px dashed #b24a3a;
    border-radius: 14px;
    padding: 0.8rem 1rem;
    display: grid;
    gap: 0.6rem;
    background: #fff8f6;
  }
  .danger {
    background: #ffe1dc;
  }
  @media print {
    .screen {
      display: none;
    }
  }
`;
