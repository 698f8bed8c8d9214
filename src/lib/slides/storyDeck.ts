import type { ChartId } from '../charts/registry';
import type { ParsedStory, StoryBlock, StoryStep } from '../story/parseStory';
import { escapeHtml } from '../story/renderInline';
import type { Slide } from './slide';

/** What the deck needs to know of the charts: which ones a slide cannot hold whole. */
export interface StoryDeckOptions {
  /**
   * For a chart in a state too tall for one slide, what each of its parts shows, in words (e.g. the
   * nationalities of a part: "Thailand and Vietnam"): its step then has one slide per part. Undefined, or
   * fewer than two parts, for a chart that fits a slide.
   */
  chartParts?: (chart: { id: ChartId; state: string }) => readonly string[] | undefined;
}

/** The story's frontmatter the title slide shows. */
export interface StoryDeckMeta {
  kicker: string;
  headline: string;
  dek: string;
}

/**
 * The slides of /present/, made from the story's own content file (src/content/story/story.md, parsed by
 * parseStory): one slide per step, the chart in the step's named state; a step marked `join: previous` adds
 * its text to the notes of the slide before it (two steps of the story, one idea on a slide), which keeps the
 * first step's title, words and chart state. Nothing is written twice: the words
 * are the step's, already rendered by the story's reference renderer (renderInline), so every number comes
 * from counts.json with its qualifier.
 *
 * - Title: the step's optional `slide:` field, else its section's heading. No kicker: a kicker's line
 *   leaves the nationality chart too little height for 16 px labels at 1920x1080.
 * - Body: the first sentence of the step's first paragraph: a slide has room for one short idea at 28 px.
 * - Notes: the rest of the step's text (the rest of the first paragraph, the other paragraphs, quotes and
 *   lists), then the sources the step cites (the footnotes of its text).
 *
 * Footnote marks are dropped from the slide's HTML (their targets are the story's source list, not on this
 * page); the sources they point to are listed in the speaker notes instead. The first slide is the story's
 * title, kicker and dek from its frontmatter.
 *
 * A chart too tall for a slide (`chartParts`: the whole nationality chart) is shown in parts, one slide each,
 * one after another: every part has the step's title and sources, its own address (the first part the step's,
 * then `<slug>-part-<n>`), and notes that say which part it is and what it shows; the rest of the step's text
 * is in the first part's notes. Pure.
 */
export function storyDeck(story: ParsedStory, meta: StoryDeckMeta, { chartParts }: StoryDeckOptions = {}): Slide[] {
  const slides: Slide[] = [
    {
      n: 1,
      slug: 'title',
      kicker: meta.kicker,
      title: meta.headline,
      bodyHtml: `<p>${escapeHtml(meta.dek)}</p>`,
      notesHtml: ['Give the content note before you start: the story mentions beatings and sexual assault. Students may step out.'],
      sources: story.footnotes.slice(0, 1),
    },
  ];
  for (const section of story.sections) {
    const steps = section.items.flatMap((it) => (it.type === 'step' ? [it.step] : []));
    // Steps marked `join: previous` share the slide of the step before them: one idea, one slide.
    const groups: StoryStep[][] = [];
    for (const step of steps) {
      if (step.join === 'previous' && groups.length > 0) groups.at(-1)!.push(step);
      else groups.push([step]);
    }
    groups.forEach(([step, ...joined], k) => {
      const chart = slideChart(step!);
      const [first, ...rest] = paragraphs(step!.blocks);
      const [lead, more] = splitFirstSentence(first ?? '');
      const notes = [more, ...rest, ...joined.flatMap((j) => paragraphs(j.blocks))].filter(Boolean).map(stripFootnotes);
      const sources = [...new Set([step!, ...joined].flatMap((s) => citedSources(s.blocks)))];
      const slide: Slide = {
        n: slides.length + 1,
        slug: groups.length === 1 ? section.id : `${section.id}-${k + 1}`,
        title: step!.slide ?? section.title,
        bodyHtml: `<p>${stripFootnotes(lead)}</p>`,
        chart,
        notesHtml: notes,
        // A step that cites nothing is told from the story's lead report (its first-cited source).
        sources: sources.length > 0 ? sources : story.footnotes.slice(0, 1),
      };
      const parts = chartParts?.(chart) ?? [];
      if (parts.length < 2) {
        slides.push(slide);
        return;
      }
      parts.forEach((what, i) => {
        const part = `Part ${i + 1} of ${parts.length} of the chart: ${escapeHtml(what)}.`;
        slides.push({
          ...slide,
          n: slides.length + 1,
          slug: i === 0 ? slide.slug : `${slide.slug}-part-${i + 1}`,
          chart: { ...chart, part: { n: i + 1, of: parts.length } },
          notesHtml: i === 0 ? [part, ...notes] : [part],
        });
      });
    });
  }
  return slides;
}

/** The chart a step's slide shows: the step's, in the step's state. */
function slideChart(step: StoryStep): NonNullable<Slide['chart']> {
  return { id: step.chart, state: step.state };
}

/** The step's text as HTML paragraphs: paragraphs, quotes (with their speaker) and lists. */
function paragraphs(blocks: readonly StoryBlock[]): string[] {
  return blocks.flatMap((b) => {
    if (b.type === 'p') return [b.html];
    if (b.type === 'quote') return [`“${b.html}” (${b.attribution})`];
    if (b.type === 'list') return b.items;
    return [];
  });
}

/** Source ids the step's text cites, in order, from its footnote links. */
function citedSources(blocks: readonly StoryBlock[]): string[] {
  const html = blocks.map((b) => (b.type === 'list' ? b.items.join(' ') : b.type === 'sources' ? '' : b.html)).join(' ');
  return [...new Set([...html.matchAll(/href="#source-([a-z0-9-]+)"/g)].map((m) => m[1]!))];
}

/** HTML without the story's footnote marks. */
export function stripFootnotes(html: string): string {
  return html.replace(/<sup class="fn">.*?<\/sup>/g, '');
}

/**
 * Splits HTML after its first sentence: at ". ", "! " or "? " (after an optional closing quote) followed by a
 * capital, outside any tag or element, so "Aug. 18" and quoted sentences stay whole.
 */
export function splitFirstSentence(html: string): [string, string] {
  const end = /[.!?][”’"]?(?:<\/[a-z]+>)*\s+(?=[A-Z“])/g;
  for (const m of html.matchAll(end)) {
    const at = m.index! + m[0].length;
    const head = html.slice(0, at);
    const opened = (stripFootnotes(head).match(/<[a-z]/g) ?? []).length;
    const closed = (stripFootnotes(head).match(/<\//g) ?? []).length;
    if (opened === closed) return [head.trim(), html.slice(at).trim()];
  }
  return [html.trim(), ''];
}
