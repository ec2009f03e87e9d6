import v8 from 'node:v8';
import vm from 'node:vm';

/** Heap in use (bytes) above which a finished piece of work is followed by a full collection. */
const HEAP_CEILING = 64 * 1024 * 1024;

let collect: (() => void) | undefined;

/**
 * Keeps a long corpus run's heap near its live size, in the thread that analyses when there is one
 * worker (`analyzeFiles` calls it after each task there). While collections are cheap, V8 keeps raising
 * the heap size that triggers the next one: over a 200 MB JSONL the old generation reached 130 MB before
 * each full collection, though only about 38 MB survived, and peak RSS 270 MB. A full collection
 * whenever a finished piece leaves more than `HEAP_CEILING` in use costs about 10 ms per piece of 1 MB
 * (about a second of work) and keeps the heap, and so the RSS, flat. `gc` is V8's own, reached
 * without `--expose-gc` on the command line.
 *
 * Its larger cost is indirect. This collection returns memory to the system, and in doing so V8 lets go
 * of object shapes it otherwise keeps for reuse; optimised code built on them is discarded and compiled
 * again on V8's background threads. Over a 23 MB JSONL with one worker, V8 ran 1,667 optimisations
 * against 420 without trimming, and the run kept 1.28–1.31 cores busy against 1.13–1.15, but took no
 * longer: the compiling ran on a core the run left idle. Without trimming its peak RSS was 253–277 MB
 * against 188–215 MB, and `gc({ type: 'major' })`, a collection that keeps the shapes, left it as high.
 * Pool threads do not trim: with two workers no core is idle, and in 16 alternating pairs of two-worker
 * runs on the 23 MB the run without trimming took less time in 15, by a median of 12%; on 203 MB, 93 s
 * against 119 s. Their heaps stay bounded by V8's own limits: peak RSS of two workers 459–515 MB on the
 * 23 MB and 522 MB on 203 MB, against 338–401 MB and 419 MB with trimming.
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
