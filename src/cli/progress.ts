import cliProgress from 'cli-progress';

/** What a run has done so far. */
export interface RunCounts {
  read: number;
  written: number;
  rejected: number;
}

/** A progress display on stderr: a live counter on a terminal, nothing otherwise or under --quiet. */
export interface Progress {
  tick(counts: RunCounts): void;
  /** Prints a line without breaking the bar. */
  log(message: string): void;
  stop(): void;
}

/** Creates the progress display for a run over `unit` (e.g. "documents"). */
export function createProgress(quiet: boolean, unit: string): Progress {
  const live = !quiet && process.stderr.isTTY === true;
  if (!live) return { tick() {}, log: (message) => process.stderr.write(`${message}\n`), stop() {} };
  // The total is unknown while input streams, so the bar shows counts and throughput instead of a ratio.
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `{value} ${unit} read | {written} done | {rejected} rejected | {duration_formatted}`, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0, { written: 0, rejected: 0 });
  return {
    tick: (counts) => bar.update(counts.read, { written: counts.written, rejected: counts.rejected }),
    log(message) {
      process.stderr.write(`\r\u001b[K${message}\n`);
    },
    stop: () => bar.stop(),
  };
}

/** The final summary line, on stderr unless --quiet. */
export function summary(quiet: boolean, line: string): void {
  if (!quiet) process.stderr.write(`${line}\n`);
}
