/** The real story data: it loads, and it holds every figure, date, place, person and quote of the VOA article. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStoryDataFrom } from '../../src/data/loadStoryData';
import { formatCount } from '../../src/lib/format/formatCount';

const data = loadStoryDataFrom(resolve('data'));
const VOA = 'voa-2022-08';
const sourcesDir = resolve('..', 'shared', 'sources');
const haveSources = existsSync(join(sourcesDir, 'reported-facts.md'));
const read = (f: string): string => readFileSync(join(sourcesDir, f), 'utf8');

describe('story data', () => {
  it('loads and passes every cross-check', () => {
    expect(data.sources.length).toBeGreaterThan(30);
    expect(data.counts.length).toBeGreaterThan(60);
    expect(data.sourceById.get(VOA)?.primary).toBe(true);
  });

  it('holds every figure of the VOA article with its qualifier, citing VOA', () => {
    const expected: [string, string][] = [
      ['tw-held-captive-voa', 'more than 300'],
      ['id-repatriated-aug-23', '241'],
      ['id-prevented-aug-23', '214'],
      ['ph-held-long-bay', '4'],
      ['vn-escaped-binh-di-voa', 'more than 40'],
      ['hk-held', '10'],
      ['embassies-requested-help', 'at least 9'],
      ['kh-rescued-2022-voa', 'about 900'],
      ['kh-arrested-foreign-voa', 'more than 60'],
    ];
    for (const [id, words] of expected) {
      const c = data.countById.get(id);
      expect(c, id).toBeDefined();
      expect(formatCount(c!), id).toBe(words);
      expect(c!.sources, id).toContain(VOA);
    }
  });

  it('holds every dated event of the VOA article', () => {
    const expected: [string, string][] = [
      ['online-gambling-ban-2019', '2019-08-18'],
      ['indonesia-asean-request', '2022-08'],
      ['binh-di-river-escape', '2022-08-18'],
      ['sar-kheng-aug-22-announcement', '2022-08-22'],
      ['indonesia-repatriations-announced', '2022-08-23'],
      ['sar-kheng-aug-26-statement', '2022-08-26'],
      ['tip-2022-tier-3', '2022-07-19'],
      ['un-rapporteur-first-visit', '2022-08-26'],
      ['chou-bun-eng-arrests', '2022-08-26'],
    ];
    for (const [id, date] of expected) {
      expect(data.eventById.get(id)?.date, id).toBe(date);
      expect(data.eventById.get(id)?.sources, id).toContain(VOA);
    }
  });

  it('names the nine embassies that asked for help, and no others', () => {
    const codes = data.countries.filter((c) => c.roles.includes('embassy-asked-for-help')).map((c) => c.code).sort();
    expect(codes).toEqual(['BD', 'ID', 'IN', 'MN', 'MY', 'NP', 'PH', 'PK', 'TH']);
  });

  it('names every person of the VOA article', () => {
    const named = [...data.quotes.map((q) => q.speaker), ...data.events.flatMap((e) => e.people)].join(' | ');
    for (const person of ['Jason Tower', 'Hun Sen', 'Chou Bun Eng', 'Sar Kheng', 'Saifuddin Abdullah', 'Prak Sokhonn', 'Chum Sounry', 'Vitit Muntarbhorn', 'Am Sam Ath', 'Pech Pisey']) {
      expect(named, person).toContain(person);
    }
  });

  it('keeps both records where sources disagree, linked both ways', () => {
    const pairs: [string, string][] = [
      ['kh-rescued-2022-voa', 'kh-rescued-jan-aug'],
      ['kh-arrested-foreign-voa', 'kh-sent-to-court-jan-aug'],
      ['kh-rescued-ten-month', 'kh-rescued-jan-aug'],
      ['vn-escaped-binh-di-voa', 'vn-escaped-binh-di'],
      ['vn-escaped-bavet', 'vn-escaped-bavet-dantri'],
      ['th-rescued-since-oct-2021', 'th-rescued-other-reports'],
      ['id-repatriated-aug-23', 'id-repatriated-aug-25'],
      ['id-prevented-aug-23', 'id-prevented-aug-25'],
    ];
    for (const [a, b] of pairs) {
      expect(data.countById.get(a)?.disagreesWith, a).toContain(b);
      expect(data.countById.get(b)?.disagreesWith, b).toContain(a);
    }
    for (const id of ['binh-di-river-escape', 'indonesia-repatriations-announced', 'sar-kheng-aug-26-statement', 'chou-bun-eng-arrests', 'bavet-casino-escape', 'interior-ministry-ten-month-figure', 'ohchr-scam-report']) {
      expect(data.eventById.get(id)?.disagreement, id).toBeTruthy();
    }
  });

  it('types no number into an event description that is not one of its figures', () => {
    const dates = /\bTier \d\b|\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)( \d{4})?|\b(19|20)\d{2}\b/g;
    for (const e of data.events) {
      const values = new Set(e.figures.map((id) => data.countById.get(id)!.value));
      for (const m of e.description.replace(dates, '').matchAll(/\d[\d,]*/g)) {
        expect(values.has(Number(m[0].replace(/,/g, ''))), `${e.id}: "${m[0]}"`).toBe(true);
      }
    }
  });

  it('calls each figure what its source calls it (issue #11)', () => {
    const kinds: [string, string][] = [
      ['kh-found-sihanoukville-two-raids', 'found in raids'],
      ['kh-found-jing-chhay', 'found in raids'],
      ['kh-ncct-sihanoukville-found', 'found in raids'],
      ['kh-found-bei-commune', 'found in raids'],
      ['kh-removed-sihanoukville-four-sites', 'removed in raids'],
      ['raid-sep-detained-total', 'detained in raids'],
      ['tw-found-aug-18', 'found by checks'],
      ['tw-stuck-aug-18', 'still stuck'],
      ['hk-held', 'believed held'],
      ['tw-held-captive-voa', 'held captive'],
    ];
    for (const [id, kind] of kinds) expect(data.countById.get(id)?.kind, id).toBe(kind);
    // Only the UCA News raid is "detained".
    expect(data.counts.filter((c) => c.kind === 'detained in raids').every((c) => c.sources.includes('ucanews-71866'))).toBe(true);
    // Links the sources do not state are gone or marked as the site's inference.
    expect(data.countById.get('kh-found-jing-chhay')?.partOf).toBeUndefined();
    expect(data.countById.get('kh-removed-sihanoukville-four-sites')?.reportedBy).toBeUndefined();
    expect(data.countById.get('vn-body-found-binh-di')?.place).toBeUndefined();
    for (const c of data.counts.filter((c) => c.partOf && c.inference)) expect(c.inference, c.id).toMatch(/site infers/);
  });

  it('places without a sourced position say they are approximate', () => {
    for (const p of data.places.filter((p) => p.precision === 'approximate')) expect(p.note, p.id).toMatch(/approximate/);
  });
});

describe.skipIf(!haveSources)('story data against the source files', () => {
  const voa = haveSources ? read('voa-global-pressure-mounts-on-cambodia-2022-08.txt') : '';
  const facts = haveSources ? read('reported-facts.md') : '';

  it('quotes are the published words exactly; the only change, a full stop for a comma, is marked "[.]"', () => {
    for (const q of data.quotes) {
      const text = q.sources.includes(VOA) ? voa : facts;
      expect(text, q.id).toContain(q.words.replace(/\[\.\]/g, ','));
    }
  });

  it('every count\'s sourceWording is in its sources\' words (quoted fragments joined by " … ")', () => {
    const normal = (s: string) => s.replace(/[“”]/g, '"').replace(/\s+/g, ' ');
    for (const c of data.counts) {
      const text = normal(c.sources.includes(VOA) ? `${voa}\n${facts}` : facts);
      for (const part of c.sourceWording.split(' … ')) expect(text, c.id).toContain(normal(part).replace(/^"|"$/g, ''));
    }
  });

  it('every VOA figure appears in the VOA text with its qualifier', () => {
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
    const lower = voa.toLowerCase();
    for (const c of data.counts.filter((c) => c.sources.includes(VOA))) {
      const n = c.value < 10 ? words[c.value]! : c.value.toLocaleString('en-US');
      const phrase = c.qualifier === 'exactly' ? n : `${c.qualifier} ${n}`;
      expect(lower, c.id).toContain(phrase);
    }
  });

  it('positions of places come from the source sheet, unless marked approximate', () => {
    const table = facts.slice(facts.indexOf('## Places'));
    for (const p of data.places.filter((p) => p.lat !== null && p.precision !== 'approximate')) {
      expect(table, p.id).toContain(`${p.lat!.toFixed(3)}, ${p.lon!.toFixed(3)}`);
    }
  });
});
