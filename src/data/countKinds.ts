/**
 * The kinds of count, what each means, and the words in a source that support it. The build checks every
 * count's `sourceWording` against this table (crossChecks.ts): a count may only be called what its source's
 * words call it, or it must say in `inference` that the kind is the site's reading and why. The methods note on
 * /data/ is written from the `means` column.
 */
import type { CountKind } from './schemas/count';

export interface CountKindInfo {
  /** What a figure of this kind counts, for readers. */
  means: string;
  /** Words that, found in a count's `sourceWording`, support the kind. Empty: any wording (the kind claims nothing). */
  words: readonly RegExp[];
}

export const countKinds: Readonly<Record<CountKind, CountKindInfo>> = {
  rescued: { means: 'people an authority says it rescued or saved', words: [/\brescued\b/i, /\bsaved\b/i] },
  repatriated: { means: 'people sent or brought back to their own country', words: [/\brepatriated\b/i, /\breturned\b/i, /\bhome\b/i] },
  escaped: { means: 'people who got out by themselves', words: [/\bescaped\b/i, /\bfled\b/i, /\bflee\b/i, /\bmade it\b/i] },
  'held captive': { means: 'people a government says were held captive', words: [/\bheld captive\b/i] },
  held: { means: 'people reported held or trapped, without the source saying by whom or how', words: [/\bheld\b/i, /\btrapped\b/i] },
  'believed held': { means: 'people an authority believes are held: a belief, not a confirmed count', words: [/\bbelieved held\b/i] },
  'still stuck': { means: 'people reported still stuck in Cambodia: not said to be held captive', words: [/\bstuck\b/i] },
  'prevented from travelling': { means: 'people stopped before they could travel', words: [/\bprevented\b/i, /\bstopped from\b/i] },
  'arrested or charged': { means: 'suspects arrested or sent to court', words: [/\barrested\b/i, /\bsent to court\b/i, /\bcharged\b/i] },
  complaints: { means: 'complaints received, not people', words: [/\bcomplaints\b/i] },
  'found in raids': { means: 'foreigners found when sites were raided: neither rescued nor detained as far as the source says', words: [/\bfound\b/i] },
  'removed in raids': { means: 'foreigners removed from raided sites: the source does not say where to, or as victims or suspects', words: [/\bremoved\b/i] },
  'detained in raids': { means: 'people detained in a raid: detained, not rescued', words: [/\bdetained\b/i] },
  'found by checks': { means: 'people found by checks on households: not said to be victims', words: [/\bfound by checks\b/i] },
  'estimated held': { means: 'an estimate of people who may be held: not a count', words: [/\bmay be held\b/i] },
  'victims identified': { means: 'people a source calls victims', words: [/\bvictims\b/i] },
  'requested help': { means: 'requests for help or intervention, not people', words: [/\brequests? for (help|intervention)\b/i, /\basked\b/i] },
  departed: { means: 'people who left the country, not victims', words: [/\bleft\b/i, /\bdeparted\b/i] },
  other: { means: 'anything else counted (cases, households, sites, members): never drawn with counts of people', words: [] },
};

/** True when `wording` uses one of the words that support `kind` (always true for `other`). */
export function wordingSupportsKind(kind: CountKind, wording: string): boolean {
  const { words } = countKinds[kind];
  return words.length === 0 || words.some((w) => w.test(wording));
}
