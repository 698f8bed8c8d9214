import { describe, expect, it } from 'vitest';
import { loadStoryData } from '../../../../../src/data/loadStoryData';
import { collapseSharedNotes, timelineEventView, type TimelineFigureView } from '../../../../../src/lib/charts/crackdown-timeline/eventView';
import { readableNote } from '../../../../../src/lib/text/readableNote';
import { counts, events, sources } from '../../../../fixtures/timelineEvents';

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

  it('readableNote() turns count ids into the figures they stand for', () => {
    const byId = new Map([
      ['vn-escaped-binh-di', { value: 40, qualifier: 'exactly' as const }],
      ['tw-held-captive-voa', { value: 300, qualifier: 'more than' as const }],
    ]);
    expect(readableNote('Part of vn-escaped-binh-di, not in addition to it.', byId)).toBe('Part of the 40, not in addition to it.');
    expect(readableNote('Consistent with VOA\'s "more than 300" (tw-held-captive-voa).', byId)).toBe('Consistent with VOA\'s "more than 300".');
    // Hyphenated words that are not ids stay as they are.
    expect(readableNote('A long-standing, one-off figure.', byId)).toBe('A long-standing, one-off figure.');
  });

  it('collapseSharedNotes() says a note shared by figures in a row once', () => {
    const f = (id: string, note?: string): TimelineFigureView => ({ id, value: '1', label: id, ...(note ? { note } : {}) });
    const figures = [f('a', 'own'), f('b', 'shared'), f('c', 'shared'), f('d', 'shared'), f('e')];
    collapseSharedNotes(figures);
    expect(figures.map((x) => x.note)).toEqual(['own', undefined, undefined, 'These 3 figures: shared', undefined]);
  });

  it('timelineEventView() shows no count id to readers', () => {
    const data = loadStoryData();
    for (const e of data.events) {
      for (const f of timelineEventView(e, data).figures) {
        for (const id of data.countById.keys()) expect(f.note ?? '', `${e.id}: ${f.id}`).not.toContain(id);
      }
    }
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
