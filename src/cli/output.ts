import type { StanceScore } from '../types.js';

/** Whether to colour output: stderr/stdout is a terminal and NO_COLOR is unset (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream): boolean {
  return stream.isTTY === true && (process.env.NO_COLOR ?? '') === '';
}

const ANSI = { engagement: '\u001b[34m', confrontation: '\u001b[33m', mixed: '\u001b[35m', neutral: '\u001b[2m', reset: '\u001b[0m', bold: '\u001b[1m' };

/**
 * The text with its hits marked: coloured on a terminal (blue engagement, orange confrontation: safe
 * for colour-blind readers), else `[+hit]` / `[-hit]` so the marks survive pipes and files.
 */
export function highlight(text: string, result: StanceScore, color: boolean): string {
  let out = '';
  let cursor = 0;
  for (const hit of result.hits) {
    out += text.slice(cursor, hit.span[0]);
    const pole = hit.contribution > 0 ? 'engagement' : hit.contribution < 0 ? 'confrontation' : 'neutral';
    out += color ? `${ANSI[pole]}${ANSI.bold}${hit.text}${ANSI.reset}` : `[${hit.contribution > 0 ? '+' : hit.contribution < 0 ? '-' : '0'}${hit.text}]`;
    cursor = hit.span[1];
  }
  return out + text.slice(cursor);
}

/** `confrontation -0.70` with the label coloured on a terminal. */
export function labelled(result: StanceScore, color: boolean): string {
  const score = `${result.score >= 0 ? '+' : ''}${result.score.toFixed(2)}`;
  return color ? `${ANSI[result.label]}${result.label}${ANSI.reset} ${score}` : `${result.label} ${score}`;
}
