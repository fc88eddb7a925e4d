import { pageParam } from '@/lib/page-address';

export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

const STORAGE_KEY = 'shanxi-ict-dashboard.theme';

export const isThemeChoice = (value: unknown): value is ThemeChoice =>
  typeof value === 'string' && (themeChoices as readonly string[]).includes(value);

/** ?theme= in the address (a shared link), like ?lang=; undefined when absent or not a choice. */
export function themeFromAddress(): ThemeChoice | undefined {
  const requested = pageParam('theme');
  return isThemeChoice(requested) ? requested : undefined;
}

/** ?theme= wins (links are shared), then the reader's last choice, then the system's colours. */
export function readThemeChoice(): ThemeChoice {
  const fromAddress = themeFromAddress();
  if (fromAddress) return fromAddress;
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isThemeChoice(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

/** "system" leaves the colour scheme to the operating system (CSS light-dark()); the others pin it. */
export function applyThemeChoice(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

/** Stored, and written into the address when the address already names a theme, so a copied link keeps it. */
export function storeThemeChoice(choice: ThemeChoice): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Private mode: the choice lasts for this visit only.
  }
  if (!themeFromAddress()) return;
  const url = new URL(window.location.href);
  url.searchParams.set('theme', choice);
  window.history.replaceState(window.history.state, '', url);
}

/** A page link's query with the address's ?theme= added, so the colours chosen in a shared link follow it. */
export function withThemeParam(query: string): string {
  const theme = themeFromAddress();
  if (!theme) return query;
  return `${query}${query ? '&' : '?'}theme=${theme}`;
}
