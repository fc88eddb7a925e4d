import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Manifest } from 'vite';
import { gzip } from '../bench/gzip';
import { checkSizeBudget } from './check-size-budget';
import { CHUNK_MODULES_FILE, type ChunkModules } from './chunk-modules-plugin';

export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Checks the build in `outDir` (default dist/) against the size budget; 1 when it is broken. */
export async function runSizeBudgetCli(root: string, argv: readonly string[], output: CliOutput): Promise<number> {
  const outDir = path.resolve(root, argv[0] ?? 'dist');
  let manifest: Manifest;
  let chunkModules: ChunkModules;
  try {
    manifest = JSON.parse(await readFile(path.join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
    chunkModules = JSON.parse(await readFile(path.join(outDir, CHUNK_MODULES_FILE), 'utf8')) as ChunkModules;
  } catch (error) {
    output.error(
      `size budget: cannot read the build's manifest in ${path.relative(root, outDir) || '.'} (run npm run build first): ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
    return 1;
  }
  const gzipBytes: Record<string, number> = {};
  for (const file of new Set(Object.values(manifest).map((chunk) => chunk.file))) {
    if (file.endsWith('.js')) gzipBytes[file] = gzip(await readFile(path.join(outDir, file))).length;
  }
  const result = checkSizeBudget({ manifest, chunkModules, gzipBytes });
  if (result.failures.length > 0) {
    for (const failure of result.failures) output.error(`size budget: ${failure}`);
    return 1;
  }
  output.log(
    `size budget: initial JavaScript ${kib(result.initialGzipBytes)} gzip of 90 KiB (${result.initialFiles.join(', ')}); recharts, msw, zod, pptxgenjs and jszip load on demand`,
  );
  return 0;
}
