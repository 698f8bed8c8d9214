/**
 * One line of story text to HTML: a small Markdown subset (`*em*`, `**strong**`, `[text](/path)`) and the
 * references that keep numbers, dates, names and quotes tied to the data:
 *
 *   {count:tw-held-captive-voa}   "more than 300", with a footnote to its sources
 *   {quote:vitit-specialized}     the quoted words exactly as recorded, in quotation marks, with a footnote
 *   {date:binh-di-river-escape}   an event's date in the house style ("Aug. 18, 2022")
 *   {source:voa-2022-08}          a source's publisher, with a footnote
 *   {scam:pig-butchering}         a kind of scam's name as recorded
 *
 * An unknown kind or id throws (the caller adds the file and line). Everything else is escaped.
 */
import type { StoryData } from '../../data/loadStoryData';
import { formatCount } from '../format/formatCount';
import { formatEventDate } from '../format/formatDate';

export type InlineData = Pick<StoryData, 'countById' | 'quoteById' | 'eventById' | 'sourceById' | 'scamById'>;

/** Numbers sources in the order the text first cites them; the sources list uses the same numbers. */
export class Footnotes {
  readonly order: string[] = [];
  /** The footnote number of a source, given on first use. */
  number(sourceId: string): number {
    let i = this.order.indexOf(sourceId);
    if (i < 0) i = this.order.push(sourceId) - 1;
    return i + 1;
  }
}

const REF = /\{([a-z]+):([a-z0-9-]+)\}/g;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Footnote markers for a record's sources: `<sup>` with one link per source to its entry in the list. */
export function footnoteMarks(sourceIds: readonly string[], data: InlineData, notes: Footnotes): string {
  const links = sourceIds.map((id) => {
    const source = data.sourceById.get(id);
    if (!source) throw new Error(`unknown source id "${id}"`);
    const n = notes.number(id);
    return `<a href="#source-${escapeHtml(id)}" aria-label="Source ${n}: ${escapeHtml(source.publisher)}">${n}</a>`;
  });
  return `<sup class="fn">${links.join('<span aria-hidden="true">,</span>')}</sup>`;
}

function reference(kind: string, id: string, data: InlineData, notes: Footnotes): string {
  switch (kind) {
    case 'count': {
      const c = data.countById.get(id);
      if (!c) throw new Error(`unknown count id "${id}" in {count:${id}}`);
      return `<span class="ref-count" data-count="${escapeHtml(id)}">${escapeHtml(formatCount(c))}</span>${footnoteMarks(c.sources, data, notes)}`;
    }
    case 'quote': {
      const q = data.quoteById.get(id);
      if (!q) throw new Error(`unknown quote id "${id}" in {quote:${id}}`);
      return `<q class="ref-quote" data-quote="${escapeHtml(id)}">${escapeHtml(q.words)}</q>${footnoteMarks(q.sources, data, notes)}`;
    }
    case 'date': {
      const e = data.eventById.get(id);
      if (!e) throw new Error(`unknown event id "${id}" in {date:${id}}`);
      const d = formatEventDate(e);
      return `<time datetime="${escapeHtml(d.start.datetime)}">${escapeHtml(d.text)}</time>`;
    }
    case 'source': {
      const s = data.sourceById.get(id);
      if (!s) throw new Error(`unknown source id "${id}" in {source:${id}}`);
      return `${escapeHtml(s.publisher)}${footnoteMarks([id], data, notes)}`;
    }
    case 'scam': {
      const s = data.scamById.get(id);
      if (!s) throw new Error(`unknown scam id "${id}" in {scam:${id}}`);
      return `${escapeHtml(s.name)}${footnoteMarks(s.sources, data, notes)}`;
    }
    default:
      throw new Error(`unknown reference kind "${kind}" in {${kind}:${id}} (count, quote, date, source, scam)`);
  }
}

function markdown(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\*([^*]+)\*/g, '<em>$1</em>')
    .replace(/\[([^\]]+)\]\(((?:\/|#)[^)\s]*)\)/g, '<a href="$2">$1</a>');
}

/** A line of text with its references rendered; throws on an unknown reference or a stray brace. */
export function renderInline(text: string, data: InlineData, notes: Footnotes): string {
  const refs: string[] = [];
  const held = text.replace(REF, (_, kind: string, id: string) => {
    refs.push(reference(kind, id, data, notes));
    return `\u0000${refs.length - 1}\u0000`;
  });
  const stray = held.search(/[{}]/);
  if (stray >= 0) throw new Error(`malformed reference near "${held.slice(Math.max(0, stray - 10), stray + 30)}": write {kind:id}`);
  return markdown(held).replace(/\u0000(\d+)\u0000/g, (_, i: string) => refs[Number(i)]!);
}

/** The words of a line as a reader sees them (for the reading time). */
export function plainWords(text: string): number {
  return text.replace(REF, 'x').split(/\s+/).filter(Boolean).length;
}
