/** Joins items as prose: "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  return joinLast(items, 'and');
}

/** Joins figures that disagree: "56", "56 or 60", "56, 60 or 67". Never a sum. */
export function listWithOr(items: readonly string[]): string {
  return joinLast(items, 'or');
}

function joinLast(items: readonly string[], word: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;
}
