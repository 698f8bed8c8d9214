import { describe, expect, it } from 'vitest';
import { countKindClass, countKindLabel } from '../../../../src/lib/labels/countKind';
import { formatAsOf, formatPeriod } from '../../../../src/lib/format/formatAsOf';
import { listInWords, listWithOr } from '../../../../src/lib/format/listInWords';
import { shortPublisher } from '../../../../src/lib/format/shortPublisher';

describe('helpers of the rescue chart', () => {
  it('formatAsOf() keeps the precision of the date and never shifts the day', () => {
    expect(formatAsOf('2022-08-05')).toBe('Aug. 5, 2022');
    expect(formatAsOf('2022-08-05', { year: false })).toBe('Aug. 5');
    expect(formatAsOf('2022-08')).toBe('August 2022');
    expect(formatAsOf('2022-08', { year: false })).toBe('August');
    expect(formatAsOf('2022', { year: false })).toBe('2022');
  });

  it('formatPeriod() shares the year where both ends have it', () => {
    expect(formatPeriod({ start: '2022-01', end: '2022-08' })).toBe('January–August 2022');
    expect(formatPeriod({ start: '2021-10', end: '2022-04-12' })).toBe('October 2021–April 12, 2022');
  });

  it('listWithOr() joins disagreeing figures with "or", listInWords() with "and"', () => {
    expect(listWithOr(['56'])).toBe('56');
    expect(listWithOr(['56', '60', '67'])).toBe('56, 60 or 67');
    expect(listInWords(['A', 'B'])).toBe('A and B');
    expect(listInWords([])).toBe('');
  });

  it('shortPublisher() keeps the name a reader knows', () => {
    expect(shortPublisher('VOI (reporting ANTARA)')).toBe('VOI');
    expect(shortPublisher('Vietnam News Agency (VNA)')).toBe('VNA');
    expect(shortPublisher('UCA News via World Catholic News')).toBe('UCA News');
    expect(shortPublisher('The Sun (Malaysia)')).toBe('The Sun');
    expect(shortPublisher('VOA Khmer')).toBe('VOA Khmer');
  });

  it('countKindClass() maps every kind to a colour role, countKindLabel() capitalises', () => {
    expect(countKindClass('held captive')).toBe('kind-held-captive');
    expect(countKindClass('still stuck')).toBe('kind-still-stuck');
    expect(countKindClass('found in raids')).toBe('kind-found-in-raids');
    expect(countKindClass('prevented from travelling')).toBe('kind-prevented');
    expect(countKindClass('victims identified')).toBe('kind-other');
    expect(countKindLabel('prevented from travelling')).toBe('Prevented from travelling');
  });
});

describe('readableNote', () => {
  it('readableNote() drops ids in brackets and names the figure a bare id stands for', async () => {
    const { readableNote } = await import('../../../../src/lib/text/readableNote');
    const counts = new Map([['vn-escaped', { value: 40, qualifier: 'exactly' }], ['vn-tried', { value: 42, qualifier: 'exactly' }]]) as never;
    expect(readableNote('Of 42 who tried (vn-tried): 35 men made it.', counts)).toBe('Of 42 who tried: 35 men made it.');
    expect(readableNote('Part of vn-escaped, not in addition to it.', counts)).toBe('Part of the 40, not in addition to it.');
    expect(readableNote('Not an id (one-two-three) stays.', counts)).toBe('Not an id (one-two-three) stays.');
  });
});
