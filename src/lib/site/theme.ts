/** The reader's theme choice: follow the system, or force light or dark. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** localStorage key; the no-flash script in BaseLayout reads the same key. */
export const THEME_KEY = 'theme';

const ORDER: ThemeChoice[] = ['system', 'light', 'dark'];

/** The choice after `choice` in the toggle's cycle. */
export function nextTheme(choice: ThemeChoice): ThemeChoice {
  return ORDER[(ORDER.indexOf(choice) + 1) % ORDER.length]!;
}

/** The stored choice, or 'system' when nothing valid is stored. */
export function readStoredTheme(storage: Pick<Storage, 'getItem'>): ThemeChoice {
  try {
    const v = storage.getItem(THEME_KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

/** Remembers the choice ('system' clears it). */
export function storeTheme(storage: Pick<Storage, 'setItem' | 'removeItem'>, choice: ThemeChoice): void {
  try {
    if (choice === 'system') storage.removeItem(THEME_KEY);
    else storage.setItem(THEME_KEY, choice);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this page only.
  }
}

/** Sets or clears `data-theme` on the root element, which tokens.css reads. */
export function applyTheme(root: HTMLElement, choice: ThemeChoice): void {
  if (choice === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = choice;
}
