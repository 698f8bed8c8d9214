import type { Count } from '../../data/schemas/count';

/** Counts that report the same thing with different numbers, as one group (linked through `disagreesWith`). */
export interface DisagreementGroup {
  /** The counts, in the order they appear in counts.json. */
  counts: Count[];
  /** The nationality they count, or null for figures covering many nationalities. */
  country: string | null;
}

/**
 * Groups the counts that disagree with one another: each group is a connected set of `disagreesWith` links
 * (three reports of one escape form one group). Counts with no disagreement are left out. Pure.
 */
export function disagreementGroups(counts: readonly Count[]): DisagreementGroup[] {
  const byId = new Map(counts.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const groups: DisagreementGroup[] = [];
  for (const start of counts) {
    if (seen.has(start.id) || start.disagreesWith.length === 0) continue;
    const ids = new Set<string>();
    const queue = [start.id];
    while (queue.length > 0) {
      const id = queue.pop()!;
      if (ids.has(id)) continue;
      ids.add(id);
      for (const next of byId.get(id)?.disagreesWith ?? []) if (byId.has(next)) queue.push(next);
    }
    for (const id of ids) seen.add(id);
    groups.push({ counts: counts.filter((c) => ids.has(c.id)), country: start.country });
  }
  return groups;
}
