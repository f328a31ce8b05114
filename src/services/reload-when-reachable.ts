/**
 * Reloads the page, but only once its server answers: a part of the game that did not arrive cannot be
 * fetched again in place (the browser remembers the failed file until the page reloads), and reloading
 * with no network would leave a child on the browser's own error page. False while there is no answer.
 * A reloaded tab returns to the same screen (src/app/session-memory.ts).
 */
export async function reloadWhenReachable(): Promise<boolean> {
  try {
    const answer = await fetch(location.href, { method: 'HEAD', cache: 'no-store' });
    if (!answer.ok) return false;
  } catch {
    return false;
  }
  location.reload();
  return true;
}
