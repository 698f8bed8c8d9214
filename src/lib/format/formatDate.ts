import type { Event } from '../../data/schemas/event';

/** AP-style month abbreviations, as in newspaper datelines ("Aug. 18, 2022", "Sept. 19", "March 3"). */
export const MONTH_SHORT = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MONTH_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** One end of a displayed date: the text and the machine-readable value for `<time datetime>`. */
export interface DatePart {
  /** ISO date at its precision, for the `datetime` attribute. */
  datetime: string;
  /** What the reader sees. */
  text: string;
}

/** An event's date as shown: one part, or a start and end for a period. */
export interface FormattedEventDate {
  /** The whole date as one string, e.g. "Sept. 19–22, 2022". */
  text: string;
  /** The start (or only) date. */
  start: DatePart;
  /** The end of a period, shown after an en dash. */
  end?: DatePart;
}

interface Ymd {
  y: number;
  m?: number;
  d?: number;
}

function parse(iso: string): Ymd {
  const [y, m, d] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  return m === undefined ? { y } : d === undefined ? { y, m } : { y, m, d };
}

/**
 * A single ISO date at its precision, in the site's one house style (AP, as in the story): "Aug. 18, 2022",
 * "August 2022", "2019". `year: false` drops the year where the context gives it ("Aug. 18", "August").
 * Parsed by hand, not with `Date`, so no time zone can shift the day.
 */
export function formatIsoDate(iso: string, { year = true }: { year?: boolean } = {}): string {
  const { y, m, d } = parse(iso);
  if (m === undefined) return String(y);
  if (d === undefined) return year ? `${MONTH_LONG[m - 1]} ${y}` : MONTH_LONG[m - 1]!;
  return year ? `${MONTH_SHORT[m - 1]} ${d}, ${y}` : `${MONTH_SHORT[m - 1]} ${d}`;
}

/**
 * An event's date at its precision, with a period collapsed the way a copy desk would write it:
 * "Sept. 19–22, 2022", "Aug. 18–Oct. 4, 2022", "Aug. 18, 2022–April 17, 2023", "August–October 2022".
 */
export function formatEventDate(event: Pick<Event, 'date' | 'endDate'>): FormattedEventDate {
  const start: DatePart = { datetime: event.date, text: formatIsoDate(event.date) };
  if (!event.endDate || event.endDate === event.date) return { text: start.text, start };

  const a = parse(event.date);
  const b = parse(event.endDate);
  let startText = start.text;
  let endText = formatIsoDate(event.endDate);
  if (a.y === b.y && a.m !== undefined && b.m !== undefined) {
    if (a.d !== undefined && b.d !== undefined) {
      startText = `${MONTH_SHORT[a.m - 1]} ${a.d}`;
      endText = a.m === b.m ? `${b.d}, ${b.y}` : `${MONTH_SHORT[b.m - 1]} ${b.d}, ${b.y}`;
    } else if (a.d === undefined && b.d === undefined) {
      startText = MONTH_LONG[a.m - 1]!;
    }
  }
  const end: DatePart = { datetime: event.endDate, text: endText };
  return { text: `${startText}–${endText}`, start: { datetime: event.date, text: startText }, end };
}
