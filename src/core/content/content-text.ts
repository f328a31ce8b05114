import type { KeyStage } from './key-stage';

/** The longest sentence a key stage reads, in words; KS1 choice labels are shorter still. */
export const readingLimits = { ks1: 8, ks2: 15 } as const satisfies Record<KeyStage, number>;
export const ks1LabelWords = 4;

/** Words that praise: wrong feedback never starts with one. */
const praise =
  /^(yes|yay|right|correct|great|well done|good|brilliant|excellent|perfect|super|fantastic|amazing|awesome|nice|spot on|exactly|that's it|that's right|top marks)\b/i;

/** "It is not your fault", "It's not Sam's fault", "not his fault". */
export const notYourFault = /not (\S+ )?fault/i;

/** Fills `{{name}}` with its value (the default a pupil sees when the school has set nothing). */
export function interpolate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The sentences of a text: split after . ! or ? (and any closing quote), never empty. */
export function sentences(text: string): string[] {
  return text
    .replaceAll('**', '')
    .split(/(?<=[.!?…]["”’']?)\s+(?=["“‘']?[A-Z0-9{])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** The words of a sentence: runs of letters or digits, apostrophes and hyphens kept inside a word. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

export function startsWithPraise(text: string): boolean {
  return praise.test(text.replace(/^[\s"“‘'(*]+/, ''));
}

/** Lower case, with a plural or possessive "s" dropped, so "Mum's" and "mum" compare equal. */
export function wordStem(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/(?<=..)s$/, '');
}
