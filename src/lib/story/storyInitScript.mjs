/**
 * Inline, in the story's <head>, before first paint: marks the page as scrolling (JavaScript is on), so
 * the step figures are laid out in the sticky graphic from the start and nothing shifts when the story
 * script runs. astro.config.mjs hashes this exact text into the CSP.
 */
export const STORY_INIT_SCRIPT = "document.documentElement.dataset.scrolly='on'";
