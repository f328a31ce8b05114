import { css } from 'lit';

export const guideStyles = css`
  :host {
    display: flex;
    align-items: flex-end;
    gap: 0.4rem;
    pointer-events: none;
  }
  :host([hidden]) {
    display: none;
  }
  .owl {
    width: var(--guide-owl, 3.4rem);
    height: var(--guide-owl, 3.4rem);
    flex: none;
    animation: perch 2.8s ease-in-out infinite;
    filter: drop-shadow(0 3px 0 rgb(0 0 0 / 0.15));
  }
  .bubble {
    pointer-events: auto;
    position: relative;
    display: flex;
    align-items: center;
    gap: 0.4rem;
    background: #fffdf5;
    border: 3px solid var(--soq-ink);
    border-radius: 18px;
    padding: 0.35rem 0.7rem;
    box-shadow: 0 4px 0 rgb(0 0 0 / 0.15);
    line-height: 1.3;
    font-size: var(--guide-text, 1rem);
    flex: 0 1 auto;
    min-width: 0;
  }
  .bubble::before {
    content: '';
    position: absolute;
    inset-inline-start: -12px;
    bottom: 12px;
    border: 9px solid transparent;
    border-inline-end-color: var(--soq-ink);
  }
  .bubble[hidden] {
    display: none;
  }
  .name {
    font-weight: 700;
    color: #7a4a12;
  }
  p {
    overflow-wrap: anywhere;
  }
  @keyframes perch {
    50% {
      transform: translateY(-5px) rotate(3deg);
    }
  }
  :host([still]) .owl {
    animation: none;
  }
  @media (prefers-reduced-motion: reduce) {
    .owl {
      animation: none;
    }
  }
`;
