/** Focuses the first element matching `selector` in `root` or in any shadow root below it. */
export function focusFirst(root: ParentNode, selector: string): boolean {
  const found = root.querySelector<HTMLElement>(selector);
  if (found) {
    found.focus();
    return true;
  }
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot && focusFirst(element.shadowRoot, selector)) return true;
  }
  return false;
}

/**
 * Moves focus to a new screen's main heading, once it has drawn (a screen may wait for its content):
 * screen reader users hear where they are, and keyboard users start from the top.
 */
export function focusHeading(root: ParentNode, isCurrent: () => boolean, triesLeft = 120): void {
  if (!isCurrent()) return;
  const heading = deepQuery(root, 'h1');
  if (!heading) {
    if (triesLeft > 0) requestAnimationFrame(() => focusHeading(root, isCurrent, triesLeft - 1));
    return;
  }
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
}

function deepQuery(root: ParentNode, selector: string): HTMLElement | undefined {
  const found = root.querySelector<HTMLElement>(selector);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    const inside = element.shadowRoot && deepQuery(element.shadowRoot, selector);
    if (inside) return inside;
  }
  return undefined;
}

const focusable = 'button, input, select, textarea, [href], [tabindex]:not([tabindex="-1"])';

/**
 * Keeps keyboard focus inside a dialog (drawn in the page, or a native <dialog>): Tab from its last
 * control goes to its first and back, and Escape closes it.
 */
export function keepFocusIn(event: KeyboardEvent, dialog: HTMLElement, close: () => void): void {
  if (event.key === 'Escape') {
    event.preventDefault();
    close();
    return;
  }
  if (event.key !== 'Tab') return;
  const controls = [...dialog.querySelectorAll<HTMLElement>(focusable)];
  const first = controls[0];
  const last = controls.at(-1);
  const active =
    dialog.getRootNode() instanceof ShadowRoot ? (dialog.getRootNode() as ShadowRoot).activeElement : null;
  if (event.shiftKey && active === first) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first?.focus();
  }
}
