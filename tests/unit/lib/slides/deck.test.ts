import { describe, expect, test } from 'vitest';
import { loadStoryData } from '../../../../src/data/loadStoryData';
import { formatCount } from '../../../../src/lib/format/formatCount';
import { deckAction, DECK_KEYS, slideFromHash } from '../../../../src/lib/slides/deckKeys';
import { splitFirstSentence, storyDeck } from '../../../../src/lib/slides/storyDeck';
import { loadStoryFile } from '../../../../src/lib/story/loadStory';
import { slideRescueData } from '../../../../src/lib/slides/slideRescueData';
import { slideRescuePages } from '../../../../src/lib/slides/slideRescuePages';
import { SLIDE_CHART_SIZES } from '../../../../src/lib/slides/slideChartSizes';
import { layoutRescueChart } from '../../../../src/lib/charts/rescues-by-nationality/layout';
import { rescueRows } from '../../../../src/lib/charts/rescues-by-nationality/model';
import { sortRescueRows } from '../../../../src/lib/charts/rescues-by-nationality/sort';
import { rescueChart } from '../../../../src/lib/charts/rescues-by-nationality/svg';

const data = loadStoryData();

describe('deck keys', () => {
  test.each([
    ['ArrowRight', false, 'next'],
    [' ', false, 'next'],
    [' ', true, 'prev'],
    ['PageDown', false, 'next'],
    ['PageUp', false, 'prev'],
    ['n', false, 'next'],
    ['N', true, 'next'],
    ['p', false, 'prev'],
    ['ArrowLeft', false, 'prev'],
    ['Home', false, 'first'],
    ['End', false, 'last'],
    ['b', false, 'blank'],
    ['.', false, 'blank'],
    ['f', false, 'fullscreen'],
    ['Escape', false, 'escape'],
    ['o', false, 'overview'],
    ['s', false, 'speaker'],
    ['c', false, 'contrast'],
    ['t', false, 'clock'],
    ['T', true, 'clock'],
    ['r', false, 'clock-reset'],
    ['R', true, 'clock-reset'],
    ['?', true, 'help'],
  ])('%s (shift %s) is %s', (key, shiftKey, action) => {
    expect(deckAction({ key, shiftKey })).toBe(action);
  });

  test('modified keys and other keys are left to the browser', () => {
    expect(deckAction({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
    expect(deckAction({ key: 'n', metaKey: true })).toBeNull();
    expect(deckAction({ key: 'f', altKey: true })).toBeNull();
    expect(deckAction({ key: 'Tab' })).toBeNull();
    expect(deckAction({ key: 'x' })).toBeNull();
  });

  test('the help lists every action once', () => {
    const actions = DECK_KEYS.map((k) => k.action);
    expect(new Set(actions).size).toBe(actions.length);
  });

  test('a hash names a slide by number or slug', () => {
    const slugs = ['title', 'taiwan', 'after'];
    expect(slideFromHash('#slide-2', slugs)).toBe(2);
    expect(slideFromHash('#taiwan', slugs)).toBe(2);
    expect(slideFromHash('#slide-0', slugs)).toBeNull();
    expect(slideFromHash('#slide-4', slugs)).toBeNull();
    expect(slideFromHash('#main', slugs)).toBeNull();
    expect(slideFromHash('', slugs)).toBeNull();
  });
});

describe("the deck, from the story's content file", () => {
  const story = loadStoryFile('src/content/story/story.md', data);
  const meta = { kicker: 'K', headline: 'Held in the compounds', dek: 'A dek & more.' };
  const deck = storyDeck(story, meta);
  // The step that starts each slide after the title (steps marked `join: previous` share the slide before).
  const leads = story.steps.filter((s) => s.join !== 'previous');
  const byState = (state: string) => deck[leads.findIndex((s) => s.state === state) + 1]!;

  test('a title slide, then one slide per step (joined steps share one), numbered, with unique slugs and sources that exist', () => {
    expect(deck).toHaveLength(leads.length + 1);
    expect(deck[0]).toMatchObject({ n: 1, slug: 'title', title: 'Held in the compounds', bodyHtml: '<p>A dek &amp; more.</p>' });
    deck.forEach((s, i) => expect(s.n).toBe(i + 1));
    expect(new Set(deck.map((s) => s.slug)).size).toBe(deck.length);
    for (const s of deck) {
      expect(s.slug).not.toMatch(/^slide-\d+$/);
      expect(s.sources.length).toBeGreaterThan(0);
      for (const id of s.sources) expect(data.sourceById.has(id)).toBe(true);
      expect(s.bodyHtml + s.notesHtml.join('') + s.title).not.toMatch(/\{[a-z]+:/);
      expect(s.bodyHtml + s.notesHtml.join('')).not.toContain('class="fn"');
    }
  });

  test("title from the step's slide: field, else the section heading; body the first sentence, the rest in the notes", () => {
    leads.forEach((step, i) => {
      const slide = deck[i + 1]!;
      const section = story.sections.find((s) => s.items.some((it) => it.type === 'step' && it.step === step))!;
      expect(slide.title).toBe(step.slide ?? section.title);
      const text = (slide.bodyHtml + slide.notesHtml.join(' ')).replace(/<[^>]+>/g, '');
      const first = step.blocks.find((b) => b.type === 'p')!;
      if (first.type === 'p') expect(text.replace(/\s+/g, '')).toContain(first.html.replace(/<sup class="fn">.*?<\/sup>/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ''));
    });
    const noSlideField = story.steps.findIndex((s) => !s.slide);
    expect(noSlideField).toBeGreaterThanOrEqual(0);
  });

  test('a step marked join: previous adds its words and sources to the slide before, which keeps its title and chart', () => {
    const joined = story.steps.filter((s) => s.join === 'previous');
    expect(joined.length).toBeGreaterThan(0);
    for (const step of joined) {
      const before = story.steps[story.steps.indexOf(step) - 1]!;
      const slide = byState(before.state);
      expect(slide.title).toBe(before.slide);
      expect(slide.chart).toEqual({ id: before.chart, state: before.state });
      const notes = slide.notesHtml.join(' ').replace(/<[^>]+>/g, '').replace(/\s+/g, '');
      for (const b of step.blocks) if (b.type === 'p') expect(notes).toContain(b.html.replace(/<sup class="fn">.*?<\/sup>/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ''));
      for (const id of step.blocks.flatMap((b) => (b.type === 'p' ? [...b.html.matchAll(/href="#source-([a-z0-9-]+)"/g)].map((m) => m[1]!) : []))) expect(slide.sources).toContain(id);
      // No slide of its own.
      expect(deck.some((s) => s.chart?.state === step.state && s.chart.id === step.chart)).toBe(false);
    }
  });

  test('numbers come from the data with their qualifiers; the sources of every figure are listed', () => {
    const taiwan = byState('origin:TW');
    expect(taiwan.bodyHtml).toContain(`>${formatCount(data.countById.get('tw-held-captive-voa')!)}</span>`);
    for (const id of data.countById.get('tw-found-aug-18')!.sources) expect(taiwan.sources).toContain(id);
    expect(taiwan.chart).toEqual({ id: 'trafficking-routes', state: 'origin:TW' });
  });

  test('the nationality chart is on its slides in every state it has in the story; without chartParts, one slide each', () => {
    for (const s of deck) if (s.chart?.id === 'rescues-by-nationality') expect(s.chart.state).toMatch(/^(all|country:[A-Z]{2}|kind:[a-z ]+)$/);
    expect(byState('all').chart).toEqual({ id: 'rescues-by-nationality', state: 'all' });
    expect(byState('kind:repatriated').chart).toEqual({ id: 'rescues-by-nationality', state: 'kind:repatriated' });
    expect(byState('country:TH').chart).toEqual({ id: 'rescues-by-nationality', state: 'country:TH' });
  });

  test('a chart with parts (chartParts) gets one slide per part, one after another, each with its own address and notes', () => {
    const parted = storyDeck(story, meta, {
      chartParts: (c) => (c.id === 'rescues-by-nationality' && c.state === 'all' ? ['A and B', 'C', 'D & E'] : undefined),
    });
    expect(parted).toHaveLength(deck.length + 2);
    parted.forEach((s, i) => expect(s.n).toBe(i + 1));
    expect(new Set(parted.map((s) => s.slug)).size).toBe(parted.length);
    const at = parted.findIndex((s) => s.chart?.state === 'all');
    const whole = byState('all');
    const parts = parted.slice(at, at + 3);
    parts.forEach((s, i) => {
      expect(s.chart).toEqual({ id: 'rescues-by-nationality', state: 'all', part: { n: i + 1, of: 3 } });
      expect(s.title).toBe(whole.title);
      expect(s.bodyHtml).toBe(whole.bodyHtml);
      expect(s.sources).toEqual(whole.sources);
    });
    expect(parts.map((s) => s.slug)).toEqual([whole.slug, `${whole.slug}-part-2`, `${whole.slug}-part-3`]);
    // The first part keeps the step's notes; each part says which it is, escaped.
    expect(parts[0]!.notesHtml).toEqual(['Part 1 of 3 of the chart: A and B.', ...whole.notesHtml]);
    expect(parts[2]!.notesHtml).toEqual(['Part 3 of 3 of the chart: D &amp; E.']);
    // The slides around them are unchanged.
    expect(parted[at - 1]).toEqual(deck[at - 1]);
    expect(parted[at + 3]).toEqual({ ...deck[at + 1]!, n: at + 4 });
    // One part, or none, is one slide.
    expect(storyDeck(story, meta, { chartParts: () => ['only'] })).toEqual(deck);
  });

  test('the whole nationality chart in parts: every nationality on one part, whole, in order, each part short enough, one axis', () => {
    const size = SLIDE_CHART_SIZES.rescueParts;
    const pages = slideRescuePages(data, size);
    const rows = rescueRows(data);
    const order = sortRescueRows(rows.groups, 'figure').map((g) => g.country.code);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flatMap((p) => p.codes)).toEqual(order);
    // The whole chart is taller than a part may be (else there would be no parts).
    expect(layoutRescueChart(sortRescueRows(rows.groups, 'figure'), rows.noCount.map((c) => c.name), size.width).height).toBeGreaterThan(size.maxHeight);
    const axisOf = (svg: string) => /<g[^>]*class="rescue-axis[ "][\s\S]*?<\/g>/.exec(svg)?.[0];
    const wholeAxis = axisOf(rescueChart(data, { width: size.width }));
    expect(wholeAxis).toMatch(/<text/);
    const largest = Math.max(...data.counts.filter((c) => rows.groups.some((g) => g.lines.some((l) => l.figures.some((f) => f.count.id === c.id)))).map((c) => c.value));
    pages.forEach((p, i) => {
      expect(p.height).toBeLessThanOrEqual(size.maxHeight);
      expect(p.domainMax).toBe(largest);
      // Every count of a page's nationalities is on it, and no other.
      expect(p.data.counts).toEqual(data.counts.filter((c) => c.country !== null && p.codes.includes(c.country)));
      const drawn = rescueRows(p.data);
      expect(drawn.groups.map((g) => g.country.code).sort()).toEqual([...p.codes].sort());
      // A nationality's lines are the whole chart's (earlier figures, disagreeing figures, breakdowns).
      for (const g of drawn.groups) expect(g).toEqual(rows.groups.find((w) => w.country.code === g.country.code));
      // Only the last page names the embassies that reported no count, as the chart does at its end.
      expect(drawn.noCount.map((c) => c.code)).toEqual(i === pages.length - 1 ? rows.noCount.map((c) => c.code) : []);
      expect(p.noCount).toEqual(i === pages.length - 1 ? rows.noCount.map((c) => c.name) : []);
      // The parts share one axis: the whole chart's, drawn at the same width.
      expect(axisOf(rescueChart(p.data, { width: size.width, domainMax: p.domainMax }))).toBe(wholeAxis);
    });
    // As even as they can be: no cut leaves a page far shorter than the tallest.
    const heights = pages.map((p) => p.height);
    expect(Math.max(...heights) - Math.min(...heights)).toBeLessThan(size.maxHeight / 2);
  });

  test('a nationality taller than a page is cut between its rows, each part under its name, every record once', () => {
    const whole = slideRescuePages(data, { width: 860, maxHeight: 2000 });
    expect(whole).toHaveLength(1);
    const tall = Math.max(...whole[0]!.codes.map((code) => slideRescuePages({ ...data, counts: data.counts.filter((c) => c.country === code) }, { width: 860, maxHeight: 2000 })[0]!.height));
    const maxHeight = Math.ceil(tall * 0.6);
    const pages = slideRescuePages(data, { width: 860, maxHeight });
    // Some nationality is on more than one page now, and no page is taller than asked.
    const seen = pages.flatMap((p) => p.codes);
    expect(new Set(seen).size).toBeLessThan(seen.length);
    for (const p of pages) expect(p.height).toBeLessThanOrEqual(maxHeight);
    // Every record of the chart is on exactly one page.
    const charted = new Set(slideRescueData(data, 'all').counts.filter((c) => c.country !== null).map((c) => c.id));
    const ids = pages.flatMap((p) => p.data.counts.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(charted);
  });

  test("a slide's nationality chart draws only the rows its state is about, never fewer", () => {
    const vn = slideRescueData(data, 'country:VN');
    expect(vn.counts.length).toBeGreaterThan(1);
    expect(vn.counts.every((c) => c.country === 'VN')).toBe(true);
    expect(vn.countries.map((c) => c.code)).toEqual(['VN']);
    // Every Vietnamese count with a nationality is kept.
    expect(vn.counts).toEqual(data.counts.filter((c) => c.country === 'VN'));
    const home = slideRescueData(data, 'kind:repatriated');
    expect(home.counts.length).toBeGreaterThan(2);
    expect(home.counts.every((c) => c.kind === 'repatriated' && c.country !== null)).toBe(true);
    expect(new Set(home.countries.map((c) => c.code))).toEqual(new Set(home.counts.map((c) => c.country)));
    expect(slideRescueData(data, 'all')).toBe(data);
  });

  test('the first sentence ends at a full stop before a capital, not inside "Aug. 18" or an element', () => {
    expect(splitFirstSentence('On Aug. 18, two left. Then more.')).toEqual(['On Aug. 18, two left.', 'Then more.']);
    expect(splitFirstSentence('He said <q>Go. Now.</q> Later.')).toEqual(['He said <q>Go. Now.</q>', 'Later.']);
    expect(splitFirstSentence('One sentence only.')).toEqual(['One sentence only.', '']);
  });
});
