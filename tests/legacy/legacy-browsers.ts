import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const CACHE = path.resolve('node_modules/.cache/legacy-chromium');

/** The old Chromium kernels of the support policy, each shipped brotli-compressed inside an npm package. */
export const LEGACY_CHROMIUMS = {
  '108': { pkg: '@sparticuz/chromium', tier: 'full' },
  '89': { pkg: 'chrome-aws-lambda', tier: 'readable' },
} as const;
export type LegacyChromium = keyof typeof LEGACY_CHROMIUMS;

/**
 * Unpacks the binary into node_modules/.cache rather than the packages' own /tmp/chromium, which both packages
 * share (the second would silently reuse the first's kernel). The shared libraries it needs (libnss3 …) come with
 * Debian's chromium, which `bash scripts/ensure.sh chromium` installs.
 */
export function legacyChromiumPath(version: LegacyChromium): string {
  const dir = path.join(CACHE, version);
  const binary = path.join(dir, 'chromium');
  if (existsSync(binary)) return binary;
  const bin = path.join(path.dirname(require.resolve(`${LEGACY_CHROMIUMS[version].pkg}/package.json`)), 'bin');
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-x', '-C', dir, '--no-same-owner'], {
    input: brotliDecompressSync(readFileSync(path.join(bin, 'swiftshader.tar.br'))),
  });
  const partial = `${binary}.partial`;
  writeFileSync(partial, brotliDecompressSync(readFileSync(path.join(bin, 'chromium.br'))));
  chmodSync(partial, 0o755);
  renameSync(partial, binary);
  return binary;
}

/** Flags these headless-shell builds need as root in a container; no calls home. */
export const LEGACY_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--no-zygote',
  '--single-process',
  '--disable-gpu',
  '--use-gl=swiftshader',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--lang=zh-CN',
];

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
