import { isNoun, type Token } from '../nlp/index.js';
import { trigger, type RuleContext, type WorkingHit } from './context.js';
import { endsInPrepositionalPhrase, isAttributiveParticiple, pastProposer } from './phrase.js';

/**
 * compound — "a tariff deal", "the aid blockade", "sanctions talks", "the trade war truce": where a noun
 * hit stands right before a noun hit of the other pole, the first names what the second is about and
 * counts 0 (modifier `compound:<head>`); the head says what happened. So does a noun hit whose
 * infinitive is a verb hit of the other pole ("an EU proposal to sanction two officials", "an agreement
 * to impose tariffs"): what is proposed or agreed decides, and so does a noun hit after a cooperative
 * participle that describes it ("the US-proposed sanctions", "an Italian-backed naval blockade"): who
 * proposed or backed it is said of the noun, no act of the clause. Two hits of the same pole ("peace
 * talks"), adjective modifiers ("peaceful protest"), heads that already count 0 ("undermine the peace
 * agreement": the object of the act, see `object`) and hits whose last noun stands in a prepositional
 * phrase of their own ("a breach of the ceasefire agreement": the head joins that phrase, and `object`
 * reads it as what the act is done to) are left alone.
 */
export function compound(context: RuleContext): void {
  const { hits } = context;
  const tokens = context.analysis.tokens;
  for (let h = 0; h + 1 < hits.length; h += 1) {
    const modifier = hits[h];
    const head = hits[h + 1];
    if (modifier === undefined || head === undefined || modifier.pole === head.pole || head.factor === 0) continue;
    const described = isDescribedBy(tokens, modifier, head);
    if (!isNoun(tokens[modifier.last]) && !described) continue;
    if (endsInPrepositionalPhrase(tokens, modifier)) continue;
    const adjacent = head.first === modifier.last + 1 && isNoun(tokens[head.first]);
    // A noun hit, not a verb's phrase ending in its object ("will not close the crossing to aid convoys");
    // who made it may stand between ("a proposal by several member states to freeze funds").
    const to = pastProposer(tokens, modifier.last + 1);
    const infinitive = head.first === to + 1 && tokens[to]?.normal === 'to' && tokens[head.first]?.pos === 'VERB' && isNoun(tokens[modifier.first]);
    if (!adjacent && !infinitive && !described) continue;
    modifier.factor = 0;
    modifier.modifiers.push(`compound:${trigger(context, head)}`);
  }
}

/**
 * Whether the modifier is a cooperative participle in front of the head, a noun, with at most
 * `DESCRIBED_GAP` adjectives or nouns between ("an Italian-proposed naval interdiction mission", "the
 * proposed sanctions").
 */
function isDescribedBy(tokens: readonly Token[], modifier: WorkingHit, head: WorkingHit): boolean {
  if (modifier.pole !== 'engagement' || modifier.first !== modifier.last || !isAttributiveParticiple(tokens, modifier.first)) return false;
  if (!isNoun(tokens[head.last]) || head.first - modifier.last - 1 > DESCRIBED_GAP) return false;
  for (let t = modifier.last + 1; t < head.first; t += 1) if (!DESCRIBING.has(tokens[t]?.pos ?? '')) return false;
  return true;
}

/** Words between a participle and the noun it describes: "naval" in "the proposed naval blockade". */
const DESCRIBED_GAP = 2;

const DESCRIBING: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN']);
