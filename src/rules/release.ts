import { isInflectedVerb } from '../nlp/index.js';
import type { RuleContext, WorkingHit } from './context.js';
import { trigger } from './context.js';

/**
 * release — "released ten Colombian nationals detained near the border", "released 23 Nigerian fishermen
 * detained off Bakassi": a hostile participle right after the people a release names (an engagement hit
 * whose first word is one of `params.cessations.releases` and whose last is a noun) says what was done to
 * them before, the harm the release undoes, as "freed detained journalists" has it before the noun (see
 * `negation`). It counts 0 (modifier `released:<release>`). Off without `params.cessations`.
 */
export function release(context: RuleContext): void {
  const releases = context.lexicon.params.cessations?.releases;
  if (releases === undefined) return;
  const { hits } = context;
  const tokens = context.analysis.tokens;
  for (let h = 0; h + 1 < hits.length; h += 1) {
    const freed = hits[h] as WorkingHit;
    const harm = hits[h + 1] as WorkingHit;
    if (freed.pole !== 'engagement' || harm.pole !== 'confrontation' || harm.first !== freed.last + 1 || harm.factor === 0) continue;
    if (!releases.includes(tokens[freed.first]?.lemma ?? '') || tokens[freed.last]?.pos !== 'NOUN' || !isInflectedVerb(tokens[harm.first])) continue;
    harm.factor = 0;
    harm.modifiers.push(`released:${trigger(context, freed)}`);
  }
}
