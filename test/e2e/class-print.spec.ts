import { expect, test, type Page } from '@playwright/test';
import { classFile, signatureSize } from '../fixtures/class-file.mjs';
import { squash, statementIds, statementWords } from './content';
import { importFile, openClass, showKeyStage2 } from './journey';
import { pdfImageSizes, pdfPages } from './pdf-text';

/** The longest first name the game accepts, one unbroken word, and a right-to-left name. */
const longName = 'Maximiliana-Wolfeschlegelstein';
const rightToLeft = 'مريم';
const classSize = 30;

/**
 * A name as a PDF's text layer gives it back: right-to-left letters come in the order they are drawn
 * (and as shaped forms, undone here by NFKC), so the right-to-left name reads backwards.
 */
function asPrinted(name: string): string {
  return /[\u0590-\u08ff]/.test(name) ? Array.from(name).reverse().join('') : name;
}

/** Elements of the printed agreements whose content spills out of their box or off the sheet. */
async function clippedInPrint(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const clipped = await page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot): void => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        const sheet = element.closest('.sheet');
        if (!sheet || !(element instanceof HTMLElement) || element.offsetParent === null) continue;
        const box = element.getBoundingClientRect();
        const page = sheet.getBoundingClientRect();
        const spills =
          element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible';
        if (spills || box.right > page.right + 1 || box.left < page.left - 1)
          found.push(
            `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 40) ?? ''}`,
          );
      }
    };
    visit(document);
    return found;
  });
  await page.emulateMedia({ media: null });
  return clipped;
}

test('a whole class prints as one job: one agreement a page, each with its pupil, every statement and the signature as drawn', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const ids = statementIds('ks2');
  await openClass(page, true);
  await importFile(
    page,
    'class.json',
    classFile({ keyStage: 'ks2', statementIds: ids, size: classSize, names: [longName, rightToLeft] }),
  );
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `This file would add ${classSize}, update 0 and leave 0 unchanged.` }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await showKeyStage2(page);
  await expect(page.getByRole('rowheader')).toHaveCount(classSize);
  const names = await page.getByRole('rowheader').allInnerTexts();

  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: `Print ${classSize} signed agreements` }).click();
  expect(await clippedInPrint(page)).toEqual([]);

  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = (await pdfPages(pdf)).map((text) => squash(text.normalize('NFKC')));
  const isSignature = ({ width, height }: { width: number; height: number }): boolean =>
    width === signatureSize.width && height === signatureSize.height;
  const signatureCounts = (await pdfImageSizes(pdf)).map((images) => images.filter(isSignature).length);
  // Each agreement starts on a new page with its heading; KS2's 24 statements may take a second page.
  const agreements: { text: string; signatures: number; pages: number }[] = [];
  for (const [index, text] of pages.entries()) {
    const signatures = signatureCounts[index] ?? 0;
    const current = agreements.at(-1);
    if (text.startsWith('My Online Safety Promise') || !current)
      agreements.push({ text, signatures, pages: 1 });
    else
      Object.assign(current, {
        text: `${current.text} ${text}`,
        signatures: current.signatures + signatures,
        pages: current.pages + 1,
      });
  }
  expect(agreements).toHaveLength(classSize);
  for (const [index, agreement] of agreements.entries()) {
    const name = names[index] ?? '';
    expect(agreement.pages, `${name}'s agreement`).toBeLessThanOrEqual(2);
    expect(agreement.text).toContain(`My name is ${asPrinted(name)}`);
    expect(
      names.filter((other) => other !== name && agreement.text.includes(`My name is ${asPrinted(other)} `)),
    ).toEqual([]);
    for (const id of ids) expect(agreement.text).toContain(squash(statementWords('ks2', id)));
    expect(agreement.signatures, `the signature in ${name}'s agreement`).toBe(1);
  }
  expect(names).toContain(longName);
  expect(names).toContain(rightToLeft);
});
