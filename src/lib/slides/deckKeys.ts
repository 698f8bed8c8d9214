/** What a key does in the presentation. */
export type DeckAction =
  | 'next'
  | 'prev'
  | 'first'
  | 'last'
  | 'blank'
  | 'fullscreen'
  | 'escape'
  | 'overview'
  | 'help'
  | 'speaker'
  | 'contrast'
  | 'clock'
  | 'clock-reset';

/** The keys, as the help panel lists them: what presentation software and clickers send. */
export const DECK_KEYS: ReadonlyArray<{ keys: string[]; action: DeckAction; label: string }> = [
  { keys: ['→', 'Space', 'Page Down', 'N'], action: 'next', label: 'Next slide' },
  { keys: ['←', 'Shift + Space', 'Page Up', 'P'], action: 'prev', label: 'Previous slide' },
  { keys: ['Home'], action: 'first', label: 'First slide' },
  { keys: ['End'], action: 'last', label: 'Last slide' },
  { keys: ['B', '.'], action: 'blank', label: 'Blank the screen (any key brings it back)' },
  { keys: ['F'], action: 'fullscreen', label: 'Full screen on or off' },
  { keys: ['Esc'], action: 'escape', label: 'Leave full screen, or close a panel' },
  { keys: ['O'], action: 'overview', label: 'Overview of all slides' },
  { keys: ['S'], action: 'speaker', label: 'Speaker view in a second window' },
  { keys: ['C'], action: 'contrast', label: 'High contrast on or off' },
  { keys: ['T'], action: 'clock', label: 'Pause or restart the speaker view’s clock' },
  { keys: ['R'], action: 'clock-reset', label: 'Set the speaker view’s clock back to 00:00' },
  { keys: ['?'], action: 'help', label: 'These keys' },
];

/** The fields of a KeyboardEvent the deck reads. */
export interface KeyLike {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/**
 * The action of a key press, or null for keys the deck leaves to the browser (anything with Ctrl, Alt or
 * Meta, so browser shortcuts keep working). Pure.
 */
export function deckAction(e: KeyLike): DeckAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'n':
    case 'N':
      return 'next';
    case ' ':
    case 'Spacebar':
      return e.shiftKey ? 'prev' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'p':
    case 'P':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'Escape':
      return 'escape';
    case 'o':
    case 'O':
      return 'overview';
    case 's':
    case 'S':
      return 'speaker';
    case 'c':
    case 'C':
      return 'contrast';
    case 't':
    case 'T':
      return 'clock';
    case 'r':
    case 'R':
      return 'clock-reset';
    case '?':
      return 'help';
    default:
      return null;
  }
}

/**
 * The slide a location hash names: `#slide-3` or a slide's slug (`#taiwan`), as a 1-based number, or null
 * when it names none. Pure.
 */
export function slideFromHash(hash: string, slugs: readonly string[]): number | null {
  const h = decodeURIComponent(hash.replace(/^#/, ''));
  const m = /^slide-(\d+)$/.exec(h);
  if (m) {
    const n = Number(m[1]);
    return n >= 1 && n <= slugs.length ? n : null;
  }
  const i = slugs.indexOf(h);
  return i >= 0 ? i + 1 : null;
}
