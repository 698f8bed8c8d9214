import { csvFormatRow } from 'd3-dsv';
import { flattenRecord } from './flattenRecord';

/**
 * Records as a CSV file that opens cleanly in a spreadsheet: a UTF-8 byte-order mark (so Excel reads "O'Smach"
 * and "…" correctly), a header row of column paths, one record per row, CRLF line ends (RFC 4180), and cells
 * quoted where they hold commas, quotes or line breaks.
 */
export function toCsv(columns: readonly string[], records: readonly unknown[]): string {
  const lines = [csvFormatRow([...columns]), ...records.map((r) => csvFormatRow(flattenRecord(r, columns)))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
