/**
 * The page the benchmark lays out with TimelineJS (@knight-lab/timelinejs, served from node_modules) so the
 * crackdown timeline can be compared with it on the same events, in the same run. Events come from
 * data/events.json in the project's schema and become TimelineJS slides: date at its precision, end date,
 * headline, description, and the strand as TimelineJS's `group`.
 *
 * TimelineJS's default fonts load from Google Fonts, which a page here may not reach; it is given
 * `font: null` (its system fonts), which makes it lighter, so the comparison can only flatter TimelineJS.
 * The events are inlined in the page, as our timeline's are in its HTML, rather than fetched from a sheet.
 */

/** `YYYY[-MM[-DD]]` as a TimelineJS date object. */
export function tlDate(iso) {
  const [year, month, day] = iso.split('-');
  return { year, ...(month ? { month: String(Number(month)) } : {}), ...(day ? { day: String(Number(day)) } : {}) };
}

const GROUPS = {
  'policy-enforcement': 'Policy and enforcement',
  'foreign-pressure': 'Foreign pressure',
  'rescues-escapes': 'Rescues and escapes',
  'reports-response': 'Reports and response',
};

/** The events as TimelineJS's JSON: `{ events: [{ start_date, end_date?, text: { headline, text }, group }] }`. */
export function timelinejsData(events) {
  return {
    events: events.map((e) => ({
      unique_id: e.id,
      start_date: tlDate(e.date),
      ...(e.endDate ? { end_date: tlDate(e.endDate) } : {}),
      text: { headline: e.title, text: e.description },
      group: GROUPS[e.category] ?? e.category,
    })),
  };
}

/** JSON safe inside a `<script>` element. */
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * A complete HTML page showing `events` in TimelineJS, full screen, with its files under `base` (a URL path
 * that serves the package's `dist/`, e.g. `/timelinejs/`).
 */
export function timelinejsPage(events, base = '/timelinejs/') {
  const options = { script_path: `${base}js/`, font: null, language: 'en', hash_bookmark: false };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The crackdown in TimelineJS (benchmark)</title>
<link rel="stylesheet" href="${base}css/timeline.css">
<style>html, body { height: 100%; margin: 0; } #timeline { width: 100%; height: 100%; }</style>
</head>
<body>
<div id="timeline"></div>
<script src="${base}js/timeline.js"></script>
<script>window.timeline = new TL.Timeline('timeline', ${scriptJson(timelinejsData(events))}, ${scriptJson(options)});</script>
</body>
</html>
`;
}
