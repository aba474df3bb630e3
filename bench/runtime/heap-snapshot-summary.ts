import type { CDPSession } from 'playwright-core';

/** What a heap snapshot holds, in bytes, split by what a leak would show up in. */
export interface HeapSummary {
  /** Every node's self size. */
  readonly total: number;
  /** Compiled code: grows as V8 optimises more functions, which is not a leak. */
  readonly code: number;
  /** JS objects, closures, arrays and strings (DOM wrappers included): where a leak shows. */
  readonly objects: number;
  /** How many of those there are; unlike their bytes, not moved by an array growing its store. */
  readonly objectCount: number;
}

/** Snapshot node types that are values a program allocated. */
const OBJECT_TYPES = new Set([
  'object',
  'closure',
  'array',
  'string',
  'concatenated string',
  'sliced string',
  'number',
  'regexp',
  'symbol',
  'bigint',
]);

interface RawSnapshot {
  readonly snapshot: {
    readonly meta: {
      readonly node_fields: string[];
      readonly node_types: [string[], ...unknown[]];
    };
  };
  readonly nodes: number[];
}

/**
 * Takes a heap snapshot through the DevTools protocol (which collects garbage first) and sums
 * its nodes' self sizes by kind, so JIT code growth can be told apart from retained objects.
 *
 * @example
 * const before = await summarizeHeap(cdp);
 */
export async function summarizeHeap(cdp: CDPSession): Promise<HeapSummary> {
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  }
  const raw = JSON.parse(chunks.join('')) as RawSnapshot;
  const fields = raw.snapshot.meta.node_fields;
  const typeNames = raw.snapshot.meta.node_types[0];
  const typeField = fields.indexOf('type');
  const sizeField = fields.indexOf('self_size');
  let total = 0;
  let code = 0;
  let objects = 0;
  let objectCount = 0;
  for (let index = 0; index < raw.nodes.length; index += fields.length) {
    const type = typeNames[raw.nodes[index + typeField] ?? -1] ?? '';
    const size = raw.nodes[index + sizeField] ?? 0;
    total += size;
    if (type === 'code') code += size;
    else if (OBJECT_TYPES.has(type)) {
      objects += size;
      objectCount++;
    }
  }
  return { total, code, objects, objectCount };
}
