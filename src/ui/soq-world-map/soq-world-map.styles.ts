import { css } from 'lit';

export const worldMapStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    height: 100%;
    /* On a narrow screen or with big text the whole map scrolls, the road keeping a useful height. */
    overflow-y: auto;
    padding: 0.6rem clamp(0.5rem, 2vw, 2rem);
    gap: 0.5rem;
    --disc: clamp(3rem, 8vmin, 4.6rem);
  }
  :host([key-stage='ks1']) {
    --soq-target: 64px;
    --disc: clamp(3.6rem, 11vmin, 6rem);
  }
  header,
  footer {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    flex-wrap: wrap;
  }
  .who {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    flex: 1;
    min-width: min(12rem, 100%);
  }
  .who .pic {
    width: 3rem;
    height: 3rem;
  }
  h1 {
    font-size: clamp(1.3rem, 3.5vmin, 2rem);
    overflow-wrap: anywhere;
  }
  soq-guide {
    --guide-owl: clamp(2.6rem, 8vmin, 4rem);
    --guide-text: clamp(0.95rem, 2.4vmin, 1.25rem);
  }
  .journey {
    flex: 1 0 auto;
    height: 0;
    min-height: min(24rem, 70dvh);
    overflow-y: auto;
    border-radius: 24px;
    border: 3px solid var(--soq-ink);
    background-attachment: local;
  }
  :host([key-stage='ks1']) .journey {
    /* A sunny meadow with little flowers: the town's journey. */
    background:
      radial-gradient(circle, #fff 0 2px, transparent 3px) 0 0 / 70px 70px,
      radial-gradient(circle, #ffd166 0 3px, transparent 4px) 35px 35px / 70px 70px,
      linear-gradient(180deg, #d4f5c4, #a4dc92);
  }
  :host([key-stage='ks2']) .journey {
    /* A trail through space, planet to planet. */
    background:
      radial-gradient(circle, #fff 0 1px, transparent 2px) 0 0 / 53px 61px,
      radial-gradient(circle, #ffe9a8 0 1.5px, transparent 2.5px) 20px 30px / 97px 83px,
      radial-gradient(circle at 90% 10%, #6a4c93 0 8%, transparent 8.5%),
      linear-gradient(180deg, #1d2b53, #3a2f6b);
  }
  .path {
    position: relative;
    margin: 0;
    padding: 1rem 0.6rem 1.4rem;
    display: grid;
    grid-template-columns: repeat(var(--columns, 4), minmax(0, 1fr));
    grid-template-rows: repeat(var(--rows, 3), minmax(min-content, 1fr));
    min-height: 100%;
    gap: 1.1rem 0.5rem;
  }
  .stops {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-column: 1 / -1;
    grid-row: 1 / -1;
    grid-template-columns: subgrid;
    grid-template-rows: subgrid;
  }
  .road {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
    pointer-events: none;
  }
  .road path {
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .road-edge {
    stroke: #b9864f;
    stroke-width: 30px;
  }
  .road-top {
    stroke: #f6dfae;
    stroke-width: 23px;
  }
  .road-line {
    stroke: #fff;
    stroke-width: 3px;
    stroke-dasharray: 10 12;
  }
  :host([key-stage='ks2']) .road-edge {
    stroke: #8e7dff;
    opacity: 0.5;
  }
  :host([key-stage='ks2']) .road-top {
    stroke: #c7bfff;
    opacity: 0.55;
  }
  .stop[data-status='done'] .sticker {
    background: radial-gradient(circle at 35% 30%, #ffffff, #ffe08a);
  }
  .stop-place {
    position: relative;
    display: grid;
    justify-items: center;
    align-content: center;
    gap: 0.2rem;
    min-width: 0;
  }
  .stop {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.25rem;
    max-width: 100%;
    padding: 0.2rem 0.3rem 0.3rem;
    background: transparent;
    border: none;
    box-shadow: none;
    border-radius: 18px;
    text-align: center;
    line-height: 1.15;
    font-size: clamp(0.9rem, 2vmin, 1.1rem);
  }
  :host([key-stage='ks1']) .stop {
    font-size: clamp(1.05rem, 2.6vmin, 1.5rem);
  }
  .stop:active {
    transform: translateY(2px);
    box-shadow: none;
  }
  .marker {
    position: relative;
    display: grid;
    place-items: center;
    width: var(--disc);
    height: var(--disc);
    --sticker: var(--disc);
  }
  .disc {
    display: grid;
    place-items: center;
    width: 100%;
    height: 100%;
    border-radius: 50%;
    background: #fff;
    border: 4px solid var(--soq-ink);
    box-shadow: 0 5px 0 rgb(0 0 0 / 0.25);
  }
  .disc .pic {
    width: 66%;
    height: 66%;
  }
  .stop[data-status='not-started']:not([data-next]) .disc .pic {
    opacity: 0.55;
  }
  .stop[data-next] .disc {
    background: var(--soq-sun);
    animation:
      glow 1.6s ease-in-out infinite,
      hop 1.6s ease-in-out infinite;
  }
  .badge {
    position: absolute;
    top: -0.3rem;
    inset-inline-end: -0.4rem;
    width: 1.7rem;
    height: 1.7rem;
  }
  .avatar {
    position: absolute;
    inset-inline-start: -38%;
    bottom: -8%;
    width: 58%;
    height: 58%;
    filter: drop-shadow(0 3px 0 rgb(0 0 0 / 0.3));
  }
  .title {
    background: #fff;
    border: 3px solid var(--soq-ink);
    border-radius: 999px;
    padding: 0.1rem 0.6rem;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .next-tag {
    cursor: pointer;
    background: var(--soq-sun);
    border: 3px solid var(--soq-ink);
    border-radius: 999px;
    padding: 0.05rem 0.6rem;
    font-weight: 700;
  }
  .star-pics {
    background: rgb(255 255 255 / 0.85);
    border-radius: 999px;
    padding: 0 0.3rem;
  }
  .destination .disc {
    background: #ffe3ef;
    border-style: double;
    border-width: 7px;
  }
  .destination[data-locked] .disc .pic {
    opacity: 0.6;
  }
  .stop:focus-visible {
    outline-offset: 2px;
  }
  .notice {
    margin: 0;
    background: var(--soq-card);
    border: 3px dashed var(--soq-ink);
    border-radius: 16px;
    padding: 0.5rem 1rem;
  }
  @keyframes glow {
    50% {
      box-shadow:
        0 0 0 8px rgb(255 209 102 / 0.6),
        0 5px 0 rgb(0 0 0 / 0.25);
    }
  }
  @keyframes hop {
    50% {
      transform: translateY(-7px);
    }
  }
  :host([still]) .stop[data-next] .disc {
    animation: none;
    box-shadow:
      0 0 0 6px rgb(255 209 102 / 0.7),
      0 5px 0 rgb(0 0 0 / 0.25);
  }
  @media (prefers-reduced-motion: reduce) {
    .stop[data-next] .disc {
      animation: none;
      box-shadow:
        0 0 0 6px rgb(255 209 102 / 0.7),
        0 5px 0 rgb(0 0 0 / 0.25);
    }
  }
`;
