import { test, type Page } from '@playwright/test';

/**
 * One page shared by a serial spec's tests, each building on the last, in a browser context of its own
 * (closed after them): `sharePage((opened) => (page = opened))`, before the spec's own `beforeAll`.
 */
export function sharePage(use: (page: Page) => void, viewport = { width: 1366, height: 768 }): void {
  test.describe.configure({ mode: 'serial' });
  let opened: Page | undefined;
  test.beforeAll(async ({ browser }, testInfo) => {
    const context = await browser.newContext({ viewport, baseURL: testInfo.project.use.baseURL });
    opened = await context.newPage();
    use(opened);
  });
  test.afterAll(async () => opened?.context().close());
}
