/**
 * Registers the service worker that keeps the game on this device. When a new version has downloaded
 * it waits (the page in use keeps running the old one): `onWaiting` hears of it and gets the function
 * that switches to it now and reloads the page. Without one, the new version starts at the next visit.
 */
export async function watchForUpdates(onWaiting: (takeNow: () => Promise<void>) => void): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  // Its code comes when the browser is idle (main.ts), not with the title.
  const { registerSW } = await import('virtual:pwa-register');
  const update = registerSW({ immediate: true, onNeedRefresh: () => onWaiting(() => update(true)) });
}
