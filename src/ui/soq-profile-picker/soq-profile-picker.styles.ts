import { css } from 'lit';

export const profilePickerStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    height: 100%;
    padding: 1rem clamp(1rem, 3vw, 2.5rem);
    gap: 1rem;
  }
  header {
    display: flex;
    align-items: center;
    gap: 1rem;
    flex-wrap: wrap;
  }
  h1 {
    font-size: clamp(1.6rem, 4.5vmin, 2.6rem);
    flex: 1;
  }
  .search {
    display: grid;
    gap: 0.3rem;
    max-width: 30rem;
    font-weight: 700;
  }
  .search input {
    min-height: 56px;
    font-size: 1.4rem;
    padding: 0.3rem 0.9rem;
    border: 3px solid var(--soq-ink);
    border-radius: 16px;
  }
  .pupils {
    flex: 1;
    min-height: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    grid-auto-rows: min-content;
    gap: 1rem;
    list-style: none;
    padding: 0;
    margin: 0;
    overflow: auto;
  }
  .pupil {
    width: 100%;
    display: grid;
    justify-items: center;
    gap: 0.4rem;
    border-radius: 24px;
    padding: 0.8rem;
    overflow-wrap: anywhere;
    font-size: 1.3rem;
  }
  .pupil .pic {
    width: 4rem;
    height: 4rem;
  }
  form {
    display: grid;
    gap: 0.8rem;
    align-content: start;
    max-width: 52rem;
  }
  label,
  legend {
    font-weight: 700;
    font-size: 1.3rem;
  }
  input[type='text'] {
    min-height: 56px;
    font-size: 1.5rem;
    padding: 0.4rem 0.9rem;
    border: 3px solid var(--soq-ink);
    border-radius: 16px;
    width: 100%;
    background: #fff;
  }
  .hint {
    font-size: 1.05rem;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
  }
  .avatars {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(4.5rem, 1fr));
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .avatar {
    position: relative;
    display: grid;
    place-items: center;
    min-height: 64px;
    border: 3px solid var(--soq-ink);
    border-radius: 18px;
    background: var(--soq-card);
    cursor: pointer;
  }
  .avatar input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
    cursor: pointer;
  }
  .avatar:has(input:checked) {
    background: var(--soq-sun);
    box-shadow: 0 0 0 4px var(--soq-ink) inset;
  }
  .avatar:has(input:focus-visible) {
    outline: 4px solid var(--soq-focus);
    outline-offset: 3px;
  }
  .avatar .pic {
    width: 3rem;
    height: 3rem;
  }
  .actions {
    display: flex;
    gap: 1rem;
    flex-wrap: wrap;
  }
`;
