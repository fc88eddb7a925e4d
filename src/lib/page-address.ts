/**
 * The offline demo file (`npm run build:portable`) is one file opened from disk, so it has no paths below it:
 * its pages live in the hash (`#/screen`, `#/report`, `#/embed/<id>`). The served build keeps real paths.
 */
export const hashRouting = import.meta.env.MODE === 'portable';

/** A link to one of the app's pages ('' for the dashboard, 'screen', 'report', 'embed/<id>'), with an optional '?query'. */
export function pageHref(page: string, query = ''): string {
  if (hashRouting) return `${query}#/${page}`;
  return `${import.meta.env.BASE_URL}${page}${query}`;
}

/** The page part of a hash route: '#/embed/x?lang=en' → '/embed/x'; a plain anchor such as '#network' is no route. */
export function hashRoutePath(hash: string): string {
  if (!hash.startsWith('#/')) return '/';
  return hash.slice(1).split('?')[0] ?? '/';
}

/**
 * A page parameter (?scenario=, ?lang=) from the query, or in the offline file also from the hash route's own
 * query (`#/?scenario=slow`), since a hand-typed address may put it either side of the '#'.
 */
export function pageParam(name: string, location: Pick<Location, 'search' | 'hash'> = window.location): string | null {
  const fromSearch = new URLSearchParams(location.search).get(name);
  if (fromSearch !== null || !hashRouting) return fromSearch;
  const hashQuery = location.hash.includes('?') ? location.hash.slice(location.hash.indexOf('?')) : '';
  return new URLSearchParams(hashQuery).get(name);
}

/**
 * The full address of one of the app's pages, for a link copied out of the page: in the offline file the file
 * itself (`file:///…/shanxi-ict-dashboard.html?lang=zh#/embed/<id>`), since its origin is opaque ("null").
 */
export function pageAddress(
  page: string,
  query = '',
  location: Pick<Location, 'origin' | 'href'> = window.location,
): string {
  if (!hashRouting) return `${location.origin}${pageHref(page, query)}`;
  const file = location.href.replace(/[?#].*$/, '');
  return `${file}${pageHref(page, query)}`;
}
