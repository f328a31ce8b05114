import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The bar the game is held to: WCAG 2.2 AA. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** What axe-core finds wrong on the page as it stands, one line per rule, naming `what` was checked. */
export async function axeProblems(page: Page, what: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .options({
      runOnly: { type: 'tag', values: tags },
      // A rule axe still calls experimental, which the bar includes: the visible label is part of
      // the accessible name (so voice control can say it).
      rules: { 'label-content-name-mismatch': { enabled: true } },
    })
    .analyze();
  return results.violations.map(
    (violation) =>
      `${what}: ${violation.id} (${violation.impact ?? ''}) at ${violation.nodes
        .slice(0, 3)
        .map((node) => JSON.stringify(node.target))
        .join(', ')}`,
  );
}
