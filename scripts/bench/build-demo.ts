import path from 'node:path';
import { build } from 'vite';

export interface BuiltChunk {
  fileName: string;
  moduleIds: string[];
}

export interface DemoBuild {
  outDir: string;
  chunks: BuiltChunk[];
}

/**
 * Builds the demo exactly as `npm start` does (the project's vite.config.ts, public/config.json with mocks on),
 * plus a manifest, into its own directory so dist/ used by the browser tests is never touched.
 */
export async function buildDemo(root: string, outDir: string): Promise<DemoBuild> {
  // runnerImport, which loaded this file, sets NODE_ENV=development for the process, and vite build keeps an
  // existing NODE_ENV: React's development build would be measured instead of what `vite build` ships.
  process.env.NODE_ENV = 'production';
  const result = await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    // Served from the server root below, whatever BASE_PATH the shell happens to carry.
    base: '/',
    // Hidden source maps change no byte of the served code; the trace uses them to name the functions it samples.
    build: { outDir, emptyOutDir: true, manifest: true, sourcemap: 'hidden' },
  });
  const chunks: BuiltChunk[] = [];
  for (const output of Array.isArray(result) ? result : [result]) {
    if (!('output' in output)) throw new Error('vite build started a watcher instead of building once');
    for (const item of output.output) {
      if (item.type === 'chunk') chunks.push({ fileName: item.fileName, moduleIds: [...item.moduleIds] });
    }
  }
  const development = chunks
    .flatMap((chunk) => chunk.moduleIds)
    .find((id) => /[\\/]node_modules[\\/].*\.development\.js$/.test(id));
  if (development)
    throw new Error(`the build bundles a development module (${development}), not what production ships`);
  return { outDir, chunks };
}
