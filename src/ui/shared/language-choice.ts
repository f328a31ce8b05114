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

export const languageRadioStyles = css`
  .languages {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  .languages label {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 44px;
    padding: 0.2rem 0.8rem;
    border: 2px solid var(--soq-ink);
    border-radius: 999px;
    background: var(--soq-card);
    cursor: pointer;
  }
  .languages label:has(input:checked) {
    background: #d8f5d0;
    font-weight: 700;
  }
`;
