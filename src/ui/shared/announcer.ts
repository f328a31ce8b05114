/**
 * One polite live region for the whole game, outside every component, so screen readers hear each new
 * chat message, each piece of feedback and each step's lines without losing their place. Its words
 * sit in a closed shadow root: assistive technology reads them, but they are never found twice by a
 * page search or a test looking for the words on screen.
 */
let host: HTMLElement | undefined;
let region: HTMLElement | undefined;

/** The live region's host, made once; put it in the page before anything is announced. */
export function liveRegion(): HTMLElement {
  if (host && region) return host;
  host = document.createElement('div');
  host.id = 'soq-announcer';
  const root = host.attachShadow({ mode: 'closed' });
  region = document.createElement('div');
  region.setAttribute('aria-live', 'polite');
  Object.assign(region.style, {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  });
  root.append(region);
  return host;
}

/** Tells screen readers `texts`, in order, politely (after what they are reading now). */
export function announce(texts: readonly string[]): void {
  const words = texts.filter((text) => text.trim() !== '');
  if (words.length === 0) return;
  const target = liveRegion();
  if (!target.isConnected) document.body.append(target);
  const line = document.createElement('p');
  line.textContent = words.join(' ');
  // Only the latest news stays in the region; older lines were already announced.
  region?.replaceChildren(line);
}
