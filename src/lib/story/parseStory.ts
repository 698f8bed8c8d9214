/**
 * The story's content file (src/content/story/story.md) read into sections, steps and blocks of HTML.
 *
 * The body is Markdown with three additions, so an editor changes words, not code:
 *
 *   ## Escapes and rescues {#rescues}        a section, with its id for the table of contents
 *
 *   :::step                                   a scrolling step: the graphic named here, in the state named
 *   chart: trafficking-routes                 here, stays beside the step's text while it is read
 *   state: river-escape
 *   slide: An escape across the river       optional: the step's title on /present/ (else the section's)
 *   join: previous                          optional: on /present/, this step's text joins the slide of the
 *                                           step before it (two steps, one idea); same section and chart, no
 *                                           slide: title of its own. `previous` is the only value.
 *
 *   Text of the step, with {count:vn-escaped-binh-di-voa} and other references (see renderInline.ts).
 *   :::
 *
 *   {quote:tower-regional-crisis}             alone on a line: a pull quote, attributed from the data
 *   {sources}                                 alone on a line: the numbered list of sources
 *
 * Paragraphs are separated by blank lines; lines starting "- " are a list. Anything the parser does not
 * understand, and any reference to an unknown record, chart or state, throws a StoryContentError naming
 * the file and line.
 */
import type { StoryData } from '../../data/loadStoryData';
import type { ChartId } from '../charts/registry';
import { Footnotes, escapeHtml, footnoteMarks, plainWords, renderInline } from './renderInline';
import { StoryContentError } from './storyError';
import { isChartId, stepStateProblem } from './stepStates';

export type StoryParseData = Pick<
  StoryData,
  'countById' | 'quoteById' | 'eventById' | 'sourceById' | 'scamById' | 'routes' | 'counts'
>;

export type StoryBlock =
  | { type: 'p'; html: string }
  | { type: 'list'; items: string[] }
  | { type: 'quote'; id: string; words: string; attribution: string; html: string }
  | { type: 'sources' };

export interface StoryStep {
  /** Unique id, `step-<n>` in reading order (1-based). */
  id: string;
  /** 1-based position among all steps. */
  index: number;
  chart: ChartId;
  state: string;
  /** Title of the step's slide on /present/ (optional `slide:` field); the section heading when absent. */
  slide?: string;
  /** `previous` (optional `join:` field): on /present/ this step shares the previous step's slide. */
  join?: 'previous';
  /** Line of the `:::step` in the file. */
  line: number;
  blocks: StoryBlock[];
}

export interface StorySection {
  id: string;
  title: string;
  line: number;
  /** Blocks and steps in reading order. */
  items: Array<StoryBlock | { type: 'step'; step: StoryStep }>;
}

export interface ParsedStory {
  sections: StorySection[];
  steps: StoryStep[];
  /** Source ids in the order they are first cited: footnote n is `footnotes[n - 1]`. */
  footnotes: string[];
  /** Words a reader reads, for the reading time. */
  words: number;
}

const SECTION = /^##\s+(.+?)\s+\{#([a-z0-9-]+)\}\s*$/;
const LONE_REF = /^\{(quote|sources)(?::([a-z0-9-]+))?\}$/;

/**
 * Parses the body of the content file. `firstLine` is the file line the body starts on (after the
 * frontmatter), so errors point at the line an editor sees.
 */
export function parseStory(body: string, data: StoryParseData, file: string, firstLine = 1): ParsedStory {
  const lines = body.split(/\r?\n/);
  const notes = new Footnotes();
  const sections: StorySection[] = [];
  const steps: StoryStep[] = [];
  const ids = new Set<string>();
  let words = 0;
  let section: StorySection | null = null;
  let step: StoryStep | null = null;
  let para: { text: string[]; line: number } | null = null;
  let list: { items: string[]; line: number } | null = null;

  const fail = (line: number, problem: string): never => {
    throw new StoryContentError(file, line, problem);
  };
  const inline = (text: string, line: number): string => {
    try {
      words += plainWords(text);
      return renderInline(text, data, notes);
    } catch (e) {
      return fail(line, (e as Error).message);
    }
  };
  const push = (block: StoryBlock, line: number) => {
    if (step) step.blocks.push(block);
    else if (section) section.items.push(block);
    else fail(line, 'text before the first section: start the body with "## Title {#id}"');
  };
  const flush = () => {
    if (para) push({ type: 'p', html: inline(para.text.join(' '), para.line) }, para.line);
    if (list) push({ type: 'list', items: list.items.map((t) => inline(t, list!.line)) }, list.line);
    para = null;
    list = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const text = raw.trim();
    const line = firstLine + i;
    if (text === '') {
      flush();
      continue;
    }
    const sectionMatch = SECTION.exec(text);
    if (sectionMatch) {
      flush();
      if (step) fail(line, `section starts inside the step opened on line ${step.line}: close it with ":::"`);
      const [, title, id] = sectionMatch as unknown as [string, string, string];
      if (ids.has(id)) fail(line, `section id "${id}" is used twice`);
      ids.add(id);
      section = { id, title, line, items: [] };
      sections.push(section);
      continue;
    }
    if (text.startsWith('#')) fail(line, 'a heading must be "## Title {#id}" (sections only; no other heading levels)');
    if (text === ':::step') {
      flush();
      if (step) fail(line, `step opened inside the step opened on line ${step.line}`);
      if (!section) fail(line, 'step before the first section');
      const props: Record<string, string> = {};
      let joinLine = 0;
      while (i + 1 < lines.length && /^[a-z]+:(\s|$)/.test(lines[i + 1]!.trim())) {
        i++;
        const [, key, value] = /^([a-z]+):\s*(.*)$/.exec(lines[i]!.trim())!;
        if (key !== 'chart' && key !== 'state' && key !== 'slide' && key !== 'join') fail(firstLine + i, `unknown step field "${key}" (chart, state, slide, join)`);
        if (key === 'slide' && value!.trim() === '') fail(firstLine + i, '"slide:" without a title: give the slide a title or leave the field out');
        if (key === 'join' && value!.trim() !== 'previous') fail(firstLine + i, `unknown join "${value!.trim()}" (previous): "join: previous" puts this step on the previous step's slide`);
        if (key === 'join') joinLine = firstLine + i;
        props[key!] = value!.trim();
      }
      const chart = props['chart'];
      const state = props['state'];
      if (!chart) fail(line, 'step without "chart:"');
      if (!isChartId(chart!)) fail(line, `unknown chart "${chart}" (trafficking-routes, rescues-by-nationality, crackdown-timeline)`);
      if (!state) fail(line, 'step without "state:"');
      const problem = stepStateProblem(chart as ChartId, state!, data);
      if (problem) fail(line, problem);
      if (props['join']) {
        const before = section!.items.findLast((it) => it.type === 'step');
        if (!before || before.type !== 'step') fail(joinLine, '"join: previous" on the first step of its section: a slide stays within one section');
        else if (before.step.chart !== chart) fail(joinLine, `"join: previous" needs the chart of the previous step (${before.step.chart}): a slide shows one chart`);
        if (props['slide']) fail(joinLine, '"join: previous" with a "slide:" title: the joined slide keeps the previous step\'s title');
      }
      step = { id: `step-${steps.length + 1}`, index: steps.length + 1, chart: chart as ChartId, state: state!, ...(props['slide'] ? { slide: props['slide'] } : {}), ...(props['join'] ? { join: 'previous' as const } : {}), line, blocks: [] };
      continue;
    }
    if (text === ':::') {
      flush();
      if (!step) fail(line, '":::" without an open step');
      if (step!.blocks.length === 0) fail(step!.line, 'step without text');
      steps.push(step!);
      section!.items.push({ type: 'step', step: step! });
      step = null;
      continue;
    }
    const lone = LONE_REF.exec(text);
    if (lone) {
      flush();
      if (lone[1] === 'sources') {
        push({ type: 'sources' }, line);
        continue;
      }
      const q = data.quoteById.get(lone[2] ?? '');
      if (!q) fail(line, `unknown quote id "${lone[2]}" in {quote:${lone[2]}}`);
      words += plainWords(q!.words);
      const attribution = `${q!.speaker}, ${q!.role}`;
      let marks = '';
      try {
        marks = footnoteMarks(q!.sources, data, notes);
      } catch (e) {
        fail(line, (e as Error).message);
      }
      push({ type: 'quote', id: q!.id, words: q!.words, attribution, html: `${escapeHtml(q!.words)}` + marks }, line);
      continue;
    }
    if (text.startsWith('- ')) {
      if (para) flush();
      list ??= { items: [], line };
      list.items.push(text.slice(2));
      continue;
    }
    if (list) flush();
    para ??= { text: [], line };
    para.text.push(text);
  }
  flush();
  if (step) fail((step as StoryStep).line, 'step not closed: end it with ":::"');
  if (sections.length === 0) fail(firstLine, 'no sections');
  return { sections, steps, footnotes: notes.order, words };
}
