// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Manifest } from 'vite';
import { checkSizeBudget } from '../../scripts/size-budget/check-size-budget';
import type { ChunkModules } from '../../scripts/size-budget/chunk-modules-plugin';

const KIB = 1024;

/** An entry that imports a shell chunk statically and a charts chunk on demand, as the real build does. */
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_shell.js'],
    dynamicImports: ['src/widgets/charts/render/chart-canvas.tsx'],
  },
  '_shell.js': { file: 'assets/shell.js' },
  'src/widgets/charts/render/chart-canvas.tsx': {
    file: 'assets/chart-canvas.js',
    src: 'src/widgets/charts/render/chart-canvas.tsx',
    isDynamicEntry: true,
    imports: ['_shell.js'],
  },
};

const chunkModules = (shellExtra: ChunkModules[string] = {}): ChunkModules => ({
  'assets/index.js': { 'src/main.tsx': { bytes: 2000, gzipBytes: 1000 } },
  'assets/shell.js': {
    'node_modules/react-dom/cjs/react-dom-client.production.js': {
      bytes: 180_000,
      gzipBytes: 60_000,
      importedBy: ['node_modules/react-dom/client.js', 'src/main.tsx'],
    },
    'src/domain/format.ts': { bytes: 6000, gzipBytes: 2000, importedBy: ['src/widgets/indicators/indicator-card.tsx'] },
    ...shellExtra,
  },
  'assets/chart-canvas.js': {
    'node_modules/recharts/es6/index.js': {
      bytes: 300_000,
      gzipBytes: 100_000,
      importedBy: ['src/widgets/charts/render/chart-canvas.tsx'],
    },
  },
});

describe('size budget of the first paint', () => {
  it('passes a build whose entry and static imports stay within 90 KiB gzip, whatever loads on demand', () => {
    const result = checkSizeBudget({
      manifest,
      chunkModules: chunkModules(),
      gzipBytes: { 'assets/index.js': 1 * KIB, 'assets/shell.js': 60 * KIB, 'assets/chart-canvas.js': 100 * KIB },
    });
    expect(result.failures).toEqual([]);
    expect(result.initialFiles).toEqual(['assets/index.js', 'assets/shell.js']);
    expect(result.initialGzipBytes).toBe(61 * KIB);
  });

  it('names the module that goes over the budget and what imports it', () => {
    const result = checkSizeBudget({
      manifest,
      chunkModules: chunkModules({
        'src/features/dashboard/world-map.ts': { bytes: 120_000, gzipBytes: 30_000, importedBy: ['src/main.tsx'] },
      }),
      gzipBytes: { 'assets/index.js': 1 * KIB, 'assets/shell.js': 92 * KIB, 'assets/chart-canvas.js': 100 * KIB },
    });
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toContain('initial JavaScript is 93.0 KiB gzip, 3.0 KiB over the 90.0 KiB budget');
    expect(result.failures[0]).toContain('src/features/dashboard/world-map.ts 30.0 KiB');
    expect(result.failures[0]).toContain(
      'react-dom 60.0 KiB (node_modules/react-dom/cjs/react-dom-client.production.js ← node_modules/react-dom/client.js ← src/main.tsx)',
    );
  });

  it('fails when recharts, msw or zod reaches the initial JavaScript, naming our module that imports it', () => {
    const result = checkSizeBudget({
      manifest,
      chunkModules: chunkModules({
        'node_modules/zod/v4/core/util.js': {
          bytes: 8000,
          gzipBytes: 3000,
          importedBy: ['node_modules/zod/v4/classic/external.js', 'node_modules/zod/index.js', 'src/config/zod.ts'],
        },
      }),
      gzipBytes: { 'assets/index.js': 1 * KIB, 'assets/shell.js': 63 * KIB, 'assets/chart-canvas.js': 100 * KIB },
    });
    // The shell's 63 KiB shared out by each module's own gzip size: 63 × 3000 / 65000 ≈ 2.9 KiB for zod.
    expect(result.failures).toEqual([
      'zod is in the initial JavaScript (1 module(s), about 2.9 KiB gzip, in assets/shell.js): ' +
        'node_modules/zod/v4/core/util.js ← … ← node_modules/zod/index.js ← src/config/zod.ts; ' +
        'load it with import() where it is needed',
    ]);
  });
});
