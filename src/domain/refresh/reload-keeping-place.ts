/**
 * Reloads the page on the same path, #area, ?scenario and theme. ?lang= is set to the language shown now, since a
 * reader may have switched language after opening a link that named another.
 */
export function reloadKeepingPlace(language: string): void {
  const url = new URL(window.location.href);
  if (url.searchParams.has('lang') && url.searchParams.get('lang') !== language) {
    url.searchParams.set('lang', language);
    window.history.replaceState(window.history.state, '', url);
  }
  window.location.reload();
}
