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
 *
 * Its larger cost is indirect. This collection returns memory to the system, and in doing so V8 lets go
 * of object shapes it otherwise keeps for reuse; optimised code built on them is discarded and compiled
 * again on V8's background threads. Over a 23 MB JSONL with one worker, V8 ran 1,667 optimisations
 * against 420 without trimming, and the run kept 1.28–1.31 cores busy against 1.13–1.15; two workers,
 * which leave no idle core for that compiling, took 13–21% less time without it. But without trimming
 * peak RSS was 259–283 MB against 192–220 MB, and `gc({ type: 'major' })`, a collection that keeps the
 * shapes, left it as high: the RSS bound is kept and the cost accepted.
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
