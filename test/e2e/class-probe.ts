import type { Page } from '@playwright/test';

/** Every element that scrolls sideways (the page included), looking inside every shadow root. */
export async function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) found.push(`page: ${root.scrollWidth}px wide`);
    const walk = (node: Document | ShadowRoot): void => {
      for (const element of node.querySelectorAll('*')) {
        if (element.shadowRoot) walk(element.shadowRoot);
        const overflow = getComputedStyle(element).overflowX;
        if ((overflow === 'auto' || overflow === 'scroll') && element.scrollWidth > element.clientWidth + 1)
          found.push(
            `${element.tagName.toLowerCase()}.${element.className}: ${element.scrollWidth}px in ${element.clientWidth}px`,
          );
      }
    };
    walk(document);
    return found;
  });
}

/**
 * The pupils' names in the class table or cards, as shown, and those broken across lines inside a
 * word: a line that starts where the previous character was not a space.
 */
export async function namesAsShown(page: Page): Promise<{ names: string[]; broken: string[] }> {
  return page.evaluate(() => {
    const elements: Element[] = [];
    const find = (node: Document | ShadowRoot): void => {
      for (const element of node.querySelectorAll('*')) {
        if (element.matches('soq-class-table') && element.shadowRoot)
          elements.push(...element.shadowRoot.querySelectorAll('th[scope="row"], .card .name'));
        else if (element.shadowRoot) find(element.shadowRoot);
      }
    };
    find(document);
    const names: string[] = [];
    const broken: string[] = [];
    for (const element of elements) {
      const text = element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      names.push(text);
      const range = document.createRange();
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let previous: { char: string; top: number } | undefined;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.textContent ?? '';
        for (let index = 0; index < value.length; index += 1) {
          const char = value.charAt(index);
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const box = range.getBoundingClientRect();
          if (box.width === 0 || /\s/.test(char)) {
            previous = { char: ' ', top: previous?.top ?? box.top };
            continue;
          }
          if (previous && previous.char !== ' ' && box.top > previous.top + 2) broken.push(text);
          previous = { char, top: box.top };
        }
      }
    }
    return { names, broken };
  });
}
