import { html, type TemplateResult } from 'lit';
import type { ArtName } from '../../core/content/art-names';
import { artUrl } from '../../content/art';

/** A decorative picture: the words beside it (or the control's name) say what it means. */
export function picture(name: ArtName, className = 'pic'): TemplateResult {
  return html`<img class=${className} src=${artUrl(name)} alt="" draggable="false" />`;
}
