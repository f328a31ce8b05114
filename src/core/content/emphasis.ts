/** A piece of a statement: the policy shows some words in bold, written `**like this**` in locales. */
export interface TextPart {
  readonly text: string;
  readonly strong: boolean;
}

export function splitEmphasis(text: string): TextPart[] {
  return text
    .split('**')
    .map((piece, index) => ({ text: piece, strong: index % 2 === 1 }))
    .filter((part) => part.text !== '');
}

/** The words alone, for reading aloud and for comparing with the policy. */
export function plainText(text: string): string {
  return text.replaceAll('**', '');
}
