/**
 * The embed page's inline script, run before first paint: applies `?theme=light|dark|auto` to the root
 * (light when absent or unknown; `auto` follows the reader's system) so a dark embed never flashes light.
 * Only the three known words are ever written, into `data-theme`. astro.config.mjs hashes this exact text
 * into the CSP. Keep in step with parseEmbedQuery's themes (embedQuery.ts).
 */
export const EMBED_INIT_SCRIPT =
  "try{var t=new URLSearchParams(location.search).get('theme'),r=document.documentElement;if(t==='auto')delete r.dataset.theme;else r.dataset.theme=t==='dark'?'dark':'light'}catch(e){}";
