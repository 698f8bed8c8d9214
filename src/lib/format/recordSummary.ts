import { formatCount } from './formatCount';
import type { DatasetName } from '../../data/datasets';
import type { StoryData } from '../../data/loadStoryData';

/** One line that tells a reader what a record is, for the record lists on /data/. */
export function recordSummary(data: StoryData, dataset: DatasetName, record: unknown): string {
  const r = record as Record<string, unknown>;
  switch (dataset) {
    case 'counts': {
      const c = data.countById.get(String(r['id']))!;
      return `${c.label}: ${formatCount(c)} ${c.kind} (as of ${c.asOf}); in the source’s words: “${c.sourceWording}”`;
    }
    case 'events':
      return `${String(r['date'])}: ${String(r['title'])}`;
    case 'sources':
      return `${String(r['publisher'])}, ${String(r['title'])}`;
    case 'countries':
    case 'places':
      return String(r['name']);
    case 'quotes':
      return `${String(r['speaker'])}: “${String(r['words'])}”`;
    case 'scams':
      return String(r['name']);
    case 'routes':
      return String(r['description']);
  }
}
