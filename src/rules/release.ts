import { isInflectedVerb, type Token } from '../nlp/index.js';
import type { RuleContext, WorkingHit } from './context.js';
import { trigger } from './context.js';
import { nounPhraseEnd } from './phrase.js';

/**
 * release — "released ten Colombian nationals detained near the border", "released 23 Nigerian fishermen
 * detained off Bakassi": a hostile participle right after the people a release names (an engagement hit
 * whose first word is one of `params.cessations.releases` and whose last is a noun, or such a verb and
 * its object: "repatriated 23 Timorese fishermen detained for straying") says what was done to them
 * before, the harm the release undoes, as "freed detained journalists" has it before the noun (see
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
    if (freed.pole !== 'engagement' || harm.pole !== 'confrontation' || harm.factor === 0 || !releases.includes(tokens[freed.first]?.lemma ?? '')) continue;
    if (peopleEnd(tokens, freed) !== harm.first - 1 || !isInflectedVerb(tokens[harm.first])) continue;
    harm.factor = 0;
    harm.modifiers.push(`released:${trigger(context, freed)}`);
  }
}

/**
 * The last token of the people a release names: the hit's own noun ("release of the fishermen"), or the
 * noun phrase after a verb of release that is a hit alone ("repatriated 23 Timorese fishermen"); −1 when
 * neither ends in a noun.
 */
function peopleEnd(tokens: readonly Token[], freed: WorkingHit): number {
  const last = tokens[freed.last];
  const end = last?.pos === 'VERB' && freed.first === freed.last ? nounPhraseEnd(tokens, freed.last + 1, OBJECT_WORDS) : freed.last;
  return tokens[end]?.pos === 'NOUN' ? end : -1;
}

/** Words of the people after a verb of release: "the 23 Timorese fishermen" is 4. */
const OBJECT_WORDS = 5;
