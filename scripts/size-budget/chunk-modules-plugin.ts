import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Written next to Vite's manifest: which modules each chunk holds, and what they weigh. */
export const CHUNK_MODULES_FILE = '.vite/chunk-modules.json';

/** gzipBytes: gzipped alone, an upper estimate of its share; importedBy: importers up to our first own module (why). */
export type ModuleWeight = { bytes: number; gzipBytes: number; importedBy?: string[] };

/** Chunk file name → module id (relative to the project root) → weight. */
export type ChunkModules = Record<string, Record<string, ModuleWeight>>;

const inPackage = (id: string) => /[\\/]node_modules[\\/]/.test(id);

/** The shortest chain of static importers from `id` to a module outside node_modules (breadth-first). */
function importPath(id: string, importersOf: (id: string) => readonly string[]): string[] {
  const cameFrom = new Map<string, string>([[id, id]]);
  for (const current of cameFrom.keys()) {
    if (current !== id && !inPackage(current)) {
      const chain: string[] = [];
      for (let step = current; step !== id; step = cameFrom.get(step) ?? id) chain.unshift(step);
      return chain;
    }
    for (const importer of importersOf(current)) if (!cameFrom.has(importer)) cameFrom.set(importer, current);
  }
  return [];
}

/** The manifest maps chunks, not the modules in them, which the size budget needs to name what is too big and why. */
export function chunkModulesPlugin(): Plugin {
  let root = process.cwd();
  const relative = (id: string) => {
    const clean = id.replace(/^\0/, '').split('?')[0] ?? id;
    return path.isAbsolute(clean) ? path.relative(root, clean).split(path.sep).join('/') : clean;
  };
  return {
    name: 'chunk-modules',
    apply: 'build',
    configResolved: (config) => void (root = config.root),
    generateBundle(_options, bundle) {
      const chunks: ChunkModules = {};
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        chunks[item.fileName] = Object.fromEntries(
          Object.entries(item.modules).map(([id, rendered]) => {
            const importedBy = importPath(id, (moduleId) => this.getModuleInfo(moduleId)?.importers ?? []);
            const gzipBytes = gzipSync(rendered.code ?? '', { level: 9 }).length;
            const weight = { bytes: rendered.renderedLength, gzipBytes };
            return [relative(id), importedBy.length > 0 ? { ...weight, importedBy: importedBy.map(relative) } : weight];
          }),
        );
      }
      this.emitFile({ type: 'asset', fileName: CHUNK_MODULES_FILE, source: `${JSON.stringify(chunks, null, 1)}\n` });
    },
  };
}
