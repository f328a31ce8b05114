/** The pseudo-locale's code: text that looks translated and runs 40% longer, to find gaps and clipping. */
export const pseudoLocale = 'en-XA';

const accents: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Accents every letter outside `{{placeholders}}` and pads the text to 40% longer. */
export function pseudoLocalize(text: string): string {
  const accented = text
    .split(/(\{\{[^}]*\}\})/)
    .map((piece) => (piece.startsWith('{{') ? piece : piece.replace(/[A-Za-z]/g, (ch) => accents[ch] ?? ch)))
    .join('');
  const padding = '·'.repeat(Math.ceil(text.length * 0.4));
  return `⟦${accented}${padding}⟧`;
}

type Tree = string | readonly Tree[] | { readonly [key: string]: Tree };

/** The same tree of strings, each one pseudo-localized. */
export function pseudoLocalizeTree<T extends Tree>(tree: T): T;
export function pseudoLocalizeTree(tree: Tree): Tree {
  if (typeof tree === 'string') return pseudoLocalize(tree);
  if (Array.isArray(tree)) return tree.map((item: Tree) => pseudoLocalizeTree(item));
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, pseudoLocalizeTree(value)]));
}
