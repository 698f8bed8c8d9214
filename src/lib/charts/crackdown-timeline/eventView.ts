import type { Count } from '../../../data/schemas/count';
import type { Event, EventCategory } from '../../../data/schemas/event';
import type { Source } from '../../../data/schemas/source';
import { categoryLabel } from '../../labels/eventCategories';
import { formatCount } from '../../format/formatCount';
import { formatEventDate, type FormattedEventDate } from '../../format/formatDate';
import { readableNote } from '../../text/readableNote';

/** One figure of an event as the list shows it: the number with its qualifier, and what it counts. */
export interface TimelineFigureView {
  id: string;
  /** "about 700", "more than 40", "865". */
  value: string;
  /** What is counted, as the data labels it. */
  label: string;
  /** Caveat, e.g. "part of the 236, not in addition to them". */
  note?: string;
}

/** Everything the event list shows for one event, resolved from ids to text. */
export interface TimelineEventView {
  id: string;
  category: EventCategory;
  categoryLabel: string;
  date: FormattedEventDate;
  dateInferred: boolean;
  title: string;
  description: string;
  figures: TimelineFigureView[];
  disagreement?: string;
  sources: Array<Pick<Source, 'id' | 'publisher' | 'title'>>;
}

/** Lookups the view needs; the loader's StoryData provides both. */
export interface TimelineLookups {
  countById: ReadonlyMap<string, Count>;
  sourceById: ReadonlyMap<string, Source>;
}

/**
 * Resolves an event's figures and sources for display. Throws on an unknown id: a figure or source that
 * cannot be shown must stop the build, not vanish from the page.
 */
export function timelineEventView(event: Event, lookups: TimelineLookups): TimelineEventView {
  const figures = event.figures.map((id): TimelineFigureView => {
    const count = lookups.countById.get(id);
    if (!count) throw new Error(`event ${event.id}: unknown figure ${id}`);
    const note = count.note ? readableNote(count.note, lookups.countById) : '';
    return { id, value: formatCount(count), label: count.label, ...(note ? { note } : {}) };
  });
  collapseSharedNotes(figures);
  const sources = event.sources.map((id) => {
    const source = lookups.sourceById.get(id);
    if (!source) throw new Error(`event ${event.id}: unknown source ${id}`);
    return { id, publisher: source.publisher, title: source.title };
  });
  return {
    id: event.id,
    category: event.category,
    categoryLabel: categoryLabel(event.category),
    date: formatEventDate(event),
    dateInferred: event.dateInferred,
    title: event.title,
    description: event.description,
    figures,
    ...(event.disagreement ? { disagreement: event.disagreement } : {}),
    sources,
  };
}

/**
 * Where several figures in a row carry the same note (the nationalities detained in one raid), the note is
 * said once, under the last of them, rather than repeated on every line.
 */
export function collapseSharedNotes(figures: TimelineFigureView[]): void {
  for (let start = 0; start < figures.length; ) {
    const note = figures[start]!.note;
    let end = start + 1;
    while (note && end < figures.length && figures[end]!.note === note) end++;
    if (note && end - start > 1) {
      for (let i = start; i < end - 1; i++) delete figures[i]!.note;
      figures[end - 1]!.note = `These ${end - start} figures: ${note}`;
    }
    start = end;
  }
}
