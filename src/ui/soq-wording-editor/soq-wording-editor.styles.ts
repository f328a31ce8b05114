import { css } from 'lit';

export const wordingEditorStyles = css`
  :host {
    display: grid;
    gap: 1rem;
    align-content: start;
  }
  .language {
    max-width: 24rem;
  }
  .hint {
    margin: -0.6rem 0 0;
  }
  ol {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 1rem;
    max-width: 60rem;
  }
  li {
    display: grid;
    gap: 0.4rem;
    background: #fff;
    border: 2px solid #b9c0d4;
    border-radius: 14px;
    padding: 0.6rem 0.8rem;
  }
  textarea {
    font: inherit;
    min-height: 5rem;
    padding: 0.4rem 0.6rem;
    border: 2px solid var(--soq-ink);
    border-radius: 10px;
    resize: vertical;
  }
  .key-stages {
    display: flex;
    gap: 0.6rem;
  }
  [aria-pressed='true'] {
    background: var(--soq-sun);
  }
  .hidden-note {
    font-style: italic;
  }
  .suggestion {
    display: grid;
    gap: 0.3rem;
    border-inline-start: 6px solid var(--soq-sun);
    padding-inline-start: 0.6rem;
  }
  .suggestion p {
    margin: 0;
  }
`;
