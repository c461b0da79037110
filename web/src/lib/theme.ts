import { useCallback, useEffect, useSyncExternalStore } from 'react';

/** What the person chose in the theme menu; `system` follows the operating system (prefers-color-scheme). */
export type ThemeChoice = 'light' | 'dark' | 'system';
export type Theme = 'light' | 'dark';

/** The localStorage key; public/theme.js reads the same one before the first paint. */
export const THEME_STORAGE_KEY = 'ccm.theme';
export const THEME_CHOICES: readonly ThemeChoice[] = ['light', 'dark', 'system'];
const DARK_QUERY = '(prefers-color-scheme: dark)';

export function readThemeChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

function systemTheme(): Theme {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

/** The theme a choice shows now. */
export function resolveTheme(choice: ThemeChoice): Theme {
  return choice === 'system' ? systemTheme() : choice;
}

/** Bootstrap 5.3 colour modes: one attribute on <html> switches every component and CSS variable. */
export function applyTheme(choice: ThemeChoice): void {
  document.documentElement.setAttribute('data-bs-theme', resolveTheme(choice));
}

// One store for every subscriber in this tab; the `storage` event brings changes from other tabs.
const listeners = new Set<() => void>();
function notify() {
  applyTheme(readThemeChoice());
  for (const l of listeners) l();
}
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const media = typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : undefined;
  const onStorage = (e: StorageEvent) => {
    if (e.key === THEME_STORAGE_KEY) notify();
  };
  media?.addEventListener?.('change', notify);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    media?.removeEventListener?.('change', notify);
    window.removeEventListener('storage', onStorage);
  };
}

export function setThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage can be off (private modes): the choice then lasts until the page is reloaded.
  }
  applyTheme(choice);
  for (const l of listeners) l();
}

/** The person's choice and the theme it shows now, kept on <html data-bs-theme>. */
export function useTheme(): { choice: ThemeChoice; theme: Theme; setChoice: (choice: ThemeChoice) => void } {
  const choice = useSyncExternalStore(subscribe, readThemeChoice);
  const theme = useSyncExternalStore(subscribe, () => resolveTheme(readThemeChoice()));
  useEffect(() => applyTheme(choice), [choice]);
  const setChoice = useCallback((c: ThemeChoice) => setThemeChoice(c), []);
  return { choice, theme, setChoice };
}
