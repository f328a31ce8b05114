import { css } from 'lit';

/** Big picture buttons for choices and chat replies. */
export const choiceStyles = css`
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
    gap: 0.7rem;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    border-radius: 20px;
    text-align: start;
    padding: 0.4rem 0.8rem;
    min-height: 64px;
    overflow-wrap: anywhere;
  }
  .choice .pic {
    width: 2.6em;
    height: 2.6em;
    flex: none;
  }
`;
