import { css } from 'lit';

export const chatStyles = css`
  :host {
    display: grid;
    gap: 0.6rem;
  }
  .phone {
    border: 3px solid var(--soq-ink);
    border-radius: 22px;
    background: #f3f7ff;
    overflow: hidden;
  }
  header {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.3rem 0.8rem;
    background: #dce8ff;
    border-bottom: 3px solid var(--soq-ink);
  }
  header .pic {
    width: 1.8em;
    height: 1.8em;
  }
  header .app {
    margin-inline-start: auto;
    font-size: 0.8em;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0.5rem 0.8rem;
    display: grid;
    gap: 0.4rem;
  }
  li {
    justify-self: start;
    display: flex;
    align-items: center;
    gap: 0.4rem;
    max-width: 85%;
    padding: 0.25rem 0.7rem;
    border-radius: 16px;
    border: 2px solid var(--soq-ink);
    background: #fff;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  li.me {
    justify-self: end;
    background: #e2f7da;
  }

  li .pic {
    width: 1.6em;
    height: 1.6em;
  }
  /* KS1: replies are big pictures with a word or two under them, easy to find on a whiteboard. */
  :host([key-stage='ks1']) .choices {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 8rem), 1fr));
  }
  :host([key-stage='ks1']) .choice {
    flex-direction: column;
    justify-content: center;
    text-align: center;
    font-weight: 700;
    min-height: 64px;
  }
  :host([key-stage='ks1']) .choice .pic {
    width: 3.4em;
    height: 3.4em;
  }
`;
