import { renameSync, rmSync } from 'node:fs';

/** Temporary files and directories still in use, removed if the process exits before they are released. */
const pending = new Set<string>();
let hooked = false;

/**
 * Removes `path` (a file or a directory) if the process exits before `release(path)`: the CLI exits at
 * once when a reader closes its stdout early (`| head`) or on Ctrl-C, wherever a run is, and must not
 * leave partial outputs or workers' parts behind. The exit hook is installed on first use, not on import.
 */
export function removeAtExit(path: string): void {
  if (!hooked) {
    process.on('exit', () => {
      for (const each of pending) {
        // Worker threads still run during 'exit' and may add a part while the directory is removed
        // (ENOTEMPTY, thrown from here with a stack): moved aside first, it gets no new parts, since
        // the workers' paths now lead nowhere. A failure here must not print a stack on the way out.
        let doomed = `${each}.${process.pid}.exit`;
        try {
          renameSync(each, doomed);
        } catch {
          doomed = each;
        }
        try {
          rmSync(doomed, { recursive: true, force: true, maxRetries: 3, retryDelay: 5 });
        } catch {
          // Nothing more can be done while the process exits.
        }
      }
    });
    hooked = true;
  }
  pending.add(path);
}

/** `path` is committed or removed by its owner: nothing left to do at exit. */
export function release(path: string): void {
  pending.delete(path);
}
