// Speed ratios of two tasks on the same input, timed in pairs: the input is cut into chunks of a few
// tens of milliseconds of work, and each chunk is run by one task and then the other (the order
// alternating from chunk to chunk and from pass to pass). On this shared host the same pass of the same
// work takes up to 1.8 × longer from one second to the next, in phases of seconds (measured 2026-12-02:
// vader-sentiment 1.77–3.36 s for one pass of 20,000 sentences, ten passes in one process, CPU time
// moving with wall time, no steal time in /proc/stat). Whole passes timed one after the other catch such
// phases in one task and not in the other, so a ratio of their medians moved by a third between runs;
// paired chunks put both tasks through the same phases.
// tinybench times a task's iterations back to back, so the pairing is done here, with performance.now().

/**
 * Times `a` and `b` on every chunk, in pairs, for 1 warm-up pass and then `passes` timed passes, with a
 * full GC (`collect`) before each pass. What each call returns is kept until the end of its pass, as
 * `scoreMany` keeps every result of its input. Returns how many times faster `a` ran than `b` (b's time
 * over a's, summed over the timed passes), the same figure for each pass, and each task's mean pass in ms.
 */
export function pairedSpeedRatio({ chunks, a, b, passes, collect }) {
  const perPass = [];
  let aTotal = 0;
  let bTotal = 0;
  for (let pass = 0; pass <= passes; pass += 1) {
    collect();
    const kept = [];
    let aMs = 0;
    let bMs = 0;
    chunks.forEach((chunk, index) => {
      const aFirst = (index + pass) % 2 === 0;
      for (const run of aFirst ? [a, b] : [b, a]) {
        const started = performance.now();
        kept.push(run(chunk));
        const ms = performance.now() - started;
        if (run === a) aMs += ms;
        else bMs += ms;
      }
    });
    if (pass === 0) continue;
    perPass.push(bMs / aMs);
    aTotal += aMs;
    bTotal += bMs;
  }
  return { ratio: bTotal / aTotal, perPass, aMs: aTotal / passes, bMs: bTotal / passes };
}

/** `list` cut into consecutive chunks of `size` items (the last one shorter). */
export function chunksOf(list, size) {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
}
