/**
 * When a figure was reported, and the period it covers, in the house style of formatDate.ts (one formatter
 * for dates on the whole site): "Aug. 25, 2022", "August 2022", "2022"; periods as a copy desk writes them.
 */
import { formatEventDate, formatIsoDate } from './formatDate';

/** An ISO date at its own precision; `year: false` drops the year where the context already gives it. */
export function formatAsOf(iso: string, { year = true }: { year?: boolean } = {}): string {
  return formatIsoDate(iso, { year });
}

/** A period, sharing the year where both ends have it: "January–August 2022", "Aug. 18–Oct. 4, 2022". */
export function formatPeriod(period: { start: string; end: string }): string {
  return formatEventDate({ date: period.start, endDate: period.end }).text;
}
