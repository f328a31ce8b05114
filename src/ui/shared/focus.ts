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
