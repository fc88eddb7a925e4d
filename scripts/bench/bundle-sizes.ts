import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Manifest } from 'vite';
import type { BuiltChunk } from './build-demo';
import { brotli } from './brotli';
import { gzip } from './gzip';

export interface FileGroup {
  files: string[];
  bytes: number;
  gzipBytes: number;
  /** Brotli 11, the .br files the build writes and nginx sends to browsers that accept brotli. */
  brotliBytes: number;
}

export interface BundleSizes {
  /** The entry chunk plus every chunk it imports statically: what the browser must load before the app runs. */
  initialJs: FileGroup;
  totalJs: FileGroup;
  css: FileGroup;
  /** Chunks reached only through mocks/browser.ts (msw and the dataset): never loaded with `mocks: false`. */
  mockOnly: FileGroup;
  /** Chunks holding recharts modules. */
  charts: FileGroup;
  /** Packages (recharts, msw, mocks/) that should stay out of the initial JavaScript but are in it. */
  leaks: string[];
}

const MOCK_ENTRY = 'mocks/browser.ts';

async function measure(outDir: string, files: Iterable<string>): Promise<FileGroup> {
  const sorted = [...new Set(files)].sort();
  let bytes = 0;
  let gzipBytes = 0;
  let brotliBytes = 0;
  for (const file of sorted) {
    const content = await readFile(path.join(outDir, file));
    bytes += content.length;
    gzipBytes += gzip(content).length;
    brotliBytes += brotli(content).length;
  }
  return { files: sorted, bytes, gzipBytes, brotliBytes };
}

/** Manifest keys reachable from `start`, following static imports and, when asked, dynamic ones too. */
function reachable(
  manifest: Manifest,
  start: readonly string[],
  options: { dynamic: boolean; skip?: string },
): Set<string> {
  const seen = new Set<string>();
  const queue = start.filter((key) => key !== options.skip);
  for (let key = queue.pop(); key !== undefined; key = queue.pop()) {
    if (seen.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest: ${key} is imported but has no entry`);
    seen.add(key);
    const next = [...(chunk.imports ?? []), ...(options.dynamic ? (chunk.dynamicImports ?? []) : [])];
    queue.push(...next.filter((item) => item !== options.skip));
  }
  return seen;
}

const jsFiles = (manifest: Manifest, keys: Iterable<string>) =>
  [...keys].map((key) => manifest[key]?.file).filter((file): file is string => file?.endsWith('.js') === true);

async function listAssets(outDir: string, extension: string): Promise<string[]> {
  const names = await readdir(path.join(outDir, 'assets'));
  return names.filter((name) => name.endsWith(extension)).map((name) => `assets/${name}`);
}

export async function bundleSizes(root: string, outDir: string, chunks: readonly BuiltChunk[]): Promise<BundleSizes> {
  const manifest = JSON.parse(await readFile(path.join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const entries = Object.entries(manifest)
    .filter(([, chunk]) => chunk.isEntry === true)
    .map(([key]) => key);
  if (entries.length === 0) throw new Error('manifest: no entry chunk');

  const initialKeys = reachable(manifest, entries, { dynamic: false });
  const withoutMocks = reachable(manifest, entries, { dynamic: true, skip: MOCK_ENTRY });
  const mockKeys = manifest[MOCK_ENTRY] ? reachable(manifest, [MOCK_ENTRY], { dynamic: true }) : new Set<string>();
  const mockOnlyKeys = [...mockKeys].filter((key) => !withoutMocks.has(key));

  const chartFiles = chunks
    .filter((chunk) => chunk.moduleIds.some((id) => id.includes('/node_modules/recharts/')))
    .map((chunk) => chunk.fileName);
  const initialFiles = new Set(jsFiles(manifest, initialKeys));
  const mocksDir = `${path.join(root, 'mocks')}${path.sep}`;
  const leakLabel = (id: string) =>
    /\/node_modules\/(recharts|msw)\//.exec(id)?.[1] ?? (id.startsWith(mocksDir) ? 'mocks/' : undefined);
  const leaks = new Set(
    chunks
      .filter((chunk) => initialFiles.has(chunk.fileName))
      .flatMap((chunk) => chunk.moduleIds.map(leakLabel))
      .filter((label) => label !== undefined),
  );

  return {
    initialJs: await measure(outDir, initialFiles),
    totalJs: await measure(outDir, await listAssets(outDir, '.js')),
    css: await measure(outDir, await listAssets(outDir, '.css')),
    mockOnly: await measure(outDir, jsFiles(manifest, mockOnlyKeys)),
    charts: await measure(outDir, chartFiles),
    leaks: [...leaks].sort(),
  };
}
