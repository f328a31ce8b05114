import { html, type TemplateResult } from 'lit';

const special = /[.*+?^${}()|[\]\\]/g;

/**
 * A sentence with each of the given names set apart in `<bdi>`, so a name in one direction never
 * reorders the words around it in the other ("Which quest, سارہ?" stays in its order in English, and
 * "Robin" stays whole in an Urdu sentence).
 */
export function isolateNames(text: string, names: readonly string[]): (string | TemplateResult)[] {
  const wanted = names.filter((name) => name.trim() !== '');
  if (wanted.length === 0) return [text];
  const pattern = new RegExp(`(${wanted.map((name) => name.replace(special, '\\$&')).join('|')})`, 'u');
  return text.split(pattern).map((part, index) => (index % 2 === 1 ? html`<bdi>${part}</bdi>` : part));
}
