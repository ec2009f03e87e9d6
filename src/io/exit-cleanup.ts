import { rmSync } from 'node:fs';

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
      for (const each of pending) rmSync(each, { recursive: true, force: true });
    });
    hooked = true;
  }
  pending.add(path);
}

/** `path` is committed or removed by its owner: nothing left to do at exit. */
export function release(path: string): void {
  pending.delete(path);
}
