import type { Count } from '../data/schemas/count';
import type { Event, EventCategory } from '../data/schemas/event';
import type { Source } from '../data/schemas/source';
import { categoryLabel } from './eventCategories';
import { formatCount } from './formatCount';
import { formatEventDate, type FormattedEventDate } from './formatEventDate';

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
    return { id, value: formatCount(count), label: count.label, ...(count.note ? { note: count.note } : {}) };
  });
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
