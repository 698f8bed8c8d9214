import type { ChartId } from '../charts/registry';

/**
 * One slide of the presentation, as the deck engine (/present/) needs it. Whatever the content comes from
 * (the story's content file, through an adapter), it is reduced to this: the engine knows nothing else.
 */
export interface Slide {
  /** 1-based position; the address is `#slide-<n>`. */
  n: number;
  /** Stable address of the slide, e.g. `taiwan-held`; `#<slug>` also opens it. */
  slug: string;
  /** The slide's one idea, as a headline. */
  title: string;
  /** A short kicker above the title (a date, a section). */
  kicker?: string;
  /** The body as HTML, numbers already rendered from the data. */
  bodyHtml: string;
  /**
   * The chart on the slide and the named state it is drawn in. A chart too tall for one slide is shown in
   * parts on consecutive slides (`part`: this slide's, counted from 1, of how many), each a slide of its own.
   */
  chart?: { id: ChartId; state: string; part?: { n: number; of: number } };
  /** Talking points for the speaker, as HTML, numbers rendered from the data. */
  notesHtml: string[];
  /** The sources behind the slide's text and figures (ids in sources.json). */
  sources: string[];
}
