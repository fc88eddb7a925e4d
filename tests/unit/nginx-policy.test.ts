// @vitest-environment node
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BASE_POLICY } from '../../src/config/content-security-policy';

const here = dirname(fileURLToPath(import.meta.url));
const siteTemplate = readFileSync(resolve(here, '../../deploy/nginx/dashboard.conf'), 'utf8');

/** Directive name → its sources, e.g. "script-src 'self'" → { 'script-src': ["'self'"] }. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

describe('the CSP header in deploy/nginx/dashboard.conf', () => {
  const headerPolicy = /set \$dashboard_csp "([^"]+)";/.exec(siteTemplate)?.[1] ?? '';

  it('is the meta policy with connect-src narrowed to this site', () => {
    expect(headerPolicy).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
  });

  it('stays equal to or stricter than the policy the build puts in index.html', () => {
    const header = directives(headerPolicy);
    const meta = directives(BASE_POLICY);
    expect([...header.keys()].sort()).toEqual([...meta.keys()].sort());
    for (const [name, sources] of header) {
      const allowedByMeta = meta.get(name) ?? [];
      expect(
        sources.every((source) => allowedByMeta.includes(source)),
        `${name}: ${sources.join(' ')}`,
      ).toBe(true);
    }
  });

  it('refuses framing of every page but the embeds', () => {
    const frameAncestors = [
      ...siteTemplate.matchAll(/^\s*add_header Content-Security-Policy "\$dashboard_csp; frame-ancestors ([^"]+)"/gm),
    ].map((match) => match[1]);
    expect(frameAncestors).toEqual(["'none'", "'none'", "'none'", '{{EMBED_ORIGINS}}']);
  });
});
