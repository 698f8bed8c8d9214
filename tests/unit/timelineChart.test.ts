import { describe, expect, it } from 'vitest';
import { crackdownTimeline, crackdownTimelineScale, escapeXml } from '../../src/lib/crackdownTimeline';
import { expectSvgSnapshot } from '../helpers/svgSnapshot';
import { events } from '../fixtures/timelineEvents';

/** The marks of a rendered chart, in document order, with their dot position. */
function marks(svg: string) {
  return [...svg.matchAll(/<a class="([^"]+)" href="#event-([^"]+)"[^>]*>.*?<circle class="tl-dot" cx="([\d.]+)" cy="([\d.]+)"/g)].map(
    (m) => ({ classes: m[1]!, id: m[2]!, cx: Number(m[3]), cy: Number(m[4]) }),
  );
}

describe('crackdownTimeline', () => {
  it('crackdownTimeline() renders the wide, labelled layout', () => {
    expectSvgSnapshot(crackdownTimeline(events, { width: 960 }), 'timeline-960');
  });

  it('crackdownTimeline() renders the medium layout', () => {
    expectSvgSnapshot(crackdownTimeline(events, { width: 640 }), 'timeline-640');
  });

  it('crackdownTimeline() renders the compact phone layout without labels', () => {
    const svg = crackdownTimeline(events, { width: 360 });
    expect(svg).not.toContain('tl-label');
    expect(svg).toContain('data-layout="compact"');
    expectSvgSnapshot(svg, 'timeline-360');
  });

  it('crackdownTimeline() highlights a range and dims the rest', () => {
    const svg = crackdownTimeline(events, { width: 960, highlight: { range: ['2022-09-16', '2022-09-22'] } });
    const m = marks(svg);
    expect(m.filter((e) => e.classes.includes('is-highlighted')).map((e) => e.id)).toEqual([
      'ncct-sihanoukville-tally',
      'ncct-cumulative',
      'gambling-working-group',
      'bavet-escape',
      'sihanoukville-raids',
    ]);
    expect(m.filter((e) => e.classes.includes('is-dimmed'))).toHaveLength(events.length - 5);
    expect(svg).toMatch(/<rect class="tl-range" x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" aria-hidden="true"\/>/);
    expectSvgSnapshot(svg, 'timeline-960-range');
  });

  it('crackdownTimeline() highlights one event', () => {
    const m = marks(crackdownTimeline(events, { width: 640, highlight: { event: 'bavet-escape' } }));
    expect(m.filter((e) => e.classes.includes('is-highlighted')).map((e) => e.id)).toEqual(['bavet-escape']);
    expect(crackdownTimeline(events, { width: 640 })).toContain('class="tl-range" x="0" y="16" width="0" height');
  });

  it('crackdownTimeline() draws only the chosen categories', () => {
    const m = marks(crackdownTimeline(events, { width: 960, categories: ['rescues-escapes'] }));
    expect(m.map((e) => e.id)).toEqual(['kandal-river-escape', 'bavet-escape', 'sihanoukville-raids', 'bei-commune-raid']);
    expect(new Set(m.map((e) => e.classes))).toEqual(new Set(['tl-event cat-rescues-escapes']));
  });

  it('crackdownTimeline() puts marks in date order, linked to their list items', () => {
    const m = marks(crackdownTimeline(events, { width: 960 }));
    expect(m).toHaveLength(events.length);
    expect(m[0]!.id).toBe('online-gambling-ban');
    expect(m.at(-1)!.id).toBe('ohchr-report');
  });

  it('crackdownTimeline() places dots on the focus-and-context scale', () => {
    const x = crackdownTimelineScale(events, { width: 960 });
    const m = marks(crackdownTimeline(events, { width: 960 }));
    const byId = new Map(m.map((e) => [e.id, e]));
    expect(byId.get('bavet-escape')!.cx).toBeCloseTo(x(Date.UTC(2022, 8, 17)), 1);
    // A month-precision date sits mid-month.
    expect(byId.get('ten-month-figure')!.cx).toBeCloseTo(x(Date.UTC(2022, 10, 16)), 1);
    // The crackdown weeks get most of the width.
    const [, f0, f1] = x.breakpoints;
    expect(f1!.x - f0!.x).toBeGreaterThan(0.55 * 940);
  });

  it('crackdownTimeline() keeps events on one day apart', () => {
    const m = marks(crackdownTimeline(events, { width: 360 }));
    const aug18 = m.filter((e) => ['trafficking-hotline', 'kandal-river-escape', 'ncct-sihanoukville-tally', 'ncct-cumulative'].includes(e.id));
    expect(new Set(aug18.map((e) => e.cy)).size).toBe(4);
  });

  it('crackdownTimeline() grows to a requested height', () => {
    const natural = crackdownTimeline(events, { width: 640 });
    const tall = crackdownTimeline(events, { width: 640, height: 600 });
    expect(tall).toContain('height="600"');
    expect(Number(/height="([\d.]+)"/.exec(natural)![1])).toBeLessThan(600);
  });

  it('crackdownTimeline() uses no inline styles (the CSP forbids them)', () => {
    for (const width of [360, 640, 960]) {
      const svg = crackdownTimeline(events, { width, highlight: { range: ['2022-08', '2022-09'] } });
      expect(svg).not.toMatch(/\sstyle=|<style/);
    }
  });

  it('crackdownTimeline() names each mark for screen readers', () => {
    const svg = crackdownTimeline(events, { width: 960 });
    expect(svg).toContain('aria-label="Sept. 19–22, 2022: Raids in Sihanoukville (Rescues and escapes)"');
    expect(svg).toContain('aria-label="Sept. 29, 2022 (date inferred): Hun Sen: “Do not let Cambodia become a haven of crime” (Policy and enforcement)"');
  });

  it('escapeXml() escapes markup', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;');
  });
});
