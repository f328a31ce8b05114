import { css } from 'lit';

/** Buttons, focus rings and type shared by every component. Touch targets are at least 48 CSS px. */
export const sharedStyles = css`
  :host {
    font-family: var(--soq-font, 'Andika', system-ui, sans-serif);
    color: var(--soq-ink);
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* Nastaliq letters stack high and low: Urdu lines need room whatever a component set for Latin. */
  :host(:lang(ur)) *,
  :host(:lang(ur)) {
    line-height: 2 !important;
  }
  /*
   * Urdu or Arabic inside another language's page (a grown-up correcting an Urdu statement): its own font, once
   * loaded with the language (until then, and on an English pupil's page, the device's).
   */
  :lang(ur) {
    font-family: var(--soq-font-ur);
    line-height: 2;
  }
  :lang(ar) {
    font-family: var(--soq-font-ar);
  }
  h1,
  h2,
  h3,
  p {
    margin: 0;
  }
  button,
  input {
    font: inherit;
    color: inherit;
  }
  button {
    min-height: var(--soq-target, 48px);
    min-width: var(--soq-target, 48px);
    padding: 0.5rem 1.1rem;
    border-radius: 999px;
    border: 3px solid var(--soq-ink);
    background: var(--soq-card);
    font-weight: 700;
    cursor: pointer;
    box-shadow: 0 4px 0 var(--soq-ink);
    touch-action: manipulation;
  }
  button:active {
    transform: translateY(3px);
    box-shadow: 0 1px 0 var(--soq-ink);
  }
  button .pic {
    display: inline-block;
    width: 1.5em;
    height: 1.5em;
    vertical-align: middle;
  }
  button.primary {
    background: var(--soq-sun);
  }
  :focus-visible {
    outline: 4px solid var(--soq-focus);
    outline-offset: 3px;
  }
  /** A kind message about something to put right: never red, never alarming. */
  .problem {
    background: #fff4d6;
    border: 3px solid var(--soq-ink);
    border-radius: 14px;
    padding: 0.4rem 0.8rem;
    font-weight: 700;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  img {
    display: block;
  }
  @media print {
    button {
      display: none;
    }
  }
`;
