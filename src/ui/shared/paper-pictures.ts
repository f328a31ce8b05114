import { html, type TemplateResult } from 'lit';
import type { ArtName } from '../../core/content/art-names';
import { artUrl } from '../../content/art';

/**
 * Pictures for paper. Chromium prints an SVG picture as its paths, again on every page: a class of 30
 * agreements drew some 1,500 of them (4.7 MB, 1.8 s to a PDF). Drawn once as a PNG, a picture is kept
 * once in the PDF however many pages show it. 192 px is sharp at the largest printed size (15 mm).
 */
const paperSize = 192;
const drawing = new Map<ArtName, Promise<string>>();
const drawn = new Map<ArtName, string>();

async function draw(name: ArtName): Promise<string> {
  const image = new Image();
  image.src = artUrl(name);
  await image.decode();
  const ratio = image.naturalWidth > 0 ? image.naturalHeight / image.naturalWidth : 1;
  const canvas = document.createElement('canvas');
  canvas.width = paperSize;
  canvas.height = Math.round(paperSize * ratio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}

/** Draws these pictures for paper, once each; one that cannot be drawn prints as it shows on screen. */
export async function preparePaperPictures(names: Iterable<ArtName>): Promise<void> {
  await Promise.all(
    [...new Set(names)].map(async (name) => {
      let promise = drawing.get(name);
      if (!promise) {
        promise = draw(name);
        drawing.set(name, promise);
      }
      try {
        drawn.set(name, await promise);
      } catch {
        drawing.delete(name);
      }
    }),
  );
}

/** A decorative picture on a printed page: drawn for paper where it was prepared, else as on screen. */
export function paperPicture(name: ArtName, className = 'pic'): TemplateResult {
  return html`<img class=${className} src=${drawn.get(name) ?? artUrl(name)} alt="" draggable="false" />`;
}
