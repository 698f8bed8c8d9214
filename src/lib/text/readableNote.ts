import type { Count } from '../../data/schemas/count';
import { formatCount } from '../format/formatCount';

/**
 * A count's note for readers: record ids are for machines, so "(vn-tried-binh-di)" goes and a bare id becomes
 * the figure it names ("Part of vn-escaped-binh-di" → "Part of the 40").
 */
export function readableNote(note: string, countById: ReadonlyMap<string, Pick<Count, 'value' | 'qualifier'>>): string {
  return note
    .replace(/\s*\(([a-z0-9]+(?:-[a-z0-9]+)+)\)/g, (m, id: string) => (countById.has(id) ? '' : m))
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, (id) => {
      const c = countById.get(id);
      return c ? `the ${formatCount(c)}` : id;
    });
}
