import type { CountKind } from '../../data/schemas/count';

/**
 * The colour role (a `--kind-*` token in tokens.css) each kind of count is drawn in. Kinds without a role of
 * their own share `other`; they are still told apart by their direct labels.
 */
const KIND_ROLE: Record<CountKind, string> = {
  rescued: 'rescued',
  repatriated: 'repatriated',
  escaped: 'escaped',
  'held captive': 'held-captive',
  held: 'held',
  'believed held': 'believed-held',
  'still stuck': 'still-stuck',
  'prevented from travelling': 'prevented',
  'arrested or charged': 'arrested',
  complaints: 'complaints',
  'found in raids': 'found-in-raids',
  'removed in raids': 'removed-in-raids',
  'detained in raids': 'detained',
  'found by checks': 'found-by-checks',
  'estimated held': 'estimated',
  'victims identified': 'other',
  'requested help': 'other',
  departed: 'other',
  other: 'other',
};

/** The CSS class that colours a mark of this kind, e.g. `kind-held-captive` for "held captive". */
export function countKindClass(kind: CountKind): string {
  return `kind-${KIND_ROLE[kind]}`;
}

/** The kind as a label starting with a capital: "Held captive", "Prevented from travelling". */
export function countKindLabel(kind: CountKind): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}
