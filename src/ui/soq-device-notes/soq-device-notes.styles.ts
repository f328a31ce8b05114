import { css } from 'lit';

export const deviceNotesStyles = css`
  :host {
    display: grid;
    gap: 0.5rem;
    margin-top: 1.5rem;
    max-width: 48rem;
  }
  h2 {
    font-size: 1.3rem;
  }
  .update {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    background: var(--soq-card);
    border: 3px solid var(--soq-sun);
    border-radius: 16px;
    padding: 0.75rem 1rem;
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
