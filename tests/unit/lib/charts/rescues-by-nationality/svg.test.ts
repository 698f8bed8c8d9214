import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { rescueChart, rescueFigureDetail, rescueFigureLabel } from '../../../../../src/lib/charts/rescues-by-nationality/svg';
import { rescueRows } from '../../../../../src/lib/charts/rescues-by-nationality/model';
import { expectSvgSnapshot } from '../../../../helpers/svgSnapshot';
import { rescueData } from '../../../../fixtures/rescueData';

const parse = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;
const phone = rescueChart(rescueData, { width: 343, describedBy: 'alt' });
const desktop = rescueChart(rescueData, { width: 800, describedBy: 'alt' });
const drawn = rescueRows(rescueData).groups.flatMap((g) => g.lines.flatMap((l) => l.figures.map((f) => f.count)));

describe('rescueChart snapshots', () => {
  it('rescueChart(width 343) draws the phone layout', () => {
    expectSvgSnapshot(phone, 'rescue-chart-phone');
  });
  it('rescueChart(width 800) draws the desktop layout', () => {
    expectSvgSnapshot(desktop, 'rescue-chart-desktop');
  });
  it('rescueChart(sort name) draws the rows by name', () => {
    expectSvgSnapshot(rescueChart(rescueData, { width: 800, sort: 'name' }), 'rescue-chart-desktop-by-name');
  });
});

describe.each([
  ['phone', phone],
  ['desktop', desktop],
])('rescueChart encoding (%s)', (_, svg) => {
  const doc = parse(svg);
  const dots = Array.from(doc.querySelectorAll('.rescue-dot circle'));
  const texts = Array.from(doc.querySelectorAll('text')).map((t) => t.textContent ?? '');

  it('draws one dot per drawn figure, and nothing else as a dot', () => {
    expect(dots.map((d) => d.getAttribute('data-id')).sort()).toEqual(drawn.map((c) => c.id).sort());
  });

  it('never stacks or sums: every dot sits at its own value on one linear scale from zero', () => {
    const points = dots.map((d) => ({ cx: Number(d.getAttribute('cx')), value: drawn.find((c) => c.id === d.getAttribute('data-id'))!.value }));
    const a = points.reduce((p, q) => (q.value < p.value ? q : p));
    const b = points.reduce((p, q) => (q.value > p.value ? q : p));
    const slope = (b.cx - a.cx) / (b.value - a.value);
    for (const p of points) expect(p.cx).toBeCloseTo(a.cx + slope * (p.value - a.value), 1);
  });

  it('writes only reported figures and axis ticks as numbers: no totals across kinds', () => {
    const reported = new Set(drawn.map((c) => c.value));
    const axis = Array.from(doc.querySelectorAll('.rescue-axis text')).map((t) => Number(t.textContent!.replace(/,/g, '')));
    const ticks = new Set(axis);
    expect(axis[0]).toBe(0);
    const numbers = texts.flatMap((t) => [...t.matchAll(/\d[\d,]*/g)].map((m) => Number(m[0].replace(/,/g, ''))));
    // Days of the month in date labels ("Aug. 25") and the year are not figures.
    const dateParts = new Set([8, 11, 12, 17, 18, 19, 20, 22, 23, 25, 1, 2022]);
    for (const n of numbers) expect(reported.has(n) || ticks.has(n) || dateParts.has(n), `unexpected number ${n}`).toBe(true);
    expect(texts.join(' ')).not.toMatch(/\b455\b/); // Indonesia's 241 repatriated + 214 prevented
  });

  it('shows qualifiers in the labels', () => {
    const all = texts.join(' | ');
    expect(all).toContain('300+');
    expect(all).toContain('1,000+');
    expect(all).toContain('about 700 or 800+');
    expect(all).toContain('40+ or 40');
    expect(all).toContain('56 or 60');
  });

  it('lists the countries whose embassies asked for help without a count', () => {
    expect(texts).toContain('Embassy asked for help, no count reported');
    expect(texts.join(' ')).toMatch(/Bangladesh, India, Mongolia, Nepal,?\s+Pakistan/);
    const block = doc.querySelector('.rescue-nocount-block')!;
    expect(block.getAttribute('aria-label')).toBe('Embassy asked for help, no count reported: Bangladesh, India, Mongolia, Nepal, Pakistan');
  });

  it('gives every figure its date and source on the chart', () => {
    expect(texts.some((t) => t.includes('Aug. 25 · VOI'))).toBe(true);
    expect(texts.some((t) => t.includes('2022 / April 12 · CNA'))).toBe(true);
    expect(texts).toContain('All dates 2022');
  });

  it('makes every dot focusable with a full accessible name', () => {
    for (const d of dots) {
      expect(d.getAttribute('tabindex')).toBe('0');
      expect(d.getAttribute('role')).toBe('img');
      expect(d.getAttribute('aria-label')).toMatch(/^[A-Z].*: .*, as of (?:[A-Z][a-z]+\.? )?(?:\d{1,2}, )?\d{4}\..* Source: .+\.$/);
      expect(d.getAttribute('data-tip-detail')).toContain('Source: ');
    }
  });

  it('groups each nationality with its rank in both orders, for client-side sorting', () => {
    const rows = Array.from(doc.querySelectorAll('g.rescue-row'));
    expect(rows.map((r) => r.getAttribute('data-country'))).toEqual(['TH', 'VN', 'ID', 'TW', 'MY', 'CN', 'HK', 'PH']);
    expect(rows.map((r) => Number(r.getAttribute('data-rank-name')))).toEqual([6, 7, 2, 5, 3, 0, 1, 4]);
    let top = Number(rows[0]!.getAttribute('data-top'));
    for (const r of rows) {
      expect(Number(r.getAttribute('data-top'))).toBe(top);
      top += Number(r.getAttribute('data-height'));
    }
  });

  it('has no inline styles for the CSP, and no text under 12px', () => {
    expect(svg).not.toMatch(/<style|style="/);
    const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });

  it('names the chart and points at its text alternative', () => {
    const root = doc.querySelector('svg')!;
    expect(root.getAttribute('role')).toBe('group');
    expect(root.getAttribute('aria-describedby')).toBe('alt');
  });
});

describe('rescueFigureLabel and rescueFigureDetail', () => {
  const vn = rescueRows(rescueData).groups.find((g) => g.country.code === 'VN')!;
  const kandal = vn.lines[2]!;

  it('rescueFigureLabel() says who, how many, what, when, the other reports and the source', () => {
    expect(rescueFigureLabel(kandal.figures[1]!, kandal)).toBe(
      'Vietnam: 40 escaped, as of Aug. 18, 2022. Other reports give more than 40. An earlier figure. Source: VnExpress.',
    );
  });

  it('rescueFigureDetail() lists the breakdown and the disagreement, never a sum', () => {
    expect(rescueFigureDetail(kandal.figures[1]!, kandal)).toEqual([
      'As of Aug. 18, 2022 (an earlier figure)',
      'escaped',
      'In the source’s words: “40 escaped”',
      'Other reports: more than 40 (VOA Khmer)',
      'Of these: 35, men among the 40',
      'Of 42 who tried.',
      'Source: VnExpress (Aug. 19, 2022)',
    ]);
  });
});
