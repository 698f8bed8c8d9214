/**
 * One record as spreadsheet cells, one per column path (`capital.lat`, `from.country`): nested objects become
 * dotted columns, lists are joined with "; ", null and missing values are empty, so no cell ever holds JSON.
 */
export function flattenRecord(record: unknown, columns: readonly string[]): string[] {
  return columns.map((column) => cell(valueAt(record, column)));
}

/** The separator between list items in a cell. */
export const LIST_SEPARATOR = '; ';

function valueAt(record: unknown, path: string): unknown {
  let v: unknown = record;
  for (const key of path.split('.')) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.map(cell).join(LIST_SEPARATOR);
  if (typeof v === 'object') {
    // A nested object with no column of its own: spell it out as key=value pairs rather than JSON.
    return Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${k}=${cell(x)}`)
      .join(LIST_SEPARATOR);
  }
  return String(v);
}
