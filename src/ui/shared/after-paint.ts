/** Runs `callback` once the browser has painted its next frame (what has been drawn so far is on screen). */
export function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback));
}
