import type { CDPSession } from '@playwright/test';

/**
 * A page's JS heap split the way DevTools' heap snapshot statistics split it: V8's compiled code (machine code,
 * bytecode and their metadata, which the JIT adds to for hours as functions get hot) apart from everything else the
 * page keeps (its objects, arrays, closures, strings). Blink's native memory is left out: it is not JS heap, and
 * DOM growth is counted by the DOM counters.
 */
export interface HeapStatistics {
  /** Heap snapshot self sizes of nodes of type "code", in KB. */
  codeKB: number;
  /** Every other JS heap node's self size, in KB: what a leak in the app would add to. */
  objectsKB: number;
  /** objectsKB by node type (object, array, closure, string, hidden …), so a failure says what grew. */
  objectsKBByType: Record<string, number>;
}

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

/** Node types that are not the page's JS objects: compiled code, and what the embedder reports (native, synthetic). */
const NOT_OBJECTS = new Set(['code', 'native', 'synthetic']);

/** Takes a heap snapshot (V8 collects garbage first) and sums its nodes' self sizes by type. */
export async function heapStatistics(cdp: CDPSession): Promise<HeapStatistics> {
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  }
  const { snapshot, nodes } = JSON.parse(chunks.join('')) as HeapSnapshot;
  const fields = snapshot.meta.node_fields;
  const typeNames = snapshot.meta.node_types[0];
  const [typeAt, sizeAt, stride] = [fields.indexOf('type'), fields.indexOf('self_size'), fields.length];
  let code = 0;
  let objects = 0;
  const byType = new Map<string, number>();
  for (let node = 0; node < nodes.length; node += stride) {
    const type = typeNames[nodes[node + typeAt] ?? -1] ?? 'unknown';
    const size = nodes[node + sizeAt] ?? 0;
    if (type === 'code') code += size;
    else if (!NOT_OBJECTS.has(type)) {
      objects += size;
      byType.set(type, (byType.get(type) ?? 0) + size);
    }
  }
  return {
    codeKB: Math.round(code / 1024),
    objectsKB: Math.round(objects / 1024),
    objectsKBByType: Object.fromEntries([...byType].map(([type, size]) => [type, Math.round(size / 1024)])),
  };
}
