/**
 * The embed code a reporter pastes into an article: an `<iframe>` that already fits the chart, and a tiny
 * inline script that keeps it fitted.
 *
 *   embedCode({ src: 'https://example.org/embed/crackdown-timeline/?theme=dark', title: 'Timeline', height: 900 })
 *
 * - `height` is a starting height tall enough for the chart at common widths (see embedHeights.ts), so a CMS
 *   that strips `<script>` still shows the whole chart without an inner scrollbar.
 * - The script listens for Datawrapper's `{"datawrapper-height": {"<id>": <px>}}` message, which the embed
 *   page sends (along with Pym.js's), and accepts it only from its own iframe's window and only as a finite
 *   number of pixels in a sane range. It finds its iframe as the element just before it, so several embeds
 *   on one page each size their own, and it needs no id, no global and no external file.
 */

/** Heights the listener accepts, in CSS pixels; anything else is ignored. */
export const MIN_EMBED_HEIGHT = 100;
export const MAX_EMBED_HEIGHT = 20000;

export interface EmbedCodeOptions {
  /** Absolute address of the embed page, query string included. */
  src: string;
  /** The iframe's accessible name: the chart's title. */
  title: string;
  /** Starting height in CSS pixels. */
  height: number;
}

/** The resize listener, minified by hand so the whole snippet stays small; `f` is its iframe. */
export const EMBED_RESIZE_SCRIPT =
  '(function(s){var f=s&&s.previousElementSibling;if(!f||f.tagName!=="IFRAME")return;' +
  'addEventListener("message",function(e){var d=e.data,k,h;' +
  'if(e.source!==f.contentWindow||!d||typeof d!=="object")return;d=d["datawrapper-height"];' +
  'if(!d||typeof d!=="object")return;for(k in d){h=d[k];' +
  `if(typeof h==="number"&&isFinite(h)&&h>=${MIN_EMBED_HEIGHT}&&h<=${MAX_EMBED_HEIGHT})f.style.height=Math.ceil(h)+"px"}})` +
  '})(document.currentScript)';

/** Escapes text for a double-quoted HTML attribute. */
function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The iframe alone: what is left when a CMS strips the script, and what the script resizes. */
export function embedIframe({ src, title, height }: EmbedCodeOptions): string {
  if (!/^https?:\/\//.test(src) && !src.startsWith('/')) throw new Error(`embedIframe: src must be an http(s) address or a path, got ${src}`);
  if (!Number.isFinite(height) || height < MIN_EMBED_HEIGHT || height > MAX_EMBED_HEIGHT) {
    throw new Error(`embedIframe: height must be between ${MIN_EMBED_HEIGHT} and ${MAX_EMBED_HEIGHT} px, got ${height}`);
  }
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" loading="lazy" height="${Math.ceil(height)}" ` +
    `style="width:100%;border:0"></iframe>`
  );
}

/** The full embed code: the iframe, then the script that resizes it. */
export function embedCode(options: EmbedCodeOptions): string {
  return `${embedIframe(options)}<script>${EMBED_RESIZE_SCRIPT}</script>`;
}
