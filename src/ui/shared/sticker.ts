import { css, html, type TemplateResult } from 'lit';
import type { ArtName } from '../../core/content/art-names';
import { maxStars } from '../../core/progress/stars';
import { picture } from './picture';

/**
 * A statement's icon as a collectible sticker: round, white-edged, a little tilted. Decorative.
 * `draw` draws the icon (on paper, `paperPicture`).
 */
export function sticker(
  icon: ArtName,
  className = 'sticker',
  draw: (name: ArtName) => TemplateResult = picture,
): TemplateResult {
  return html`<span class=${className} aria-hidden="true">${draw(icon)}</span>`;
}

/** Stars as pictures: earned ones bright, the rest faint. Decorative: the words carry the number. */
export function starPictures(stars: number): TemplateResult {
  return html`<span class="star-pics" aria-hidden="true"
    >${Array.from({ length: maxStars }, (_, i) => picture('star', i < stars ? 'pic earned' : 'pic faint'))}</span
  >`;
}

export const stickerStyles = css`
  .sticker {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: var(--sticker, 3.5rem);
    height: var(--sticker, 3.5rem);
    border-radius: 50%;
    background: radial-gradient(circle at 35% 30%, #ffffff, #fff3c4);
    border: calc(var(--sticker, 3.5rem) * 0.07) solid #ffffff;
    box-shadow:
      0 0 0 2px var(--soq-ink),
      0 4px 0 2px rgb(0 0 0 / 0.2);
    transform: rotate(-7deg);
  }
  .sticker .pic {
    width: 70%;
    height: 70%;
  }
  .star-pics {
    display: inline-flex;
    gap: 0.05rem;
  }
  .star-pics .pic {
    width: var(--star, 1.1rem);
    height: var(--star, 1.1rem);
  }
  .star-pics .faint {
    opacity: 0.25;
    filter: grayscale(1);
  }
`;
