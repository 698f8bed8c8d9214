/**
 * The options an embed takes from its query string, read the same way on the server (the embed kit, which
 * writes them) and in the browser (the embed page, which applies them). Every value is checked against what
 * the chart allows; anything else is dropped, and nothing read here is ever written into the page as markup:
 * the result only sets `data-theme` on the root and `data-state` on the chart.
 *
 *   parseEmbedQuery('?theme=dark&state=origin:TW', spec) // { theme: 'dark', state: 'origin:TW' }
 */

/** `auto` follows the reader's system setting. */
export type EmbedTheme = 'light' | 'dark' | 'auto';
export const EMBED_THEMES: readonly EmbedTheme[] = ['light', 'dark', 'auto'];
/** Light unless asked: most host articles are light, and a page without JavaScript shows light too. */
export const DEFAULT_EMBED_THEME: EmbedTheme = 'light';

/** What one chart accepts, as the embed page carries it (a JSON data attribute written at build). */
export interface EmbedStateSpec {
  /** The chart's default state, shown without JavaScript. */
  defaultState: string;
  /** Every named state the chart allows, by its exact name. */
  states: readonly string[];
  /** Whether `range:<ISO date>/<ISO date>` is allowed too (the timeline). */
  ranges?: boolean;
  /** The chart's highlighted-nationality state, `<prefix><CODE>`, e.g. `origin:`; absent when it has none. */
  nationalityPrefix?: string;
}

export interface EmbedOptions {
  theme: EmbedTheme;
  state: string;
}

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const MAX_PARAM = 200;

/** True when `value` is a state the chart allows. */
export function isAllowedState(value: string, spec: EmbedStateSpec): boolean {
  if (spec.states.includes(value)) return true;
  if (!spec.ranges || !value.startsWith('range:')) return false;
  const ends = value.slice(6).split('/');
  return ends.length === 2 && ends.every((d) => ISO_DATE.test(d));
}

/** The options in `search` (a query string, with or without its `?`), each valid or the default. */
export function parseEmbedQuery(search: string, spec: EmbedStateSpec): EmbedOptions {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 2000 ? '' : search);
  } catch {
    params = new URLSearchParams();
  }
  const get = (name: string) => {
    const v = params.get(name);
    return v !== null && v.length <= MAX_PARAM ? v : null;
  };
  const themeParam = get('theme');
  const theme = EMBED_THEMES.find((t) => t === themeParam) ?? DEFAULT_EMBED_THEME;

  let state = spec.defaultState;
  const stateParam = get('state');
  const nationality = get('nationality');
  if (stateParam !== null && isAllowedState(stateParam, spec)) state = stateParam;
  else if (nationality !== null && spec.nationalityPrefix && /^[A-Z]{2}$/.test(nationality)) {
    const candidate = `${spec.nationalityPrefix}${nationality}`;
    if (spec.states.includes(candidate)) state = candidate;
  }
  return { theme, state };
}

/**
 * The embed page's address for `id` with these options, leaving out defaults so the plain code stays short.
 * `origin` is the site's origin (`https://example.org`) or '' for a path.
 */
export function embedUrl(origin: string, id: string, options: Partial<EmbedOptions>, spec: EmbedStateSpec): string {
  const params = new URLSearchParams();
  if (options.theme && options.theme !== DEFAULT_EMBED_THEME && EMBED_THEMES.includes(options.theme)) params.set('theme', options.theme);
  if (options.state && options.state !== spec.defaultState) {
    if (!isAllowedState(options.state, spec)) throw new Error(`embedUrl: ${id} has no state "${options.state}"`);
    params.set('state', options.state);
  }
  const query = params.toString().replace(/%3A/gi, ':').replace(/%2F/gi, '/');
  return `${origin}/embed/${id}/${query ? `?${query}` : ''}`;
}
