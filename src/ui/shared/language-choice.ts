import { css, html } from 'lit';
import {
  directionOf,
  ownNames,
  pupilLanguages,
  type GameLanguage,
  type PupilLanguage,
} from '../../core/school/languages';

/**
 * A pupil's language choice: each language named in itself (no flags: a language is not a country),
 * marked with its own `lang` and direction so a screen reader says it in that language.
 */
export function languageRadios(
  name: string,
  current: GameLanguage,
  choose: (language: PupilLanguage) => void,
) {
  return html`<div class="languages">
    ${pupilLanguages.map(
      (code) =>
        html`<label lang=${code} dir=${directionOf(code)}>
          <input
            type="radio"
            name=${name}
            value=${code}
            .checked=${current === code}
            @change=${() => choose(code)}
          />
          ${ownNames[code]}
        </label>`,
    )}
  </div>`;
}

/** Each language a card as big as a finger, its radio the whole card (as the avatars are). */
export const languageRadioStyles = css`
  .languages {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .languages label {
    position: relative;
    display: inline-flex;
    align-items: center;
    min-height: 48px;
    padding: 0.2rem 1rem;
    border: 3px solid var(--soq-ink);
    border-radius: 999px;
    background: var(--soq-card);
    font-weight: 400;
    /*
     * The device's own letters, which draw every language's name: the game's font would fetch its
     * 80 KB file of extra Latin letters for the "ă" of Română on every English pupil's first visit.
     */
    font-family: system-ui, sans-serif;
    cursor: pointer;
  }
  .languages input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .languages label:has(input:checked) {
    background: var(--soq-sun);
    box-shadow: 0 0 0 3px var(--soq-ink) inset;
    font-weight: 700;
  }
  .languages label:has(input:focus-visible) {
    outline: 4px solid var(--soq-focus);
    outline-offset: 3px;
  }
`;
