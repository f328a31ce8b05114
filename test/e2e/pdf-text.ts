import { extractText, getDocumentProxy } from 'unpdf';

/** The text of every page of a PDF, as a reader would copy it. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: false });
  return text;
}
