import { extractImages, extractText, getDocumentProxy } from 'unpdf';

// pdf.js reads images with ArrayBuffer.prototype.transferToFixedLength, which Node 20 (this project's
// oldest supported Node) lacks; a copy does the same for reading.
const bufferPrototype = ArrayBuffer.prototype as { transferToFixedLength?: unknown };
bufferPrototype.transferToFixedLength ??= function (this: ArrayBuffer, length?: number): ArrayBuffer {
  return this.slice(0, length ?? this.byteLength);
};

/** The text of every page of a PDF, as a reader would copy it. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: false });
  return text;
}

/** The size of every raster picture each page of a PDF draws (a drawn signature, the printed icons). */
export async function pdfImageSizes(pdf: Buffer): Promise<{ width: number; height: number }[][]> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const pages: { width: number; height: number }[][] = [];
  for (let page = 1; page <= document.numPages; page += 1)
    pages.push((await extractImages(document, page)).map(({ width, height }) => ({ width, height })));
  return pages;
}
