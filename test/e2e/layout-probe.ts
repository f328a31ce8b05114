import { expect, type Page } from '@playwright/test';

export interface LayoutProblem {
  what: string;
  problem: string;
}

/**
 * Looks at the page as it stands: does it scroll, and is any control smaller than a finger, outside
 * the screen, or cutting off its own text? Looks inside every shadow root.
 */
export async function layoutProblems(page: Page, minTarget = 48): Promise<LayoutProblem[]> {
  return page.evaluate((min) => {
    const problems: { what: string; problem: string }[] = [];
    const root = document.documentElement;
    if (root.scrollHeight > innerHeight + 1)
      problems.push({ what: 'page', problem: `scrolls: ${root.scrollHeight}px tall` });
    if (root.scrollWidth > innerWidth + 1)
      problems.push({ what: 'page', problem: `scrolls sideways: ${root.scrollWidth}px wide` });
    const controls: Element[] = [];
    const walk = (node: Document | ShadowRoot): void => {
      for (const element of node.querySelectorAll('*')) {
        if (element.matches('button, input, select, textarea, a[href]')) controls.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    for (const control of controls) {
      const style = getComputedStyle(control);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      // A radio drawn as a picture card is the size of its label.
      const target = style.opacity === '0' && control.parentElement ? control.parentElement : control;
      const rect = target.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      const name =
        (control.getAttribute('aria-label') ?? control.textContent ?? '').trim().slice(0, 40) ||
        control.tagName;
      if (rect.width < min - 0.5 || rect.height < min - 0.5) {
        problems.push({
          what: name,
          problem: `target ${Math.round(rect.width)}x${Math.round(rect.height)}px`,
        });
      }
      // A long list may scroll inside its own box (thirty pupils, say): what it hides is reachable.
      const inScroller = (() => {
        for (let node: Element | null = control.parentElement; node;) {
          const overflow = getComputedStyle(node).overflowY;
          if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight)
            return true;
          const root = node.getRootNode();
          node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
        }
        return false;
      })();
      const outside =
        rect.left < -1 || rect.top < -1 || rect.right > innerWidth + 1 || rect.bottom > innerHeight + 1;
      if (outside && !inScroller) {
        problems.push({ what: name, problem: 'outside the screen' });
      }
      // A text box scrolls what is typed by design; a button or label must show all of its words.
      const scrolls =
        control.scrollWidth > control.clientWidth + 1 || control.scrollHeight > control.clientHeight + 1;
      if (scrolls && !control.matches('input, textarea')) {
        problems.push({ what: name, problem: 'text clipped' });
      }
    }
    return problems;
  }, minTarget);
}

export async function expectFits(page: Page, screen: string, minTarget = 48): Promise<void> {
  // Let pictures and fonts arrive before measuring.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  const problems = await layoutProblems(page, minTarget);
  expect(problems, `${screen} at ${JSON.stringify(page.viewportSize())}`).toEqual([]);
}
