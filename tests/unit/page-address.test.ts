import { afterEach, describe, expect, it, vi } from 'vitest';

/** page-address reads the build mode once, at import: each case imports it afresh under the mode it needs. */
async function pageAddressIn(mode: 'production' | 'portable') {
  vi.stubEnv('MODE', mode);
  vi.resetModules();
  return import('../../src/lib/page-address');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('page addresses in the served build', () => {
  it('keeps real paths below the base URL and reads parameters from the query only', async () => {
    const { hashRouting, pageHref, pageParam, pageAddress } = await pageAddressIn('production');
    expect(hashRouting).toBe(false);
    expect(pageHref('screen', '?lang=en')).toBe('/screen?lang=en');
    expect(pageHref('')).toBe('/');
    expect(pageParam('scenario', { search: '', hash: '#/?scenario=slow' })).toBeNull();
    expect(pageParam('scenario', { search: '?scenario=slow', hash: '' })).toBe('slow');
    expect(
      pageAddress('embed/mobile-phone-users', '?lang=zh', {
        origin: 'http://localhost:4173',
        href: 'http://localhost:4173/',
      }),
    ).toBe('http://localhost:4173/embed/mobile-phone-users?lang=zh');
  });
});

describe('page addresses in the offline demo file', () => {
  it('puts pages in the hash, next to the query, so links never leave the file', async () => {
    const { hashRouting, pageHref, hashRoutePath } = await pageAddressIn('portable');
    expect(hashRouting).toBe(true);
    expect(pageHref('screen')).toBe('#/screen');
    expect(pageHref('', '?lang=en')).toBe('?lang=en#/');
    expect(hashRoutePath('#/embed/chart-users-growth?lang=en')).toBe('/embed/chart-users-growth');
    expect(hashRoutePath('#/report')).toBe('/report');
    // The area index's anchors are no routes: the dashboard stays.
    expect(hashRoutePath('#network')).toBe('/');
    expect(hashRoutePath('')).toBe('/');
  });

  it('reads ?scenario= from the query or from the hash route', async () => {
    const { pageParam } = await pageAddressIn('portable');
    expect(pageParam('scenario', { search: '?scenario=error', hash: '#/report' })).toBe('error');
    expect(pageParam('scenario', { search: '', hash: '#/?scenario=slow' })).toBe('slow');
    expect(pageParam('scenario', { search: '', hash: '#/screen' })).toBeNull();
  });

  it('gives a copied link as the file itself with the page in the hash (its origin is "null")', async () => {
    const { pageAddress } = await pageAddressIn('portable');
    const location = { origin: 'null', href: 'file:///C:/Users/demo/shanxi-ict-dashboard.html?lang=en#/report' };
    expect(pageAddress('embed/mobile-phone-users', '?lang=zh', location)).toBe(
      'file:///C:/Users/demo/shanxi-ict-dashboard.html?lang=zh#/embed/mobile-phone-users',
    );
  });
});
