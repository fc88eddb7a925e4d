import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Manifest } from 'vite';
import { CHUNK_MODULES_FILE, type ChunkModules, type ModuleWeight } from './chunk-modules-plugin';

/** What the first paint may download: the entry chunk and everything it imports statically. */
export const INITIAL_JS_BUDGET_BYTES = 90 * 1024;
/** Packages that only some views need: they must load on demand, never with the first paint. */
export const LAZY_ONLY_PACKAGES = ['recharts', 'msw', 'zod', 'pptxgenjs', 'jszip'] as const;

/** gzipBytes: the gzip size of each built file, by its path relative to the output directory. */
type BudgetInput = { manifest: Manifest; chunkModules: ChunkModules; gzipBytes: Readonly<Record<string, number>> };

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const packageOf = (id: string) => /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1];

/** Manifest keys of the entries and of every chunk they import statically. */
function initialKeys(manifest: Manifest): string[] {
  const seen = new Set(Object.keys(manifest).filter((key) => manifest[key]?.isEntry === true));
  if (seen.size === 0) throw new Error('the Vite manifest has no entry chunk');
  for (const key of seen) {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the Vite manifest lists ${key} as an import but has no entry for it`);
    for (const imported of chunk.imports ?? []) seen.add(imported);
  }
  return [...seen];
}

/** "node_modules/zod/v4/core/util.js ← … ← src/config/zod.ts": a module and the first of our own modules that pulls it in. */
function importChain(id: string, modules: ReadonlyMap<string, ModuleWeight>): string {
  const chain = [id, ...(modules.get(id)?.importedBy ?? [])];
  return (chain.length > 3 ? [chain[0], '…', chain.at(-2), chain.at(-1)] : chain).join(' ← ');
}

export function checkSizeBudget({ manifest, chunkModules, gzipBytes }: BudgetInput) {
  const files = initialKeys(manifest).flatMap((key) => manifest[key]?.file ?? []);
  const initialFiles = [...new Set(files.filter((file) => file.endsWith('.js')))].sort();
  const missing = initialFiles.filter((file) => gzipBytes[file] === undefined || chunkModules[file] === undefined);
  if (missing.length > 0) throw new Error(`no size or module list for ${missing.join(', ')}: is the build complete?`);
  const initialGzipBytes = initialFiles.reduce((sum, file) => sum + (gzipBytes[file] ?? 0), 0);
  const allModules = new Map(Object.values(chunkModules).flatMap((modules) => Object.entries(modules)));
  // What each module adds to its chunk's gzip size: the chunk's size shared out by the module's own gzip size.
  const initialModules = initialFiles.flatMap((file) => {
    const modules = Object.entries(chunkModules[file] ?? {});
    const alone = modules.reduce((sum, [, weight]) => sum + weight.gzipBytes, 0);
    const share = (weight: ModuleWeight) => (alone === 0 ? 0 : ((gzipBytes[file] ?? 0) * weight.gzipBytes) / alone);
    return modules.map(([id, weight]) => ({ id, file, bytes: weight.bytes, gzipBytes: share(weight) }));
  });
  const failures: string[] = [];
  for (const name of LAZY_ONLY_PACKAGES) {
    const found = initialModules.filter((module) => packageOf(module.id) === name && module.bytes > 0);
    if (!found[0]) continue;
    failures.push(
      `${name} is in the initial JavaScript (${found.length} module(s), about ${kib(found.reduce((sum, module) => sum + module.gzipBytes, 0))} gzip, in ${found[0].file}): ` +
        `${importChain(found[0].id, allModules)}; load it with import() where it is needed`,
    );
  }
  if (initialGzipBytes > INITIAL_JS_BUDGET_BYTES) {
    // A package counts as one item (react-dom is one module, zod is a hundred small ones); our own modules count alone.
    const items = new Map<string, { gzipBytes: number; example: string }>();
    for (const module of initialModules) {
      const item = items.get(packageOf(module.id) ?? module.id) ?? { gzipBytes: 0, example: module.id };
      item.gzipBytes += module.gzipBytes;
      items.set(packageOf(module.id) ?? module.id, item);
    }
    const heaviest = [...items].sort((a, b) => b[1].gzipBytes - a[1].gzipBytes).slice(0, 6);
    const chainOf = (example: string) => (packageOf(example) ? ` (${importChain(example, allModules)})` : '');
    failures.push(
      `initial JavaScript is ${kib(initialGzipBytes)} gzip, ${kib(initialGzipBytes - INITIAL_JS_BUDGET_BYTES)} over the ` +
        `${kib(INITIAL_JS_BUDGET_BYTES)} budget (${initialFiles.join(', ')}). Heaviest in it, estimated gzip: ` +
        heaviest.map(([key, { gzipBytes, example }]) => `${key} ${kib(gzipBytes)}${chainOf(example)}`).join('; '),
    );
  }
  return { initialFiles, initialGzipBytes, failures };
}

/** Checks a build directory; gzip 9 and brotli 11 as the build's own .gz and .br files (the bench reports both). */
export async function checkBuild(outDir: string) {
  const read = (file: string) => readFile(path.join(outDir, file));
  const manifest = JSON.parse(String(await read('.vite/manifest.json'))) as Manifest;
  const chunkModules = JSON.parse(String(await read(CHUNK_MODULES_FILE))) as ChunkModules;
  const files = [...new Set(Object.values(manifest).map((chunk) => chunk.file))].filter((file) => file.endsWith('.js'));
  const code = Object.fromEntries(await Promise.all(files.map(async (file) => [file, await read(file)] as const)));
  const gzipBytes = Object.fromEntries(files.map((file) => [file, gzipSync(code[file] ?? '', { level: 9 }).length]));
  const result = checkSizeBudget({ manifest, chunkModules, gzipBytes });
  const brotli = result.initialFiles.map((file) => brotliCompressSync(code[file] ?? '').length);
  return { ...result, initialBrotliBytes: brotli.reduce((sum, bytes) => sum + bytes, 0) };
}

/** `npm run budget [-- DIR]`: checks the build in DIR (default dist/) against the size budget; 1 when broken. */
export async function main({ argv, root }: { argv: string[]; root: string }): Promise<number> {
  const result = await checkBuild(path.resolve(root, argv[0] ?? 'dist')).catch((error: unknown) => {
    console.error(`size budget: cannot read the build (run npm run build first): ${String(error)}`);
  });
  for (const failure of result?.failures ?? []) console.error(`size budget: ${failure}`);
  if (!result || result.failures.length > 0) return 1;
  const files = result.initialFiles.join(', ');
  const initial = `${kib(result.initialGzipBytes)} gzip of ${kib(INITIAL_JS_BUDGET_BYTES)} (${files})`;
  console.log(`size budget: initial JavaScript ${initial}; ${LAZY_ONLY_PACKAGES.join(', ')} load on demand`);
  return 0;
}
