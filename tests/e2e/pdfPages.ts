/** Pages in a PDF, counted by their page objects (`/Type /Page`, not `/Pages`). Chromium writes them uncompressed. */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
