import { css } from 'lit';

export const worldMapStyles = css`
  :host {
    display: grid;
    grid-template-rows: auto 1fr auto;
    height: 100%;
    padding: 0.75rem clamp(0.75rem, 2vw, 2rem);
    gap: 0.75rem;
  }
  header,
  footer {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    flex-wrap: wrap;
  }
  .who {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    flex: 1;
    min-width: 12rem;
  }
  .who .pic {
    width: 3rem;
    height: 3rem;
  }
  h1 {
    font-size: clamp(1.3rem, 3.5vmin, 2rem);
    overflow-wrap: anywhere;
  }
  .places {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(var(--place-width, 8.5rem), 1fr));
    grid-auto-rows: 1fr;
    gap: clamp(0.4rem, 1.2vmin, 0.9rem);
    align-content: center;
    min-height: 0;
  }
  :host([key-stage='ks1']) {
    --soq-target: 64px;
  }
  :host([key-stage='ks1']) .places {
    --place-width: 11rem;
  }
  .place {
    position: relative;
    width: 100%;
    height: 100%;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    text-align: center;
    gap: 0.3rem;
    border-radius: 24px;
    padding: 0.4rem 0.5rem;
    font-size: clamp(0.9rem, 2.1vmin, 1.15rem);
    line-height: 1.15;
    overflow-wrap: anywhere;
  }
  :host([key-stage='ks1']) .place {
    font-size: clamp(1.05rem, 2.8vmin, 1.6rem);
  }
  .place .pic {
    width: clamp(2rem, 7vmin, 4.5rem);
    height: clamp(2rem, 7vmin, 4.5rem);
    flex: none;
  }
  :host([key-stage='ks1']) .place .pic {
    width: clamp(2.5rem, 10vmin, 6rem);
    height: clamp(2.5rem, 10vmin, 6rem);
  }
  .place[data-status='done'] {
    background: #d8f5d0;
  }
  .place[data-status='in-progress'] {
    background: #fff1c2;
  }
  .badge {
    position: absolute;
    top: 0.3rem;
    right: 0.3rem;
    width: 1.8rem;
    height: 1.8rem;
  }
  .label {
    display: grid;
  }
  .notice {
    margin: 0.5rem 1rem 0;
    background: var(--soq-card);
    border: 3px dashed var(--soq-ink);
    border-radius: 16px;
    padding: 0.5rem 1rem;
  }
  .status {
    font-weight: 400;
    font-size: 0.8em;
  }
  .spacer {
    flex: 1;
  }
`;
