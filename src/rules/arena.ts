import type { Analysis, Token } from '../nlp/index.js';
import type { RuleContext, WorkingHit } from './context.js';
import { trigger } from './context.js';

/**
 * arena — "Lyon won a bruising battle with Marseille at the stadium", "India and Pakistan clash again in
 * the Asia Cup final": in a sentence with a word of sport or games (`modifiers.arenas`), confrontation
 * hits of the categories in `params.arenas.categories` (fighting, assault, hostility…) are figures of
 * speech and count 0 (modifier `arena:<word>`). Other acts keep their weight: "Russia was banned from
 * the tournament" is a sanction. A game's score is such a word when it follows a name or comes before a
 * result ("crushed Barbados 78-41", "beat Tanzania 3–1", "a 2-0 win"); a vote ("the Senate voted 52-48")
 * or a span of dates ("on 3-4 March") is none. Off without `params.arenas`.
 */
export function arena(context: RuleContext): void {
  const categories = context.lexicon.params.arenas?.categories;
  if (categories === undefined) return;
  const isFigure = (hit: WorkingHit) => hit.pole === 'confrontation' && categories.includes(hit.category);
  // Most sentences have no such hit: they end here, before any search for a score.
  const first = context.hits.find(isFigure);
  if (first === undefined) return;
  const word = context.markers.arena[0];
  const sign = word === undefined ? score(context.analysis, first.first) : trigger(context, word);
  if (sign === undefined) return;
  for (const hit of context.hits) {
    if (!isFigure(hit)) continue;
    hit.factor = 0;
    hit.modifiers.push(`arena:${sign}`);
  }
}

/** The first game score ("78-41", "3–1") of the sentence of token `at`, lower-cased as tokens are, or undefined. */
function score({ tokens, sentences }: Analysis, at: number): string | undefined {
  const sentence = sentences[tokens[at]?.sentence ?? -1];
  if (sentence === undefined) return undefined;
  for (let t = sentence.firstToken; t <= sentence.lastToken; t += 1) {
    const last = scoreEnd(tokens, t);
    if (last === -1) continue;
    // A noun may stand between the score and its result: "a 6-5 overtime win".
    const after = tokens[last + 1]?.pos === 'NOUN' && !RESULTS.has(tokens[last + 1]?.normal ?? '') ? tokens[last + 2] : tokens[last + 1];
    if (tokens[t - 1]?.pos === 'PROPN' || RESULTS.has(after?.normal ?? '')) return tokens.slice(t, last + 1).map((x) => x.normal).join('');
  }
  return undefined;
}

/**
 * The last token of a score that opens at `t`: one token ("6-1"), or three where the tokenizer splits it
 * at an en dash ("3", "–", "1"); −1 when no score opens there.
 */
function scoreEnd(tokens: readonly Token[], t: number): number {
  const token = tokens[t];
  if (token?.pos !== 'NUM') return -1;
  if (SCORE.test(token.normal)) return t;
  return GOALS.test(token.normal) && DASHES.has(tokens[t + 1]?.normal ?? '') && GOALS.test(tokens[t + 2]?.normal ?? '') ? t + 2 : -1;
}

/** A score in one token, and one side's goals or points. */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;
const GOALS = /^\d{1,3}$/;
const DASHES: ReadonlySet<string> = new Set(['-', '–']);

/** Results a score comes before: "a 2-0 win", "a 6-5 overtime win". */
const RESULTS: ReadonlySet<string> = new Set(['win', 'victory', 'defeat', 'loss', 'draw', 'triumph', 'rout']);
