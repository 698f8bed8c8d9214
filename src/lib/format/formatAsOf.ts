const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * An ISO date at its own precision as words: `2022-08-25` → "25 Aug 2022", `2022-08` → "Aug 2022",
 * `2022` → "2022". Parsed by hand, not with `Date`, so no time zone can shift the day.
 * `year: false` drops the year where the context already gives it ("25 Aug").
 */
export function formatAsOf(iso: string, { year = true, long = false }: { year?: boolean; long?: boolean } = {}): string {
  const [y, m, d] = iso.split('-');
  const months = long ? MONTHS_LONG : MONTHS_SHORT;
  const parts: string[] = [];
  if (d) parts.push(String(Number(d)));
  if (m) parts.push(months[Number(m) - 1] ?? m);
  if (year || !m) parts.push(y ?? iso);
  return parts.join(' ');
}

/** A period as words, sharing the year where both ends have it: "Jan–Aug 2022", "18 Aug–4 Oct 2022". */
export function formatPeriod(period: { start: string; end: string }): string {
  const sameYear = period.start.slice(0, 4) === period.end.slice(0, 4);
  return `${formatAsOf(period.start, { year: !sameYear })}–${formatAsOf(period.end)}`;
}
