import { css } from 'lit';

export const playSettingsStyles = css`
  :host {
    display: inline-block;
  }
  .open {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  .pic {
    width: 1.6rem;
    height: 1.6rem;
  }
  dialog {
    width: min(36rem, calc(100vw - 1rem));
    max-height: calc(100dvh - 1rem);
    overflow-y: auto;
    border: 4px solid var(--soq-ink);
    border-radius: 22px;
    padding: 1rem clamp(0.75rem, 3vw, 1.5rem);
    background: var(--soq-card);
    color: var(--soq-ink);
  }
  dialog::backdrop {
    background: rgb(29 43 83 / 0.55);
  }
  h2 {
    font-size: 1.4em;
    margin-bottom: 0.3rem;
  }
  form {
    display: grid;
    gap: 0.8rem;
  }
  fieldset {
    border: 3px solid var(--soq-ink);
    border-radius: 16px;
    margin: 0;
    padding: 0.4rem 0.8rem 0.6rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 1rem;
  }
  legend {
    font-weight: 700;
    padding: 0 0.3rem;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: var(--soq-target, 48px);
    cursor: pointer;
  }
  input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--soq-ink);
  }
  .font-readable {
    font-family: 'Lexend', system-ui, sans-serif;
  }
  .done {
    justify-self: end;
  }
`;
