import type { Locator, Page } from '@playwright/test';

/** A picture shrunk to a small grid of grey levels, enough to tell one scene from another. */
export type Thumbnail = number[];

/**
 * Takes a screenshot of the left `share` of `target` (the scene's picture, clear of the guide's speech
 * bubble on the right) and shrinks it in the page, through an image and a 2D canvas, to `width` x
 * `height` grey levels.
 */
export async function thumbnailOf(
  page: Page,
  target: Locator,
  share = 0.46,
  width = 32,
  height = 36,
): Promise<Thumbnail> {
  const box = await target.boundingBox();
  if (!box) return [];
  const clip = { x: box.x, y: box.y, width: box.width * share, height: box.height };
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(
    async ({ data, w, h }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const context = canvas.getContext('2d');
      if (!context) return [];
      context.drawImage(image, 0, 0, w, h);
      const pixels = context.getImageData(0, 0, w, h).data;
      const grey: number[] = [];
      for (let i = 0; i < pixels.length; i += 4)
        grey.push(((pixels[i] ?? 0) + (pixels[i + 1] ?? 0) + (pixels[i + 2] ?? 0)) / 3);
      return grey;
    },
    { data: png, w: width, h: height },
  );
}

/** How different two thumbnails are: the mean difference of their grey levels, 0 to 255. */
export function difference(a: Thumbnail, b: Thumbnail): number {
  if (a.length !== b.length || a.length === 0) return 255;
  return a.reduce((sum, value, i) => sum + Math.abs(value - (b[i] ?? 0)), 0) / a.length;
}

/** How many grey levels of two thumbnails differ by more than `by`. */
export function changedCount(a: Thumbnail, b: Thumbnail, by = 24): number {
  return a.filter((value, i) => Math.abs(value - (b[i] ?? 0)) > by).length;
}

/** How many of the pictures are clearly different: each counted one differs from every other by `gap`. */
export function distinctCount(pictures: readonly Thumbnail[], gap: number): number {
  const kept: Thumbnail[] = [];
  for (const picture of pictures)
    if (kept.every((other) => difference(other, picture) > gap)) kept.push(picture);
  return kept.length;
}

/** Waits until the picture stops changing (the canvas has drawn the new moment), and returns it. */
export async function stillThumbnail(page: Page, target: Locator): Promise<Thumbnail> {
  let before = await thumbnailOf(page, target, 0.46, 96, 108);
  for (let tries = 0; tries < 20; tries += 1) {
    const now = await thumbnailOf(page, target, 0.46, 96, 108);
    if (changedCount(before, now) === 0) return now;
    before = now;
  }
  throw new Error('the picture never kept still');
}
