/** Site-wide constants: the name, the navigation and the credit line that every page and embed shows. */
export const SITE_NAME = 'Held in the Compounds';
export const SITE_TAGLINE = 'How people from across Asia were trafficked into Cambodia’s online-scam compounds, and the 2022 crackdown';
export const CREDIT = 'Held in the Compounds, after reporting by VOA Khmer and others';

/** Primary navigation, in reading order. */
export const NAV: ReadonlyArray<{ href: string; label: string }> = [
  { href: '/', label: 'Story' },
  { href: '/charts/', label: 'Charts' },
  { href: '/present/', label: 'Present' },
  { href: '/teach/', label: 'Teach' },
  { href: '/data/', label: 'Data & sources' },
];

/** True when `href` is the current section of `pathname` (the story only for `/` itself). */
export function isCurrentSection(href: string, pathname: string): boolean {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return href === '/' ? path === '/' : path.startsWith(href);
}
