/**
 * Bakes a page's CSS into an SVG so that it stands alone: in an image viewer, a design tool, a rasteriser
 * (resvg) or another site, with no stylesheet and no custom properties. Used for the SVG and PNG downloads.
 *
 *   inlineSvgStyles(svg, { css: tokensCss + chartCss, rootClass: 'rescue-chart', theme: 'light' })
 *
 * The SVG is placed inside `<div class="<rootClass>">` (the chart's root, which the chart's selectors start
 * from), every style rule that can match outside a browser is applied in cascade order (specificity, then
 * source order; `!important` last), custom properties inherit down the tree and `var()` / `light-dark()`
 * resolve to one theme, and each element gets its computed declarations as a `style` attribute. Inherited
 * properties set on the chart's root (font, colour) are carried onto the `<svg>`; `currentColor` becomes a
 * colour. Rules inside at-rules (container and media queries) and rules for interaction (`:hover`,
 * `:focus`) are left out: a file has one size and no pointer.
 */
import postcss, { type Rule } from 'postcss';
import { parseHTML } from 'linkedom';
import { resolveCssValue, type Theme } from './cssValues';

export interface InlineSvgStylesOptions {
  /** Stylesheet text: the design tokens and the chart's rules. `:global(...)` wrappers are unwrapped. */
  css: string;
  /** Class of the chart's root element, e.g. `rescue-chart`. */
  rootClass: string;
  /** Extra attributes of the root, e.g. `{ 'data-state': 'overview' }`. */
  rootAttributes?: Record<string, string>;
  theme?: Theme;
}

/** Properties that mean something in a standalone SVG; the rest (layout, transitions, cursors) is dropped. */
const SVG_PROPERTIES = new Set([
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-dashoffset',
  'stroke-linecap', 'stroke-linejoin', 'stroke-opacity', 'stroke-miterlimit', 'opacity', 'color', 'display',
  'visibility', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant-numeric',
  'letter-spacing', 'text-anchor', 'dominant-baseline', 'paint-order', 'vector-effect', 'text-decoration',
  'white-space', 'shape-rendering', 'mix-blend-mode', 'overflow',
]);
const INHERITED = new Set([
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-dashoffset',
  'stroke-linecap', 'stroke-linejoin', 'stroke-opacity', 'stroke-miterlimit', 'color', 'visibility',
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant-numeric', 'letter-spacing',
  'text-anchor', 'dominant-baseline', 'paint-order', 'white-space',
]);
/** Selectors that depend on interaction or generated content cannot apply to a file. */
const DYNAMIC = /:(hover|focus|focus-visible|focus-within|active|visited|target|checked)\b|::?(before|after|marker|placeholder|selection)\b/;

interface Declaration {
  prop: string;
  value: string;
  important: boolean;
  specificity: number;
  order: number;
}

/** Unwraps Astro's `:global(x)` to `x`. */
export function unwrapGlobal(css: string): string {
  let out = css;
  for (let i = out.indexOf(':global('); i >= 0; i = out.indexOf(':global(')) {
    let depth = 0;
    let j = i + 7;
    for (; j < out.length; j++) {
      if (out[j] === '(') depth++;
      else if (out[j] === ')' && --depth === 0) break;
    }
    out = out.slice(0, i) + out.slice(i + 8, j) + out.slice(j + 1);
  }
  return out;
}

/** Specificity of one selector as a single comparable number (ids, classes/attributes/pseudo-classes, types). */
export function specificity(selector: string): number {
  const s = selector.replace(/"[^"]*"|'[^']*'/g, '');
  const ids = (s.match(/#[\w-]+/g) ?? []).length;
  const classes = (s.match(/\.[\w-]+|\[[^\]]*\]|:(?!not\b|is\b|where\b)[\w-]+/g) ?? []).length;
  const types = (s.replace(/\[[^\]]*\]|\([^)]*\)/g, '').match(/(^|[\s>+~])[a-z][\w-]*/gi) ?? []).length;
  return ids * 10000 + classes * 100 + types;
}

/** The SVG markup with the stylesheet baked into `style` attributes. */
export function inlineSvgStyles(svgMarkup: string, options: InlineSvgStylesOptions): string {
  const { css, rootClass, rootAttributes = {}, theme = 'light' } = options;
  const attrs = Object.entries(rootAttributes)
    .map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`)
    .join('');
  const { document } = parseHTML(`<!doctype html><html><body><div class="${rootClass}"${attrs}>${svgMarkup}</div></body></html>`);
  const html = document.documentElement as unknown as Element;
  const root = document.querySelector(`.${rootClass}`)!;
  const svg = root.querySelector('svg');
  if (!svg) throw new Error('inlineSvgStyles: no <svg> in the markup');

  // 1. Every declaration of every rule that matches, per element.
  const declared = new Map<Element, Declaration[]>();
  let order = 0;
  postcss.parse(unwrapGlobal(css)).walkRules((rule: Rule) => {
    for (let p: { type: string; parent?: unknown } | undefined = rule.parent; p; p = p.parent as typeof p) if (p.type === 'atrule') return;
    const decls = rule.nodes.filter((n) => n.type === 'decl');
    if (!decls.length) return;
    for (const raw of rule.selectors) {
      const selector = raw.trim();
      if (DYNAMIC.test(selector)) continue;
      let matched: Element[];
      try {
        matched = selector === ':root' || selector === 'html' ? [html] : Array.from(document.querySelectorAll(selector));
      } catch {
        continue; // a selector linkedom cannot read cannot be checked, so it is not applied
      }
      const spec = specificity(selector);
      for (const el of matched) {
        const list = declared.get(el) ?? [];
        for (const d of decls) list.push({ prop: d.prop, value: d.value, important: d.important === true, specificity: spec, order: order++ });
        declared.set(el, list);
      }
    }
  });

  /** The winning declarations of one element, by property. */
  const winners = (el: Element): Map<string, string> => {
    const list = [...(declared.get(el) ?? [])].sort(
      (a, b) => Number(a.important) - Number(b.important) || a.specificity - b.specificity || a.order - b.order,
    );
    return new Map(list.map((d) => [d.prop, d.value]));
  };

  // 2. Walk from the document root down, carrying custom properties and inherited values.
  type Scope = { custom: Map<string, string>; inherited: Map<string, string> };
  const resolveIn = (custom: Map<string, string>, value: string) => resolveCssValue(value, (n) => custom.get(n), theme);
  const visit = (el: Element, parent: Scope, inSvg: boolean): void => {
    const own = winners(el);
    const custom = new Map(parent.custom);
    for (const [prop, value] of own) if (prop.startsWith('--')) custom.set(prop, value);
    const inherited = new Map(parent.inherited);
    const computed = new Map<string, string>();
    for (const [prop, value] of own) {
      if (prop.startsWith('--') || !SVG_PROPERTIES.has(prop)) continue;
      const v = resolveIn(custom, value).replace(/\s+/g, ' ');
      if (!v || v === 'inherit') continue;
      computed.set(prop, v);
    }
    const color = computed.get('color') ?? inherited.get('color');
    for (const [prop, v] of computed) {
      const fixed = color ? v.replace(/\bcurrentColor\b/gi, color) : v;
      computed.set(prop, fixed);
      if (INHERITED.has(prop)) inherited.set(prop, fixed);
    }
    if (inSvg) {
      // The root carries what it inherits from outside the SVG (the chart root's font and colour).
      if (el === svg) for (const [prop, v] of parent.inherited) if (!computed.has(prop)) computed.set(prop, v);
      for (const name of ['fill', 'stroke']) {
        if (color && /currentColor/i.test(el.getAttribute(name) ?? '')) el.setAttribute(name, color);
      }
      if (computed.size) {
        el.setAttribute('style', [...computed].map(([p, v]) => `${p}:${v}`).join(';'));
      }
    }
    for (const child of Array.from(el.children)) visit(child, { custom, inherited }, inSvg || child === svg);
  };
  visit(html, { custom: new Map(), inherited: new Map() }, false);
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  if (/xlink:/.test(svg.innerHTML)) svg.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  return svg.outerHTML;
}
