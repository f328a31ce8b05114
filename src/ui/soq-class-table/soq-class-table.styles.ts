import { css } from 'lit';

export const classTableStyles = css`
  :host {
    display: grid;
    gap: 1rem;
    align-content: start;
  }
  h2 {
    font-size: 1.4rem;
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
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    background: #fff;
  }
  th,
  td {
    border: 1px solid #b9c0d4;
    padding: 0.25rem 0.4rem;
    text-align: center;
  }
  th[scope='row'] {
    text-align: start;
    overflow-wrap: anywhere;
    max-width: 14rem;
  }
  td .pic {
    width: 1.4rem;
    height: 1.4rem;
    margin: auto;
  }
  td input {
    width: 1.5rem;
    height: 1.5rem;
  }
  .danger {
    background: #ffe1dc;
  }
  .confirm {
    border: 3px solid var(--soq-ink);
    border-radius: 14px;
    background: #fff4d6;
    padding: 0.6rem 0.9rem;
    display: grid;
    gap: 0.5rem;
  }
  .stars {
    display: block;
    font-size: 0.75em;
    white-space: nowrap;
  }
  @media print {
    .screen {
      display: none;
    }
  }
`;
