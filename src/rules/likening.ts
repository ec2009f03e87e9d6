import { beforeAdverbs, type Token } from '../nlp/index.js';
import { countEngagementNothingWithin, firstAtOrAfter, signOf, type RuleContext, type WorkingHit } from './context.js';
import { runStart } from './phrase.js';
import { CLAUSE_BREAK } from './scope.js';

/**
 * likening — "Negotiating with Managua is like pouring water into sand", "Every meeting with them is like
 * talking to a wall": a form of "be" and "like" followed within `REACH` tokens by a hit that counts for
 * confrontation liken what stands before them, in their clause, to a futile or hostile act. The
 * engagement still counting there is what the speaker calls futile, not an act of engagement, and
 * counts 0 (modifier `likened:<entry>`); the likening keeps its own count. "Peace is like a garden"
 * likens to nothing hostile and stays.
 */
export function likening(context: RuleContext): void {
  const { tokens, sentences } = context.analysis;
  // Rules run once per sentence, on its hits: only that sentence's tokens are looked at.
  const span = sentences[tokens[context.hits[0]?.first ?? -1]?.sentence ?? -1];
  if (span === undefined) return;
  for (let like = span.firstToken + 1; like <= span.lastToken; like += 1) {
    if (tokens[like]?.normal !== 'like') continue;
    const copula = beforeAdverbs(tokens, like);
    if (tokens[copula]?.lemma !== 'be') continue;
    const image = hostileHitAfter(context, like);
    if (image === undefined) continue;
    const start = runStart(tokens, copula - 1, copula - span.firstToken, (t) => !CLAUSE_BREAK.has((tokens[t] as Token).normal));
    countEngagementNothingWithin(context, start, copula - 1, `likened:${image.term}`);
  }
}

/** The first hit counting for confrontation that starts within `REACH` tokens after "like" at `like`. */
function hostileHitAfter(context: RuleContext, like: number): WorkingHit | undefined {
  const { hits } = context;
  for (let h = firstAtOrAfter(hits, like + 1); h < hits.length && (hits[h] as WorkingHit).first <= like + REACH; h += 1) {
    const hit = hits[h] as WorkingHit;
    if (hit.factor !== 0 && signOf(hit) < 0) return hit;
  }
  return undefined;
}

/** Tokens from "like" to the first word of the hit it likens to: "like arguing with a brick wall" is 4. */
const REACH = 4;
