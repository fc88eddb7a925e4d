import type { Manifest } from 'vite';
import type { ChunkModules, ModuleWeight } from './chunk-modules-plugin';

/** What the first paint may download: the entry chunk and everything it imports statically. */
export const INITIAL_JS_BUDGET_BYTES = 90 * 1024;
/** Packages that only some views need: they must load on demand, never with the first paint. */
export const LAZY_ONLY_PACKAGES = ['recharts', 'msw', 'zod', 'pptxgenjs', 'jszip'] as const;

export interface BudgetInput {
  manifest: Manifest;
  chunkModules: ChunkModules;
  /** Gzip size of each built file, by its path relative to the output directory. */
  gzipBytes: Readonly<Record<string, number>>;
}

export interface BudgetResult {
  initialFiles: string[];
  initialGzipBytes: number;
  failures: string[];
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Manifest keys of the entries and of every chunk they import statically. */
function initialKeys(manifest: Manifest): string[] {
  const seen = new Set<string>();
  const queue = Object.keys(manifest).filter((key) => manifest[key]?.isEntry === true);
  if (queue.length === 0) throw new Error('the Vite manifest has no entry chunk');
  for (let key = queue.pop(); key !== undefined; key = queue.pop()) {
    if (seen.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the Vite manifest lists ${key} as an import but has no entry for it`);
    seen.add(key);
    queue.push(...(chunk.imports ?? []));
  }
  return [...seen];
}

const packageOf = (id: string) => /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id)?.[1];

/** "node_modules/zod/v4/core/util.js ← … ← src/config/zod.ts": a module and the first of our own modules that pulls it in. */
function importChain(id: string, modules: ReadonlyMap<string, ModuleWeight>): string {
  const chain = [id, ...(modules.get(id)?.importedBy ?? [])];
  return chain.length > 3 ? [chain[0], '…', chain.at(-2), chain.at(-1)].join(' ← ') : chain.join(' ← ');
}

/** What each module adds to its chunk's gzip size: the chunk's size shared out by the module's own gzip size. */
function estimateShares(
  files: readonly string[],
  chunkModules: ChunkModules,
  gzipBytes: Readonly<Record<string, number>>,
): { id: string; file: string; bytes: number; gzipBytes: number }[] {
  return files.flatMap((file) => {
    const modules = Object.entries(chunkModules[file] ?? {});
    const alone = modules.reduce((sum, [, weight]) => sum + weight.gzipBytes, 0);
    return modules.map(([id, weight]) => ({
      id,
      file,
      bytes: weight.bytes,
      gzipBytes: alone === 0 ? 0 : ((gzipBytes[file] ?? 0) * weight.gzipBytes) / alone,
    }));
  });
}

export function checkSizeBudget({ manifest, chunkModules, gzipBytes }: BudgetInput): BudgetResult {
  const initialFiles = [
    ...new Set(
      initialKeys(manifest)
        .map((key) => manifest[key]?.file)
        .filter((file): file is string => file?.endsWith('.js') === true),
    ),
  ].sort();
  const missing = initialFiles.filter((file) => gzipBytes[file] === undefined || chunkModules[file] === undefined);
  if (missing.length > 0) throw new Error(`no size or module list for ${missing.join(', ')}: is the build complete?`);
  const initialGzipBytes = initialFiles.reduce((sum, file) => sum + (gzipBytes[file] ?? 0), 0);

  const allModules = new Map(Object.values(chunkModules).flatMap((modules) => Object.entries(modules)));
  const initialModules = estimateShares(initialFiles, chunkModules, gzipBytes);
  const failures: string[] = [];

  for (const name of LAZY_ONLY_PACKAGES) {
    const found = initialModules.filter((module) => packageOf(module.id) === name && module.bytes > 0);
    const first = found[0];
    if (!first) continue;
    failures.push(
      `${name} is in the initial JavaScript (${found.length} module(s), about ${kib(found.reduce((sum, module) => sum + module.gzipBytes, 0))} gzip, in ${first.file}): ` +
        `${importChain(first.id, allModules)}; load it with import() where it is needed`,
    );
  }

  if (initialGzipBytes > INITIAL_JS_BUDGET_BYTES) {
    // A package counts as one item (react-dom is one module, zod is a hundred small ones); our own modules count alone.
    const items = new Map<string, { gzipBytes: number; example: string }>();
    for (const module of initialModules) {
      const key = packageOf(module.id) ?? module.id;
      const item = items.get(key) ?? { gzipBytes: 0, example: module.id };
      item.gzipBytes += module.gzipBytes;
      items.set(key, item);
    }
    const heaviest = [...items].sort((a, b) => b[1].gzipBytes - a[1].gzipBytes).slice(0, 6);
    failures.push(
      `initial JavaScript is ${kib(initialGzipBytes)} gzip, ${kib(initialGzipBytes - INITIAL_JS_BUDGET_BYTES)} over the ` +
        `${kib(INITIAL_JS_BUDGET_BYTES)} budget (${initialFiles.join(', ')}). Heaviest in it, estimated gzip: ` +
        heaviest
          .map(([key, item]) =>
            packageOf(item.example)
              ? `${key} ${kib(item.gzipBytes)} (${importChain(item.example, allModules)})`
              : `${key} ${kib(item.gzipBytes)}`,
          )
          .join('; '),
    );
  }
  return { initialFiles, initialGzipBytes, failures };
}
