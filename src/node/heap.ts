import v8 from 'node:v8';
import vm from 'node:vm';

/** Heap in use (bytes) above which a finished piece of work is followed by a full collection. */
const HEAP_CEILING = 64 * 1024 * 1024;

let collect: (() => void) | undefined;

/**
 * Keeps a long corpus run's heap near its live size. While collections are cheap, V8 keeps raising the
 * heap size that triggers the next one: over a 200 MB JSONL the old generation reached 130 MB before
 * each full collection, though only about 38 MB survived, and peak RSS 270 MB. A full collection
 * whenever a finished piece leaves more than `HEAP_CEILING` in use costs about 10 ms per piece of 1 MB
 * (about a second of work) and keeps the heap, and so the RSS, flat. `gc` is V8's own, reached
 * without `--expose-gc` on the command line.
 */
export function trimHeap(): void {
  if (v8.getHeapStatistics().used_heap_size < HEAP_CEILING) return;
  collect ??= exposeGc();
  collect();
}

function exposeGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}
