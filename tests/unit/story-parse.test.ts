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
    ['an unknown step field', ':::step\nchart: crackdown-timeline\nstate: before\ntitle: X\n\nText.\n:::', /fixture\.md:6: unknown step field "title" \(chart, state, slide, join\)/],
    ['an unknown join', `${step('crackdown-timeline', 'before')}\n\n:::step\nchart: crackdown-timeline\nstate: after\njoin: next\n\nText.\n:::`, /fixture\.md:13: unknown join "next" \(previous\)/],
    ['a join on the first step of a section', ':::step\nchart: crackdown-timeline\nstate: before\njoin: previous\n\nText.\n:::', /fixture\.md:6: "join: previous" on the first step of its section/],
    ['a join across charts', `${step('crackdown-timeline', 'before')}\n\n:::step\nchart: trafficking-routes\nstate: overview\njoin: previous\n\nText.\n:::`, /fixture\.md:13: "join: previous" needs the chart of the previous step \(crackdown-timeline\)/],
    ['a join with its own slide title', `${step('crackdown-timeline', 'before')}\n\n:::step\nchart: crackdown-timeline\nstate: after\njoin: previous\nslide: Mine\n\nText.\n:::`, /fixture\.md:13: "join: previous" with a "slide:" title/],
    ['an unclosed step', ':::step\nchart: crackdown-timeline\nstate: before\n\nText.', /fixture\.md:3: step not closed/],
  ])('parseStory fails on %s with the file and line', (_, body, message) => {
    expect(() => parse(`## A {#a}\n\n${body}\n`)).toThrow(message);
    expect(() => parse(`## A {#a}\n\n${body}\n`)).toThrow(StoryContentError);
  });

  it('parseStory reads an optional join: previous on a step; the story page is unchanged by it', () => {
    const joined = parse(`## A {#a}\n\n${step('crackdown-timeline', 'before')}\n\n:::step\nchart: crackdown-timeline\nstate: after\njoin: previous\n\nMore.\n:::\n`);
    const plain = parse(`## A {#a}\n\n${step('crackdown-timeline', 'before')}\n\n${step('crackdown-timeline', 'after', 'More.')}\n`);
    expect(joined.steps[1]!.join).toBe('previous');
    expect(joined.steps[0]!.join).toBeUndefined();
    const { join: _, ...rest } = joined.steps[1]!;
    expect(rest).toEqual({ ...plain.steps[1]!, line: rest.line });
    expect(joined.steps).toHaveLength(2);
  });

  it('parseStory reads an optional slide: title on a step', () => {
    const story = parse(`## A {#a}\n\n:::step\nchart: crackdown-timeline\nstate: before\nslide: The first slide\n\nText.\n:::\n\n${step('crackdown-timeline', 'after')}\n`);
    expect(story.steps[0]!.slide).toBe('The first slide');
    expect(story.steps[1]!.slide).toBeUndefined();
  });
});
