/**
 * A publisher's name short enough for a chart label: "VOI (reporting ANTARA)" → "VOI", "Vietnam News Agency
 * (VNA)" → "VNA", "UCA News via World Catholic News" → "UCA News", "The Sun (Malaysia)" → "The Sun".
 * The full name stays in tooltips, tables and the sources line.
 */
export function shortPublisher(publisher: string): string {
  const paren = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(publisher);
  let name = publisher;
  if (paren) name = /^[A-Z]{2,6}$/.test(paren[2]!) ? paren[2]! : paren[1]!;
  return name.split(' via ')[0]!.trim();
}
