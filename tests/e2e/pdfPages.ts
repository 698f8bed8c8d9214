import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Pages in a PDF, counted by their page objects (`/Type /Page`, not `/Pages`). Chromium writes them uncompressed. */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** What one page of a PDF holds, as pdf.js reads it. */
export interface PdfPage {
  /** The page's text runs, in content order, joined without separators. */
  text: string;
  /** The text runs with their printed size in points (the height of the run's text matrix: PDF units are points). */
  items: { str: string; pt: number }[];
  /** Vector paths drawn (pdf.js's constructPath operations). */
  paths: number;
  /** Images painted (image XObjects, inline images and image masks). */
  images: number;
}

const IMAGE_OPS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat]);

/** Reads every page of a PDF with pdf.js: its text (with each run's size), and how many paths and images it draws. */
export async function readPdf(pdf: Buffer): Promise<PdfPage[]> {
  const task = getDocument({ data: new Uint8Array(pdf), disableFontFace: true, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: PdfPage[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      const text = content.items.map((it) => ('str' in it ? it.str : '')).join('');
      const items = content.items.flatMap((it) => ('str' in it && it.str.trim() !== '' ? [{ str: it.str, pt: Math.hypot(it.transform[2], it.transform[3]) }] : []));
      const { fnArray } = await page.getOperatorList();
      pages.push({
        text,
        items,
        paths: fnArray.filter((op) => op === OPS.constructPath).length,
        images: fnArray.filter((op) => IMAGE_OPS.has(op)).length,
      });
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
