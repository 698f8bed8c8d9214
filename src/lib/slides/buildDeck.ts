import type { StoryData } from '../../data/loadStoryData';
import type { DeckSourceSlide } from './deckSource';
import { countRefs, dateRefs, escapeHtml, renderDataRefs, renderDataRefsPlain } from './renderDataRefs';
import type { Slide } from './slide';

/**
 * Slides from their written form: numbers rendered from counts.json, quotes from quotes.json, sources checked
 * against sources.json (and completed with the sources of every figure shown). Throws on an unknown id or a
 * repeated slug, so a bad deck fails the build.
 */
export function buildDeck(items: readonly DeckSourceSlide[], data: StoryData): Slide[] {
  const slugs = new Set<string>();
  return items.map((item, i) => {
    const where = `slide ${i + 1} (${item.slug})`;
    if (slugs.has(item.slug)) throw new Error(`${where}: slug repeated`);
    if (/^slide-\d+$/.test(item.slug)) throw new Error(`${where}: a slug may not look like a slide number`);
    slugs.add(item.slug);
    const paragraphs = item.body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    let bodyHtml = paragraphs.map((p) => `<p>${renderDataRefs(p, data, where)}</p>`).join('');
    const sources = new Set(item.sources);
    if (item.quote) {
      const q = data.quoteById.get(item.quote);
      if (!q) throw new Error(`${where}: unknown quote "${item.quote}" (not in data/quotes.json)`);
      bodyHtml += `<blockquote class="slide-quote"><p>“${escapeHtml(q.words)}”</p><footer>${escapeHtml(q.speaker)}, ${escapeHtml(q.role)}</footer></blockquote>`;
      for (const s of q.sources) sources.add(s);
    }
    const texts = [item.title, item.kicker ?? '', item.body, ...item.notes];
    for (const id of texts.flatMap(countRefs)) for (const s of data.countById.get(id)?.sources ?? []) sources.add(s);
    for (const id of texts.flatMap(dateRefs)) for (const s of data.eventById.get(id)?.sources ?? []) sources.add(s);
    for (const s of sources) if (!data.sourceById.has(s)) throw new Error(`${where}: unknown source "${s}" (not in data/sources.json)`);
    return {
      n: i + 1,
      slug: item.slug,
      title: capitalise(renderDataRefsPlain(item.title, data, where)),
      ...(item.kicker ? { kicker: renderDataRefsPlain(item.kicker, data, where) } : {}),
      bodyHtml,
      ...(item.chart ? { chart: item.chart } : {}),
      notesHtml: item.notes.map((t) => renderDataRefs(t, data, `${where} notes`)),
      sources: [...sources],
    };
  });
}

/** A title that starts with a figure ("at least 9 embassies…") still starts with a capital. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
