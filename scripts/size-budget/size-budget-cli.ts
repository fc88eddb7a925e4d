import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import type { Manifest } from 'vite';
import { checkSizeBudget, INITIAL_JS_BUDGET_BYTES, LAZY_ONLY_PACKAGES } from './check-size-budget';
import { CHUNK_MODULES_FILE, type ChunkModules } from './chunk-modules-plugin';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const readJson = async <T>(file: string) => JSON.parse(await readFile(file, 'utf8')) as T;

/** `npm run budget [-- DIR]`: checks the build in DIR (default dist/) against the size budget; 1 when broken. */
export async function main({ argv, root }: { argv: string[]; root: string }): Promise<number> {
  const outDir = path.resolve(root, argv[0] ?? 'dist');
  let manifest: Manifest;
  let chunkModules: ChunkModules;
  try {
    manifest = await readJson<Manifest>(path.join(outDir, '.vite', 'manifest.json'));
    chunkModules = await readJson<ChunkModules>(path.join(outDir, CHUNK_MODULES_FILE));
  } catch (error) {
    console.error(`size budget: cannot read the build's manifest (run npm run build first): ${String(error)}`);
    return 1;
  }
  const gzipBytes: Record<string, number> = {};
  for (const file of new Set(Object.values(manifest).map((chunk) => chunk.file))) {
    const content = await readFile(path.join(outDir, file));
    if (file.endsWith('.js')) gzipBytes[file] = gzipSync(content, { level: constants.Z_BEST_COMPRESSION }).length;
  }
  const result = checkSizeBudget({ manifest, chunkModules, gzipBytes });
  for (const failure of result.failures) console.error(`size budget: ${failure}`);
  if (result.failures.length > 0) return 1;
  console.log(
    `size budget: initial JavaScript ${kib(result.initialGzipBytes)} gzip of ${kib(INITIAL_JS_BUDGET_BYTES)} ` +
      `(${result.initialFiles.join(', ')}); ${LAZY_ONLY_PACKAGES.join(', ')} load on demand`,
  );
  return 0;
}
