import { describe, expect, it } from 'vitest';
import { loadStoryData } from '../../src/data/loadStoryData';
import { loadStoryFile } from '../../src/lib/story/loadStory';
import { parseStory } from '../../src/lib/story/parseStory';
import { StoryContentError } from '../../src/lib/story/storyError';

const data = loadStoryData();
const parse = (body: string) => parseStory(body, data, 'fixture.md', 1);
const step = (chart: string, state: string, text = 'Text.') => `:::step\nchart: ${chart}\nstate: ${state}\n\n${text}\n:::`;

describe('parseStory', () => {
  it('parseStory(story.md) reads the real story: at least 12 steps, all three charts', () => {
    const story = loadStoryFile('src/content/story/story.md', data);
    expect(story.steps.length).toBeGreaterThanOrEqual(12);
    expect(new Set(story.steps.map((s) => s.chart))).toEqual(new Set(['trafficking-routes', 'rescues-by-nationality', 'crackdown-timeline']));
    expect(story.footnotes).toContain('voa-2022-08');
  });

  it('parseStory renders {count:id} with its qualifier and a footnote link to its source', () => {
    const story = parse(`## A {#a}\n\n${step('trafficking-routes', 'origin:TW', 'Taipei said {count:tw-held-captive-voa} were held.')}`);
    const html = (story.steps[0]!.blocks[0] as { html: string }).html;
    expect(html).toContain('>more than 300</span>');
    expect(html).toContain('href="#source-voa-2022-08"');
  });

  it('parseStory renders a lone {quote:id} with the exact words and the speaker’s role', () => {
    const story = parse(`## A {#a}\n\n{quote:vitit-specialized}\n`);
    const block = story.sections[0]!.items[0] as { type: string; words: string; attribution: string };
    expect(block.type).toBe('quote');
    expect(block.words).toBe(data.quoteById.get('vitit-specialized')!.words);
    expect(block.attribution).toContain('special rapporteur');
  });

  it('parseStory(fixture with an unknown count id) fails naming the file and line', () => {
    expect(() => loadStoryFile('tests/fixtures/story-unknown-id/story.md', data)).toThrow(
      /tests\/fixtures\/story-unknown-id\/story\.md:15: unknown count id "tw-held-captive-nowhere"/,
    );
  });

  it.each([
    ['an unknown chart', step('pie-chart', 'all'), /fixture\.md:3: unknown chart "pie-chart"/],
    ['an unknown map state', step('trafficking-routes', 'zoomed'), /fixture\.md:3: unknown state "zoomed"/],
    ['an origin with no route', step('trafficking-routes', 'origin:FR'), /fixture\.md:3: no route on the map starts in "FR"/],
    ['an unknown timeline event', step('crackdown-timeline', 'event:nothing'), /fixture\.md:3: unknown event id "nothing"/],
    ['an unknown kind of count', step('rescues-by-nationality', 'kind:adopted'), /fixture\.md:3: no count of kind "adopted"/],
    ['an unknown quote', `{quote:nobody-said}`, /fixture\.md:3: unknown quote id "nobody-said"/],
    ['an unknown reference kind', 'See {person:someone}.', /fixture\.md:3: unknown reference kind "person"/],
    ['a malformed reference', 'See {count: tw-held-captive-voa}.', /fixture\.md:3: malformed reference/],
    ['an empty slide title', ':::step\nchart: crackdown-timeline\nstate: before\nslide:\n\nText.\n:::', /fixture\.md:6: "slide:" without a title/],
    ['an unknown step field', ':::step\nchart: crackdown-timeline\nstate: before\ntitle: X\n\nText.\n:::', /fixture\.md:6: unknown step field "title" \(chart, state, slide\)/],
    ['an unclosed step', ':::step\nchart: crackdown-timeline\nstate: before\n\nText.', /fixture\.md:3: step not closed/],
  ])('parseStory fails on %s with the file and line', (_, body, message) => {
    expect(() => parse(`## A {#a}\n\n${body}\n`)).toThrow(message);
    expect(() => parse(`## A {#a}\n\n${body}\n`)).toThrow(StoryContentError);
  });

  it('parseStory reads an optional slide: title on a step', () => {
    const story = parse(`## A {#a}\n\n:::step\nchart: crackdown-timeline\nstate: before\nslide: The first slide\n\nText.\n:::\n\n${step('crackdown-timeline', 'after')}\n`);
    expect(story.steps[0]!.slide).toBe('The first slide');
    expect(story.steps[1]!.slide).toBeUndefined();
  });
});
