/** Kind limits for the school's trusted adults: a few names that fit on a line of a story or a certificate. */
export const trustedLimits = { names: 6, nameLength: 40 } as const;

/**
 * Splits what a school typed before trusted adults were a list ("Mrs Khan, Mr Lee and Miss Ray",
 * "Mrs Khan / Mr Lee", "Mrs Khan or Mr Lee") into the names, trimmed, with empty parts dropped.
 */
export function splitTrustedAdults(text: string): string[] {
  return text
    .split(/,|\/|&|\band\b|\bor\b/i)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** The names as saved: trimmed, none empty. */
export function tidyTrustedAdults(names: readonly string[]): string[] {
  return names.map((name) => name.trim()).filter((name) => name !== '');
}

/** Joins names as a sentence wants in the game's language: "Mrs Khan or Mr Lee", "Mrs Khan and Mr Lee". */
export function joinNames(
  names: readonly string[],
  language: string,
  type: 'conjunction' | 'disjunction',
): string {
  try {
    return new Intl.ListFormat(language, { style: 'long', type }).format(names);
  } catch {
    return new Intl.ListFormat('en', { style: 'long', type }).format(names);
  }
}

/** What the stories say where no trusted adult is set: each in mid-sentence and starting one. */
export interface TrustedDefaults {
  readonly atSchool: string;
  readonly AtSchool: string;
  readonly oneAtSchool: string;
  readonly OneAtSchool: string;
}

function capitalised(text: string, language: string): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

/**
 * The values the stories interpolate: `{{atSchool}}` / `{{AtSchool}}` every trusted adult ("Mrs Khan
 * or Mr Lee"), `{{oneAtSchool}}` / `{{OneAtSchool}}` the first only (a KS1 choice label stays short).
 */
export function trustedStoryValues(
  names: readonly string[],
  language: string,
  defaults: TrustedDefaults,
): TrustedDefaults {
  const [first] = names;
  if (first === undefined) return defaults;
  const all = joinNames(names, language, 'disjunction');
  return {
    atSchool: all,
    AtSchool: capitalised(all, language),
    oneAtSchool: first,
    OneAtSchool: capitalised(first, language),
  };
}
