import { html, type TemplateResult } from 'lit';
import { splitEmphasis } from '../../core/content/emphasis';

/** A statement with the policy's bold words in <strong>. Text is rendered as text, never as markup. */
export function withEmphasis(text: string): TemplateResult {
  return html`${splitEmphasis(text).map((part) => (part.strong ? html`<strong>${part.text}</strong>` : part.text))}`;
}
