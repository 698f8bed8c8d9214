/**
 * The stylesheet of what a page uses only later (its fragments fetched on demand, the code it imports on
 * demand), loaded once, when the first of them comes. An embed page inlines only what its first view needs;
 * the build writes the rest to a file named in `data-styles-later` on `<html>` (scripts/embedStyles.mjs).
 * Code that puts a fetched fragment in the page, or starts on demand, waits for this first, so nothing shows
 * unstyled. On a page without it (every page but an embed), it resolves at once; a sheet that fails to load
 * resolves too (the content is still there, only plainer). The link is found in the page rather than kept in
 * a variable, because code bundled on its own (the timeline embed's) has its own copy of this module.
 */
export function stylesOnDemand(): Promise<void> {
  const href = document.documentElement.dataset['stylesLater'];
  if (!href) return Promise.resolve();
  let link = document.querySelector<HTMLLinkElement>('link[data-styles-later]');
  if (link?.sheet) return Promise.resolve();
  if (!link) {
    link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.dataset['stylesLater'] = '';
    document.head.append(link);
  }
  const l = link;
  return new Promise<void>((resolve) => {
    l.addEventListener('load', () => resolve(), { once: true });
    l.addEventListener('error', () => resolve(), { once: true });
  });
}
