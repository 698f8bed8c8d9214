import type { ChartId } from '../charts/registry';

/**
 * A slide as written: plain text with `{count:<id>}` references for every number, the chart and its named
 * state, talking points and sources. `buildDeck` turns these into `Slide`s. The story's content file is
 * adapted to this shape (see storyDeck.ts); nothing else in the deck engine knows where slides come from.
 */
export interface DeckSourceSlide {
  slug: string;
  kicker?: string;
  title: string;
  /** Paragraphs separated by a blank line; `{count:<id>}` for numbers, `*word*` for emphasis. */
  body: string;
  /** A quote from quotes.json, shown under the body with its speaker. */
  quote?: string;
  chart?: { id: ChartId; state: string };
  /** Talking points, same syntax as the body. */
  notes: string[];
  /** Source ids behind the words of the slide; the sources of every referenced count are added. */
  sources: string[];
}
