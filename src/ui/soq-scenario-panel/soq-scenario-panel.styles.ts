import { css } from 'lit';

export const scenarioPanelStyles = css`
  :host {
    display: grid;
    gap: 0.6rem;
    padding: 0.8rem clamp(0.8rem, 2.5vw, 2rem) 1rem;
    background: var(--soq-card);
    border-top: 4px solid var(--soq-ink);
    font-size: var(--panel-font, clamp(1.05rem, 2.6vmin, 1.45rem));
  }
  :host([key-stage='ks1']) {
    --panel-font: clamp(1.25rem, 3.4vmin, 2rem);
    --soq-target: 64px;
  }
  /* The rows share the panel's height: the words keep together at the top of theirs, Next at the bottom. */
  .lines {
    display: grid;
    align-content: start;
    gap: 0.3rem;
  }
  .line {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    line-height: 1.3;
  }
  .discuss {
    font-style: italic;
    border-inline-start: 6px solid var(--soq-sun);
    padding-inline-start: 0.6rem;
  }
  .feedback {
    display: flex;
    align-items: center;
    gap: 0.7rem;
    padding: 0.5rem 0.8rem;
    border-radius: 18px;
    border: 3px solid var(--soq-ink);
    background: #fff7dd;
  }
  .feedback.safe {
    background: #e2f7da;
  }
  .feedback .pic {
    width: 2.6em;
    height: 2.6em;
    flex: none;
  }
  .nav {
    display: flex;
    align-items: flex-end;
    gap: 0.8rem;
    flex-wrap: wrap;
    justify-content: flex-end;
  }
  .nav .spacer {
    flex: 1;
  }
`;
