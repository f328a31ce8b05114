import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

/**
 * Starts a whole browser on a profile folder kept on disk and opens the game: closing the context
 * closes that browser, as a child shutting a Chromebook's lid would, and opening again finds its data.
 */
export async function openOnProfile(
  profile: string,
  baseURL: string | undefined,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    baseURL,
    viewport: { width: 1366, height: 768 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('./');
  return { context, page };
}
