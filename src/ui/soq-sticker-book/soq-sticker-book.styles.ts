import { css } from 'lit';

export const stickerBookStyles = css`
  dialog {
    width: min(60rem, calc(100vw - 1rem));
    max-height: calc(100dvh - 1rem);
    border: 4px solid var(--soq-ink);
    border-radius: 24px;
    padding: 0.8rem clamp(0.6rem, 2vw, 1.4rem);
    background: #fffaf0 repeating-linear-gradient(0deg, transparent 0 38px, rgb(0 0 0 / 0.04) 38px 40px);
    color: var(--soq-ink);
  }
  dialog::backdrop {
    background: rgb(30 40 60 / 0.55);
  }
  .top {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.6rem;
    flex-wrap: wrap;
  }
  h2 {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    font-size: clamp(1.3rem, 3.5vmin, 2rem);
  }
  h2 .pic {
    width: 1.6em;
    height: 1.6em;
  }
  p {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.4rem 0 0.6rem;
  }
  .page {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(7.5rem, 1fr));
    gap: 0.8rem;
  }
  .space {
    display: grid;
    justify-items: center;
    align-content: start;
    gap: 0.3rem;
    text-align: center;
    padding: 0.5rem 0.3rem;
    border-radius: 16px;
    border: 3px dashed rgb(0 0 0 / 0.2);
    overflow-wrap: anywhere;
    --sticker: 4.2rem;
  }
  .space.collected {
    border: 3px solid transparent;
    background: #fff3c4;
  }
  .empty {
    display: grid;
    place-items: center;
    width: 4.2rem;
    height: 4.2rem;
    border-radius: 50%;
    border: 3px dashed rgb(0 0 0 / 0.3);
    font-size: 1.8rem;
    font-weight: 700;
    color: rgb(0 0 0 / 0.35);
  }
  .name {
    font-weight: 700;
    line-height: 1.15;
  }
`;
