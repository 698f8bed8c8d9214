import { describe, expect, it } from 'vitest';
import { DAY, eventAnchor, eventSpan, isoDateSpan, sortEvents } from '../../../../src/lib/dates/eventDates';
import { formatEventDate, formatIsoDate } from '../../../../src/lib/format/formatDate';

describe('eventDates', () => {
  it('isoDateSpan() covers a day, a month or a year', () => {
    expect(isoDateSpan('2022-08-18')).toEqual([Date.UTC(2022, 7, 18), Date.UTC(2022, 7, 19)]);
    expect(isoDateSpan('2022-11')).toEqual([Date.UTC(2022, 10, 1), Date.UTC(2022, 11, 1)]);
    expect(isoDateSpan('2019')).toEqual([Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1)]);
  });

  it('eventSpan() runs to the end of the end date', () => {
    expect(eventSpan({ date: '2022-09-19', endDate: '2022-09-22' })).toEqual([Date.UTC(2022, 8, 19), Date.UTC(2022, 8, 23)]);
    expect(eventSpan({ date: '2022-08-18' })[1] - eventSpan({ date: '2022-08-18' })[0]).toBe(DAY);
  });

  it('eventAnchor() pins a day and centres a vaguer date in its period', () => {
    expect(eventAnchor({ date: '2022-08-18', precision: 'day' })).toBe(Date.UTC(2022, 7, 18));
    expect(eventAnchor({ date: '2022-11', precision: 'month' })).toBe(Date.UTC(2022, 10, 16));
  });

  it('sortEvents() orders by date, then end, then id, without mutating', () => {
    const input = [
      { id: 'b', date: '2022-08-18', precision: 'day' as const, endDate: '2023-04-17' },
      { id: 'c', date: '2022-08-18', precision: 'day' as const },
      { id: 'a', date: '2022-08-18', precision: 'day' as const },
      { id: 'd', date: '2019-08-18', precision: 'day' as const },
    ];
    expect(sortEvents(input).map((e) => e.id)).toEqual(['d', 'a', 'c', 'b']);
    expect(input[0]!.id).toBe('b');
  });
});

describe('formatEventDate', () => {
  it('formatIsoDate() shows a date at its precision, AP style', () => {
    expect(formatIsoDate('2022-08-18')).toBe('Aug. 18, 2022');
    expect(formatIsoDate('2022-09-01')).toBe('Sept. 1, 2022');
    expect(formatIsoDate('2023-06-05')).toBe('June 5, 2023');
    expect(formatIsoDate('2022-08')).toBe('August 2022');
    expect(formatIsoDate('2019')).toBe('2019');
  });

  it('formatEventDate() collapses a period within a month', () => {
    const d = formatEventDate({ date: '2022-09-19', endDate: '2022-09-22' });
    expect(d.text).toBe('Sept. 19–22, 2022');
    expect(d.start).toEqual({ datetime: '2022-09-19', text: 'Sept. 19' });
    expect(d.end).toEqual({ datetime: '2022-09-22', text: '22, 2022' });
  });

  it('formatEventDate() writes the year once within a year, twice across years', () => {
    expect(formatEventDate({ date: '2022-08-18', endDate: '2022-10-04' }).text).toBe('Aug. 18–Oct. 4, 2022');
    expect(formatEventDate({ date: '2022-08-18', endDate: '2023-04-17' }).text).toBe('Aug. 18, 2022–April 17, 2023');
    expect(formatEventDate({ date: '2022-08', endDate: '2022-10' }).text).toBe('August–October 2022');
  });

  it('formatEventDate() gives a single date one part', () => {
    expect(formatEventDate({ date: '2022-11' })).toEqual({ text: 'November 2022', start: { datetime: '2022-11', text: 'November 2022' } });
    expect(formatEventDate({ date: '2022-11-30', endDate: '2022-11-30' }).end).toBeUndefined();
  });
});
