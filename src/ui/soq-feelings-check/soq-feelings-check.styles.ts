import { css } from 'lit';

/** Big pictured body places and three sizes, each a target of at least 64 px. */
export const feelingsStyles = css`
  :host {
    display: grid;
    gap: 0.6rem;
  }
  .ask {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
    font-weight: 700;
  }
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 8rem), 1fr));
    gap: 0.6rem;
  }
  .options button {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.2rem;
    min-height: 64px;
    padding: 0.3rem 0.6rem;
    border-radius: 20px;
    line-height: 1.1;
  }
  .body {
    width: 3.6em;
    height: 3.6em;
  }
  .body.small {
    width: 2.4em;
    height: 2.4em;
  }
  .found {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
    font-weight: 700;
  }
  .sizes button {
    flex-direction: row;
    gap: 0.5rem;
  }
  .sizes button[aria-pressed='true'] {
    background: #e2f7da;
  }
  .dot {
    display: block;
    border-radius: 50%;
    background: var(--soq-sun);
    border: 3px solid var(--soq-ink);
  }
  .dot {
    flex: none;
  }
  .dot.small {
    width: 0.8em;
    height: 0.8em;
  }
  .dot.middle {
    width: 1.3em;
    height: 1.3em;
  }
  .dot.big {
    width: 1.8em;
    height: 1.8em;
  }
`;
