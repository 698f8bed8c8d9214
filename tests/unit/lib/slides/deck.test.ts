import { describe, expect, test } from 'vitest';
import { loadStoryData } from '../../../../src/data/loadStoryData';
import { formatCount } from '../../../../src/lib/format/formatCount';
import { deckAction, DECK_KEYS, slideFromHash } from '../../../../src/lib/slides/deckKeys';
import { splitFirstSentence, storyDeck } from '../../../../src/lib/slides/storyDeck';
import { loadStoryFile } from '../../../../src/lib/story/loadStory';
import { slideRescueData } from '../../../../src/lib/slides/slideRescueData';

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

  test('the nationality chart is on its country: and kind: slides, not in state all (too tall for a slide)', () => {
    for (const s of deck) if (s.chart?.id === 'rescues-by-nationality') expect(s.chart.state).toMatch(/^(country:[A-Z]{2}|kind:[a-z ]+)$/);
    expect(byState('all').chart).toBeUndefined();
    expect(byState('kind:repatriated').chart).toEqual({ id: 'rescues-by-nationality', state: 'kind:repatriated' });
    expect(byState('country:TH').chart).toEqual({ id: 'rescues-by-nationality', state: 'country:TH' });
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
