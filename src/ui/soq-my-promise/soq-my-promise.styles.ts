import { css } from 'lit';

export const myPromiseStyles = css`
  :host {
    display: block;
    height: 100%;
  }
  /* KS1 plays on a whiteboard: every target is 64 px, as in its scenarios. */
  :host([key-stage='ks1']) {
    --soq-target: 64px;
  }
  :host([key-stage='ks1']) .screen {
    gap: 0.5rem;
  }
  :host([hidden]) {
    display: none;
  }
  .screen {
    display: grid;
    grid-template-rows: auto 1fr auto;
    height: 100%;
    padding: 0.75rem clamp(0.75rem, 2.5vw, 2.5rem);
    gap: 0.75rem;
  }
  header,
  footer {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    flex-wrap: wrap;
  }
  h1 {
    flex: 1;
    font-size: clamp(1.4rem, 4vmin, 2.3rem);
  }
  .body {
    display: grid;
    align-content: safe center;
    gap: 0.8rem;
    min-height: 0;
    /* On a narrow screen or with big text the promises scroll; the header and footer stay. */
    overflow-y: auto;
    font-size: var(--promise-font, clamp(1rem, 2.4vmin, 1.35rem));
  }
  :host([key-stage='ks1']) .body {
    --promise-font: clamp(1.2rem, 3.2vmin, 1.9rem);
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.7rem;
  }
  li {
    display: flex;
    align-items: center;
    gap: 0.7rem;
    background: var(--soq-card);
    border: 3px solid var(--soq-ink);
    border-radius: 18px;
    padding: 0.4rem 0.8rem;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  li .pic {
    width: 2.6em;
    height: 2.6em;
    flex: none;
  }
  label {
    font-weight: 700;
    display: grid;
    gap: 0.3rem;
  }
  input[type='text'] {
    min-height: 52px;
    padding: 0.3rem 0.8rem;
    border: 3px solid var(--soq-ink);
    border-radius: 14px;
    background: #fff;
    width: 100%;
  }
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: 0.8rem;
  }
  .signed {
    display: grid;
    justify-items: center;
    gap: 1rem;
    text-align: center;
  }
  .signed .pic {
    width: 5rem;
    height: 5rem;
  }
  .spacer {
    flex: 1;
  }
  form .body {
    gap: 0.5rem;
  }
  soq-signature-pad {
    --signature-height: clamp(4.5rem, 12vh, 8rem);
  }
  @media print {
    .screen {
      display: none;
    }
  }
`;
