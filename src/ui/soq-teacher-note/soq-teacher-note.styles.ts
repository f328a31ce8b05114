import { css } from 'lit';

/** A teacher's page: readable on screen, and one A4 page in print. */
export const teacherNoteStyles = css`
  :host {
    display: block;
  }
  .sheet {
    background: #fff;
    border: 2px solid #b9c0d4;
    border-radius: 12px;
    padding: 0.9rem 1.1rem;
    display: grid;
    gap: 0.7rem;
    max-width: 60rem;
    line-height: 1.35;
  }
  h2 {
    font-size: 1.35rem;
    margin: 0;
  }
  h3 {
    font-size: 1.05rem;
    margin: 0 0 0.2rem;
  }
  p,
  ul,
  ol,
  dl {
    margin: 0;
  }
  header {
    display: flex;
    align-items: center;
    gap: 0.7rem;
  }
  header .pic {
    width: 2.6rem;
    height: 2.6rem;
    flex: none;
  }
  .statement {
    border-inline-start: 5px solid var(--soq-sun, #ffd34d);
    padding-inline-start: 0.7rem;
    font-size: 1.05rem;
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    gap: 0.7rem 1.5rem;
  }
  ul,
  ol {
    padding-inline-start: 1.3rem;
    display: grid;
    gap: 0.2rem;
  }
  dl {
    display: grid;
    gap: 0.25rem;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0 0 0.2rem;
  }
  .small {
    font-size: 0.92em;
  }
  @media print {
    .sheet {
      border: 0;
      padding: 0;
      max-width: none;
      font-size: 10.5pt;
      gap: 3mm;
      color: #000;
    }
    h2 {
      font-size: 15pt;
    }
    h3 {
      font-size: 11.5pt;
    }
    section {
      break-inside: avoid;
    }
  }
`;
