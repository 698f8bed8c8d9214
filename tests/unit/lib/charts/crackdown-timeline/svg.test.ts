import { describe, expect, it } from 'vitest';
import { loadStoryData } from '../../../../../src/data/loadStoryData';
import type { Event } from '../../../../../src/data/schemas/event';
import { crackdownTimeline, crackdownTimelineLayout, crackdownTimelineScale } from '../../../../../src/lib/charts/crackdown-timeline/svg';
import { escapeXml } from '../../../../../src/lib/svg/escapeXml';
import { expectSvgSnapshot } from '../../../../helpers/svgSnapshot';
import { events } from '../../../../fixtures/timelineEvents';

/** The marks of a rendered chart, in document order, with their dot position. */
function marks(svg: string) {
  return [...svg.matchAll(/<a class="([^"]+)" href="#event-([^"]+)"[^>]*>.*?<circle class="tl-dot" cx="([\d.]+)" cy="([\d.]+)"/g)].map(
    (m) => ({ classes: m[1]!, id: m[2]!, cx: Number(m[3]), cy: Number(m[4]) }),
  );
}

describe('crackdownTimeline', () => {
  it('crackdownTimeline() renders the wide, labelled layout', () => {
    expectSvgSnapshot(crackdownTimeline(events, { width: 1120 }), 'timeline-1120');
  });

  it('crackdownTimeline() renders the medium layout', () => {
    expectSvgSnapshot(crackdownTimeline(events, { width: 720 }), 'timeline-720');
  });

  it('crackdownTimeline() renders the compact phone layout without labels', () => {
    const svg = crackdownTimeline(events, { width: 343 });
    expect(svg).not.toContain('tl-label');
    expect(svg).toContain('data-layout="compact"');
    expectSvgSnapshot(svg, 'timeline-343');
  });

  it('crackdownTimeline() highlights a range and dims the rest', () => {
    const svg = crackdownTimeline(events, { width: 1120, highlight: { range: ['2022-09-16', '2022-09-22'] } });
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
    expectSvgSnapshot(svg, 'timeline-1120-range');
  });

  it('crackdownTimeline() highlights one event', () => {
    const m = marks(crackdownTimeline(events, { width: 720, highlight: { event: 'bavet-escape' } }));
    expect(m.filter((e) => e.classes.includes('is-highlighted')).map((e) => e.id)).toEqual(['bavet-escape']);
    expect(crackdownTimeline(events, { width: 720 })).toContain('class="tl-range" x="0" y="16" width="0" height');
  });

  it('crackdownTimeline() draws only the chosen categories', () => {
    const m = marks(crackdownTimeline(events, { width: 1120, categories: ['rescues-escapes'] }));
    expect(m.map((e) => e.id)).toEqual(['kandal-river-escape', 'bavet-escape', 'sihanoukville-raids', 'bei-commune-raid']);
    expect(new Set(m.map((e) => e.classes))).toEqual(new Set(['tl-event cat-rescues-escapes']));
  });

  it('crackdownTimeline() puts marks in date order, linked to their list items', () => {
    const m = marks(crackdownTimeline(events, { width: 1120 }));
    expect(m).toHaveLength(events.length);
    expect(m[0]!.id).toBe('online-gambling-ban');
    expect(m.at(-1)!.id).toBe('ohchr-report');
  });

  it('crackdownTimeline() places dots on the focus-and-context scale', () => {
    const x = crackdownTimelineScale(events, { width: 1120 });
    const m = marks(crackdownTimeline(events, { width: 1120 }));
    const byId = new Map(m.map((e) => [e.id, e]));
    expect(byId.get('bavet-escape')!.cx).toBeCloseTo(x(Date.UTC(2022, 8, 17)), 1);
    // A month-precision date sits mid-month.
    expect(byId.get('ten-month-figure')!.cx).toBeCloseTo(x(Date.UTC(2022, 10, 16)), 1);
    // The crackdown weeks get most of the width.
    const [, f0, f1] = x.breakpoints;
    expect(f1!.x - f0!.x).toBeGreaterThan(0.55 * 1100);
  });

  it('crackdownTimeline() grows to a requested height', () => {
    const natural = crackdownTimeline(events, { width: 720 });
    const tall = crackdownTimeline(events, { width: 720, height: 600 });
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
    const svg = crackdownTimeline(events, { width: 1120 });
    expect(svg).toContain('aria-label="Sept. 19–22, 2022: Raids in Sihanoukville (Rescues and escapes)"');
    expect(svg).toContain('aria-label="Sept. 29, 2022 (date inferred): Hun Sen: “Do not let Cambodia become a haven of crime” (Policy and enforcement)"');
  });

  it('crackdownTimelineLayout() keeps every mark and label apart and inside the graphic', () => {
    // The story's own events as well as the fixtures: the property must hold for the data that ships.
    for (const set of [events, loadStoryData().events] as ReadonlyArray<readonly Event[]>) {
      for (const width of [343, 720, 1120]) {
        const layout = crackdownTimelineLayout(set, { width });
        expect(layout.marks).toHaveLength(set.length);
        for (const m of layout.marks) {
          expect(m.extent[0]).toBeGreaterThanOrEqual(0);
          expect(m.extent[1]).toBeLessThanOrEqual(width);
          expect(m.cy).toBeGreaterThan(layout.plotTop);
          expect(m.cy).toBeLessThan(layout.plotBottom);
        }
        for (const a of layout.marks)
          for (const b of layout.marks) {
            if (a === b || a.lane !== b.lane) continue;
            expect(a.extent[1] <= b.extent[0] || b.extent[1] <= a.extent[0], `${a.event.id} / ${b.event.id} at ${width}`).toBe(true);
          }
      }
    }
  });

  it('crackdownTimelineLayout() labels most events where there is room, none on a phone', () => {
    const story = loadStoryData().events;
    const labelled = (width: number) => crackdownTimelineLayout(story, { width }).marks.filter((m) => m.labelSide !== 'none').length;
    expect(labelled(343)).toBe(0);
    expect(labelled(1120)).toBeGreaterThan(story.length * 0.6);
  });

  it('crackdownTimelineLayout() spreads events on the same day over separate lanes', () => {
    const { marks } = crackdownTimelineLayout(events, { width: 343 });
    const aug18 = marks.filter((m) => m.event.date === '2022-08-18');
    expect(aug18.length).toBe(4);
    expect(new Set(aug18.map((m) => m.lane)).size).toBe(4);
  });

  it('crackdownTimelineLayout() keeps the axis when categories are filtered', () => {
    const all = crackdownTimelineLayout(events, { width: 720 });
    const some = crackdownTimelineLayout(events, { width: 720, categories: ['foreign-pressure'] });
    expect(some.scale.breakpoints).toEqual(all.scale.breakpoints);
    expect(some.lanes).toBeLessThan(all.lanes);
  });

  it('escapeXml() escapes markup', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;');
  });
});

describe('crackdownTimeline picture', () => {
  const story = loadStoryData().events;
  const full = crackdownTimeline(story, { width: 343, highlight: null });
  const picture = crackdownTimeline(story, { width: 343, highlight: null, picture: true });
  const dots = (svg: string) => [...svg.matchAll(/<circle class="tl-dot" cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => `${m[1]},${m[2]}`);

  it('is one image with a name: no links, names, hit areas or rings per mark', () => {
    expect(picture).toMatch(/^<svg [^>]*role="img" aria-label="Overview of \d+ events on a time line from 2019 to 2023, with [^"]+ spread out\."/);
    expect(picture).not.toContain('<a ');
    expect(picture).not.toContain('tl-hit');
    expect(picture).not.toContain('tl-ring');
    expect(picture).not.toContain('data-event');
    expect((picture.match(/aria-label=/g) ?? []).length).toBe(1);
  });
  it('draws every mark where the interactive drawing has it, in its category, at the same size', () => {
    expect(dots(picture)).toEqual(dots(full));
    expect(dots(picture)).toHaveLength(story.length);
    expect(/viewBox="[^"]+"/.exec(picture)![0]).toBe(/viewBox="[^"]+"/.exec(full)![0]);
    const categories = (svg: string, re: RegExp) => [...svg.matchAll(re)].map((m) => m[1]);
    expect(categories(picture, /<g class="cat-([a-z-]+)">/g)).toEqual(categories(full, /<a class="tl-event cat-([a-z-]+)"/g));
    // The rest is the same drawing, less what only the client uses (the range band, the scale's breakpoints)
    // and what a picture need not hide from screen readers.
    const strip = (svg: string) =>
      svg
        .replace(/<g class="tl-events">[\s\S]*?<\/g><g class="tl-axis"/, '')
        .replace(/<rect class="tl-range"[^>]*\/>/, '')
        .replace(/ aria-hidden="true"/g, '')
        .replace(/ role="[^"]*" aria-label="[^"]*"/, '')
        .replace(/ data-breakpoints="[^"]*" data-plot="[^"]*"/, '');
    expect(strip(picture)).toBe(strip(full));
    expect(picture).not.toContain('tl-range');
  });
});
