import { fileURLToPath } from 'node:url';

/** What rolldown passes a code-splitting group's name function: enough of its module graph to follow imports. */
interface ChunkingContext {
  getModuleInfo(moduleId: string): { importedIds: readonly string[] } | null;
}

/**
 * Chunks follow the dynamic imports, not file names: the first paint (rolldown's `$initial`), then one chunk per lazy
 * boundary with all it imports statically that the first paint lacks (one request, not many small shared chunks).
 * Other dynamic imports (a page, the charts, recharts, msw, zod) get rolldown's own chunks.
 */
const boundaries = Object.entries({
  // The dashboard and what every page shares, fetched alongside config.json (src/main.tsx).
  pages: fileURLToPath(new URL('../../src/app/routes.tsx', import.meta.url)),
  // What a card with a series needs on top of the pages (src/widgets/indicators/indicator-card.tsx).
  series: fileURLToPath(new URL('../../src/widgets/indicators/card-trend.tsx', import.meta.url)),
});

// The graph is fixed for a chunking pass, so each boundary's static closure is walked once per pass.
const closures = new WeakMap<ChunkingContext, [string, Set<string>][]>();

function staticClosure(entry: string, context: ChunkingContext): Set<string> {
  const seen = new Set([entry]);
  for (const id of seen) for (const imported of context.getModuleInfo(id)?.importedIds ?? []) seen.add(imported);
  return seen;
}

/** The lazy group a module belongs to: the first boundary that reaches it by static imports. */
function lazyGroupOf(moduleId: string, context: ChunkingContext): string | null {
  const byBoundary =
    closures.get(context) ??
    boundaries.map(([name, id]) => [name, staticClosure(id, context)] as [string, Set<string>]);
  closures.set(context, byBoundary);
  return byBoundary.find(([, closure]) => closure.has(moduleId))?.[0] ?? null;
}

/** rolldown `output.codeSplitting.groups`: the first paint first, then the lazy boundaries in order. */
export const lazyChunkGroups = [
  { name: 'shell', tags: ['$initial' as const], priority: 2 },
  { name: lazyGroupOf, priority: 1 },
];
