import { describe, expect, it } from 'vitest';
import { loadStoryData } from '../../src/data/loadStoryData';
import { timelineEventView } from '../../src/lib/timelineEventView';
import { counts, events, sources } from '../fixtures/timelineEvents';

const lookups = { countById: new Map(counts.map((c) => [c.id, c])), sourceById: new Map(sources.map((s) => [s.id, s])) };
const event = (id: string) => events.find((e) => e.id === id)!;

describe('timelineEventView', () => {
  it('timelineEventView() shows figures with their qualifiers', () => {
    const view = timelineEventView(event('sar-kheng-rescue-tally'), lookups);
    expect(view.figures.map((f) => `${f.value} ${f.label}`)).toEqual([
      '865 rescued in 87 cases',
      'about 900 foreign citizens rescued this year',
    ]);
    expect(view.disagreement).toBe('VOA rounds the figure to "about 900" rescued.');
  });

  it('timelineEventView() resolves date, category and sources', () => {
    const view = timelineEventView(event('bavet-escape'), lookups);
    expect(view.date.text).toBe('Sept. 17, 2022');
    expect(view.categoryLabel).toBe('Rescues and escapes');
    expect(view.sources.map((s) => s.publisher)).toEqual(['VnExpress', 'VietnamPlus']);
  });

  it('timelineEventView() fails loudly on an unknown figure or source', () => {
    expect(() => timelineEventView({ ...event('bavet-escape'), figures: ['nope'] }, lookups)).toThrow(/unknown figure nope/);
    expect(() => timelineEventView({ ...event('bavet-escape'), sources: ['nope'] }, lookups)).toThrow(/unknown source nope/);
  });

  it('timelineEventView() resolves every event of the story', () => {
    const data = loadStoryData();
    for (const e of data.events) {
      const view = timelineEventView(e, data);
      expect(view.figures).toHaveLength(e.figures.length);
      expect(view.sources.length).toBeGreaterThan(0);
    }
  });
});
