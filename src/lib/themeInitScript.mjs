/**
 * The one inline script: it runs before first paint to apply a stored theme choice, so a reader who chose
 * dark never sees a flash of light. astro.config.mjs hashes this exact text into the CSP, so any edit here
 * stays allowed. Keep it in sync with THEME_KEY in theme.ts.
 */
export const THEME_INIT_SCRIPT =
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";
