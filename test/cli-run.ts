import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root, and its built CLI (npm test builds it first; suites skip themselves without it). */
export const root = fileURLToPath(new URL('..', import.meta.url));
export const cli = join(root, 'dist/cli.js');

/** Runs the built CLI as users run it, without colour: its exit code and output. */
export function runCli(args: readonly string[], { cwd = root, input }: { cwd?: string; input?: string } = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
