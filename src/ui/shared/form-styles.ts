import { css } from 'lit';

/** Labels, text boxes and messages of the grown-ups' forms and the pupils' ones alike. */
export const formStyles = css`
  form {
    display: grid;
    /* One column as wide as the screen allows: a long option or word never widens the form past it. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.7rem;
    align-content: start;
    max-width: 46rem;
  }
  label,
  legend {
    font-weight: 700;
    display: grid;
    gap: 0.3rem;
  }
  input[type='text'],
  input[type='password'],
  input[type='url'],
  select {
    font: inherit;
    color: inherit;
    min-height: 52px;
    padding: 0.3rem 0.8rem;
    border: 3px solid var(--soq-ink);
    border-radius: 14px;
    background: #fff;
    width: 100%;
    min-width: 0;
    font-weight: 400;
  }
  input[type='file'] {
    max-width: 100%;
    min-width: 0;
    font: inherit;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.2rem;
  }
  .option {
    display: flex;
    flex-direction: row;
    align-items: center;
    gap: 0.5rem;
    min-height: 48px;
    font-weight: 400;
  }
  .option input {
    width: 1.6rem;
    height: 1.6rem;
    margin: 0;
  }
  .actions {
    display: flex;
    gap: 0.8rem;
    flex-wrap: wrap;
  }
`;
