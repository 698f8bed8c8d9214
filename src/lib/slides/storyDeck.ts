import type { ParsedStory, StoryBlock, StoryStep } from '../story/parseStory';
import { escapeHtml } from '../story/renderInline';
import type { Slide } from './slide';

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
 * title, kicker and dek from its frontmatter. Pure.
 */
export function storyDeck(story: ParsedStory, meta: StoryDeckMeta): Slide[] {
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
      slides.push({
        n: slides.length + 1,
        slug: groups.length === 1 ? section.id : `${section.id}-${k + 1}`,
        title: step!.slide ?? section.title,
        bodyHtml: `<p>${stripFootnotes(lead)}</p>`,
        ...(chart ? { chart } : {}),
        notesHtml: notes,
        // A step that cites nothing is told from the story's lead report (its first-cited source).
        sources: sources.length > 0 ? sources : story.footnotes.slice(0, 1),
      });
    });
  }
  return slides;
}

/**
 * The chart a step's slide shows. The nationality chart in state `all` draws every nationality's rows, too
 * tall for a 16:9 slide with labels at 16 px, so that step's slide goes without it (its words, that the
 * counts are never added, stand alone). In `country:<CODE>` and `kind:<kind>` states the slide draws only the
 * rows its state is about (slideRescueData), which fit.
 */
function slideChart(step: StoryStep): Slide['chart'] {
  if (step.chart === 'rescues-by-nationality' && step.state === 'all') return undefined;
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
