/**
 * Plot draws each mark as one `<g>`; the rescue chart needs one `<g class="rescue-row">` per nationality, with
 * its position and its rank in each order, so the client can re-sort rows without drawing again and the
 * keyboard follows the eye. This regroups Plot's elements by the `role:ref` tags marks.ts put in their
 * `<title>`s (keeping each mark's attributes), and gives dots and labels their data attributes.
 */
import { countKindClass, countKindLabel } from '../../labels/countKind';
import { formatCount } from '../../format/formatCount';
import { rescueFigureDetail, rescueFigureLabel } from './figureText';
import type { PlacedLine, RescueLayout } from './layout';
import { rescueLineKey, type RescueFigure } from './model';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface GroupMarksOptions {
  /** Each nationality's rank (by code) in each order. */
  ranks: { figure: ReadonlyMap<string, number>; name: ReadonlyMap<string, number> };
  /** The nationalities whose embassy asked for help and that have no count. */
  noCountNames: readonly string[];
}

/** Regroups the rendered `svg`'s marks into one group per nationality, then the no-count block. */
export function groupMarksByNationality(svg: SVGSVGElement, document: Document, layout: RescueLayout, { ranks, noCountNames }: GroupMarksOptions): void {
  const { compact } = layout;
  const lines = layout.groups.flatMap((g) => g.lines);
  const dots = lines.flatMap((line) => line.figures.map((figure) => ({ figure, line })));
  const groupByCode = new Map(layout.groups.map((g) => [g.group.country.code, g]));
  const lineByKey = new Map(lines.map((l) => [rescueLineKey(l), l]));
  const dotById = new Map(dots.map((d) => [d.figure.count.id, d]));

  const blocks = new Map<string, Element>();
  const block = (code: string) => {
    let g = blocks.get(code);
    if (g) return g;
    g = document.createElementNS(SVG_NS, 'g');
    const placed = groupByCode.get(code);
    const attrs: Record<string, string> = placed
      ? {
          class: 'rescue-row',
          role: 'group',
          'aria-label': placed.group.country.name + (placed.group.askedForHelp ? ' (embassy asked for help)' : ''),
          'data-country': code,
          'data-top': String(placed.top),
          'data-height': String(placed.height),
          'data-rank-figure': String(ranks.figure.get(code)),
          'data-rank-name': String(ranks.name.get(code)),
        }
      : {
          class: 'rescue-nocount-block',
          role: 'group',
          'aria-label': `Embassy asked for help, no count reported: ${noCountNames.join(', ')}`,
        };
    for (const [k, v] of Object.entries(attrs)) g.setAttribute(k, v);
    blocks.set(code, g);
    return g;
  };

  for (const markGroup of Array.from(svg.children)) {
    if (markGroup.tagName.toLowerCase() !== 'g') continue;
    const shells = new Map<string, Element>();
    for (const el of Array.from(markGroup.children)) {
      const title = Array.from(el.children).find((c) => c.tagName.toLowerCase() === 'title');
      if (!title) continue;
      const [role = '', ref = ''] = (title.textContent ?? '').split(':');
      title.remove();
      if (role === 'key') {
        el.setAttribute('class', ref);
        continue;
      }
      const dot = role === 'dot' ? dotById.get(ref) : undefined;
      const line = dot?.line ?? lineByKey.get(ref);
      const code = dot ? dot.figure.country.code : line ? line.figures[0]!.country.code : groupByCode.has(ref) ? ref : '';
      let shell = shells.get(code);
      if (!shell) {
        shell = markGroup.cloneNode(false) as Element;
        // Only the dots speak to assistive technology; every label repeats what their names say.
        if (role !== 'dot') shell.setAttribute('aria-hidden', 'true');
        block(code).append(shell);
        shells.set(code, shell);
      }
      shell.append(el);
      if (dot) decorateDot(el, dot.figure, dot.line);
      else if (line) decorateLine(el, role, line, compact);
    }
    if (shells.size > 0) markGroup.remove();
    else markGroup.setAttribute('aria-hidden', 'true');
  }
  // Rows in the drawn order, then the no-count block, so the keyboard follows the eye.
  for (const placed of layout.groups) svg.append(block(placed.group.country.code));
  if (blocks.has('')) svg.append(block(''));
}

/** A dot takes focus and carries its accessible name and its tooltip's text. */
function decorateDot(el: Element, f: RescueFigure, line: PlacedLine): void {
  el.setAttribute('class', `${countKindClass(line.kind)} ${line.latest ? 'is-latest' : 'is-earlier'}`);
  el.setAttribute('data-id', f.count.id);
  el.setAttribute('data-line', rescueLineKey(line));
  el.setAttribute('data-kind', line.kind);
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', rescueFigureLabel(f, line));
  el.setAttribute('data-tip-title', `${f.country.name} · ${countKindLabel(line.kind)}`);
  el.setAttribute('data-tip-value', formatCount(f.count));
  el.setAttribute('data-tip-detail', rescueFigureDetail(f, line).join('\n'));
}

function decorateLine(el: Element, role: string, line: PlacedLine, compact: boolean): void {
  const kindClass = countKindClass(line.kind);
  el.setAttribute('data-line', rescueLineKey(line));
  el.setAttribute('data-kind', line.kind);
  if (role === 'value' || role === 'kind') el.setAttribute('class', kindClass);
  if (role === 'meta' && compact) {
    // The kind in its colour, then date and source in the muted colour.
    const kind = countKindLabel(line.kind);
    const text = el.textContent ?? '';
    const a = el.ownerDocument.createElementNS(SVG_NS, 'tspan');
    a.setAttribute('class', `rescue-kind-inline ${kindClass}`);
    a.textContent = kind;
    const b = el.ownerDocument.createElementNS(SVG_NS, 'tspan');
    b.textContent = text.slice(kind.length);
    el.textContent = '';
    el.append(a, b);
  }
}
