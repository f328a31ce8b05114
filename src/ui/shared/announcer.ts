/**
 * One polite live region for the whole game, outside every shadow root, so screen readers hear each
 * new chat message, each piece of feedback and each new screen without losing their place.
 */
let region: HTMLElement | undefined;

/** The live region, made once; put it in the page before anything is announced. */
export function liveRegion(): HTMLElement {
  if (region?.isConnected) return region;
  region = document.createElement('div');
  region.id = 'soq-announcer';
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('role', 'status');
  Object.assign(region.style, {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  });
  document.body.append(region);
  return region;
}

/** Tells screen readers `texts`, in order, politely (after what they are reading now). */
export function announce(texts: readonly string[]): void {
  const words = texts.filter((text) => text.trim() !== '');
  if (words.length === 0) return;
  const target = liveRegion();
  const line = document.createElement('p');
  line.textContent = words.join(' ');
  // Only the latest news stays in the region; older lines were already announced.
  target.replaceChildren(line);
}
