import type { Preferences } from '../../core/preferences/preferences';

/**
 * Puts a pupil's reading and motion choices on the document, where the page's styles (index.html) and
 * every component read them: the font, the text size, the background tint and whether things move.
 * They hold everywhere, printing included.
 */
export function applyPreferences(root: HTMLElement, preferences: Preferences): void {
  root.dataset['textSize'] = preferences.textSize;
  root.dataset['font'] = preferences.font;
  root.dataset['tint'] = preferences.tint;
  root.dataset['motion'] = preferences.motion ? 'on' : 'still';
}
