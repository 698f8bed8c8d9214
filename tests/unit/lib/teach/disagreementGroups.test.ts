import { describe, expect, test } from 'vitest';
import { loadStoryData } from '../../../../src/data/loadStoryData';
import { disagreementGroups } from '../../../../src/lib/teach/disagreementGroups';

const data = loadStoryData();

describe('disagreement groups', () => {
  test('every count that disagrees is in exactly one group, with the counts it names', () => {
    const groups = disagreementGroups(data.counts);
    const ids = groups.flatMap((g) => g.counts.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(data.counts.filter((c) => c.disagreesWith.length > 0).map((c) => c.id).sort());
    for (const g of groups) for (const c of g.counts) for (const other of c.disagreesWith) expect(g.counts.map((x) => x.id)).toContain(other);
  });
  test('a chain of links is one group', () => {
    const base = data.counts[0]!;
    const mk = (id: string, d: string[]) => ({ ...base, id, disagreesWith: d });
    const groups = disagreementGroups([mk('a', ['b']), mk('b', ['a', 'c']), mk('c', ['b']), mk('d', [])]);
    expect(groups.map((g) => g.counts.map((c) => c.id))).toEqual([['a', 'b', 'c']]);
  });
});
