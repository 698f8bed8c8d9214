/** Escapes text for SVG (and HTML) content and attribute values: `& < > " '`. */
export function escapeXml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}
