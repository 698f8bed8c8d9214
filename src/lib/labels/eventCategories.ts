import type { EventCategory } from '../../data/schemas/event';

/** The timeline's strands in legend order, each with its label. Colours come from `.cat-<category>` classes. */
export const EVENT_CATEGORIES: ReadonlyArray<{ id: EventCategory; label: string }> = [
  { id: 'policy-enforcement', label: 'Policy and enforcement' },
  { id: 'foreign-pressure', label: 'Foreign pressure' },
  { id: 'rescues-escapes', label: 'Rescues and escapes' },
  { id: 'reports-response', label: 'Reports and response' },
];

/** The reader-facing name of a category. */
export function categoryLabel(category: EventCategory): string {
  return EVENT_CATEGORIES.find((c) => c.id === category)?.label ?? category;
}
