import type { Count } from '../../data/schemas/count';
import type { Event } from '../../data/schemas/event';
import { formatEventDate } from '../format/formatDate';
import { formatCount } from '../format/formatCount';

const REF = /\{(count|date):([a-z0-9-]+)\}/g;

/** The records a text's references point into (the loader's StoryData fits). */
export interface RefData {
  countById: ReadonlyMap<string, Count>;
  eventById: ReadonlyMap<string, Event>;
}

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Text with data references as HTML, so the words cannot drift from the data: `{count:<id>}` becomes the
 * figure from counts.json with its qualifier ("more than 300"), `{date:<event-id>}` the event's date in the
 * house style ("Aug. 18, 2022"). `*emphasis*` becomes <em>. Throws naming the reference when it is unknown,
 * so the build fails.
 */
export function renderDataRefs(text: string, data: RefData, where = 'text'): string {
  return escapeHtml(text)
    .replace(REF, (_, type: string, id: string) => {
      if (type === 'date') {
        const event = data.eventById.get(id);
        if (!event) throw new Error(`${where}: unknown event "{date:${id}}" (not in data/events.json)`);
        return formatEventDate(event).text;
      }
      const count = data.countById.get(id);
      if (!count) throw new Error(`${where}: unknown count "{count:${id}}" (not in data/counts.json)`);
      return `<span class="story-figure" data-count="${count.id}">${formatCount(count)}</span>`;
    })
    .replace(/\*([^*]+)\*/g, '<em>$1</em>');
}

/** Text with its references rendered and no markup: for titles and attributes. */
export function renderDataRefsPlain(text: string, data: RefData, where = 'text'): string {
  return renderDataRefs(text, data, where).replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The ids of every `{count:<id>}` reference in `text`. */
export function countRefs(text: string): string[] {
  return [...text.matchAll(REF)].filter((m) => m[1] === 'count').map((m) => m[2]!);
}

/** The ids of every `{date:<event-id>}` reference in `text`. */
export function dateRefs(text: string): string[] {
  return [...text.matchAll(REF)].filter((m) => m[1] === 'date').map((m) => m[2]!);
}
