import type { Token } from '../nlp/index.js';

/**
 * The last token of the run that starts at `start` and goes on while `inside(t)` holds, within `reach`
 * tokens and the sentence of `start`; `start − 1` when the run is empty. Rules use it to find where a
 * noun phrase or a list of them ends.
 */
export function runEnd(tokens: readonly Token[], start: number, reach: number, inside: (t: number) => boolean): number {
  const sentence = tokens[start]?.sentence;
  let end = start - 1;
  for (let t = start; t < start + reach; t += 1) {
    if (tokens[t] === undefined || tokens[t]?.sentence !== sentence || !inside(t)) break;
    end = t;
  }
  return end;
}
