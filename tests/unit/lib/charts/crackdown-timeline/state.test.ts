import { describe, expect, it } from 'vitest';
import { highlightedEventIds, highlightSpan, parseTimelineState, TIMELINE_STATES } from '../../../../../src/lib/charts/crackdown-timeline/state';
import { events } from '../../../../fixtures/timelineEvents';

describe('timelineState', () => {
  it('parseTimelineState() reads presets, event: and range: states', () => {
    expect(parseTimelineState('overview')).toBeNull();
    expect(parseTimelineState('crackdown')).toEqual(TIMELINE_STATES['crackdown']);
    expect(parseTimelineState('event:bavet-escape')).toEqual({ event: 'bavet-escape' });
    expect(parseTimelineState('range:2022-09-01/2022-09-30')).toEqual({ range: ['2022-09-01', '2022-09-30'] });
  });

  it('parseTimelineState() reads chart:state details', () => {
    expect(parseTimelineState({ event: 'ohchr-report' })).toEqual({ event: 'ohchr-report' });
    expect(parseTimelineState({ range: ['2022-08-18', '2022-08-26'] })).toEqual({ range: ['2022-08-18', '2022-08-26'] });
    expect(parseTimelineState({ range: ['2022-08'] })).toEqual({ range: ['2022-08', '2022-08'] });
    expect(parseTimelineState({ state: 'after' })).toEqual(TIMELINE_STATES['after']);
  });

  it('parseTimelineState() ignores what it does not understand', () => {
    expect(parseTimelineState('nonsense')).toBeNull();
    expect(parseTimelineState('event:')).toBeNull();
    expect(parseTimelineState('range:yesterday/today')).toBeNull();
    expect(parseTimelineState(null)).toBeNull();
    expect(parseTimelineState({})).toBeNull();
  });

  it('highlightSpan() covers both ends at their precision, in either order', () => {
    expect(highlightSpan(['2022-09', '2022-08'])).toEqual([Date.UTC(2022, 7, 1), Date.UTC(2022, 9, 1)]);
  });

  it('highlightedEventIds() picks events overlapping a range', () => {
    const ids = highlightedEventIds(events, { range: ['2022-09-17', '2022-09-20'] });
    expect([...ids].sort()).toEqual(['bavet-escape', 'ncct-cumulative', 'ncct-sihanoukville-tally', 'sihanoukville-raids']);
  });

  it('highlightedEventIds() picks one known event, or none', () => {
    expect([...highlightedEventIds(events, { event: 'bavet-escape' })]).toEqual(['bavet-escape']);
    expect(highlightedEventIds(events, { event: 'missing' }).size).toBe(0);
    expect(highlightedEventIds(events, null).size).toBe(0);
  });
});
