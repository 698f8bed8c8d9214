import { describe, expect, it } from 'vitest';
import { loadStoryData } from '../../../../src/data/loadStoryData';
import { rescueTableRows } from '../../../../src/lib/charts/rescues-by-nationality/table';
import { CHART_IDS, CHARTS, chartById, isChartId } from '../../../../src/lib/charts/registry';

const data = loadStoryData();

describe('chart registry', () => {
  it('lists each chart id once, in CHART_IDS order, with its own page', () => {
    expect(CHARTS.map((c) => c.id)).toEqual([...CHART_IDS]);
    for (const c of CHARTS) expect(c.path).toBe(`/charts/${c.id}/`);
    expect(isChartId('crackdown-timeline')).toBe(true);
    expect(isChartId('../etc/passwd')).toBe(false);
  });

  it('every chart has words, sources and a facts line for the real data', () => {
    for (const c of CHARTS) {
      expect(c.title.length, c.id).toBeGreaterThan(5);
      expect(c.alt(data).length, c.id).toBeGreaterThan(40);
      expect(c.subtitle(data).length, c.id).toBeGreaterThan(40);
      expect(c.sources(data).length, c.id).toBeGreaterThan(2);
      expect(new Set(c.sources(data).map((s) => s.id)).size).toBe(c.sources(data).length);
      expect(c.facts(data).text).toMatch(/^\d+ \w+ · /);
    }
  });

  it('counts the rescue chart’s figures as drawn: one per table row that is not a breakdown', () => {
    const facts = chartById('rescues-by-nationality').facts(data);
    const rows = rescueTableRows(data);
    expect(facts['figures']).toBe(rows.filter((r) => !r.part).length);
    expect(facts['nationalities']).toBe(new Set(rows.map((r) => r.nationality)).size);
    expect(facts.text).toBe(`${facts['figures']} figures · ${facts['nationalities']} nationalities`);
  });

  it('states.parse never throws and falls back to the default', () => {
    for (const c of CHARTS) {
      for (const v of [undefined, null, 42, {}, '', 'origin:tw', 'kind:<b>', 'event:../x']) expect(c.states.parse(v), `${c.id} ${String(v)}`).toBe(c.states.default);
    }
  });
});
