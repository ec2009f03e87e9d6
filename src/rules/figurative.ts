import type { Match } from '../lexicon/match.js';
import { isGerund, isInnerHyphen, isNoun, pastHyphenPieces, type Token } from '../nlp/index.js';
import type { RuleContext } from './context.js';
import { firstAtOrAfter, trigger } from './context.js';

/**
 * figurative — "declared war on paperwork", "pledged to crush inflation", "a declaration of war on
 * carbon": a confrontation hit whose object is something that is no party to a conflict
 * (`modifiers.figurative`) is a figure of speech, not a stance, and counts 0 (modifier
 * `figurative:<object>`). The object is the first figurative match after the hit, reached over a noun
 * the hit's compound ends in ("a battle plan against the deficit"), at most one "on" / "against" /
 * "for" / "of" / "with" ("at war with the desert") and up to `REACH` determiners, adjectives, numbers
 * or pronouns ("war on all this needless paperwork"), a hyphenated one counted as one word ("an assault
 * on drug-resistant bacteria"), the last perhaps a noun of its compound ("the fight against drug
 * trafficking"). Engagement hits are left alone: "cooperation on climate change" is cooperation.
 * Natural hazards (`modifiers.hazards`) are such objects too: "the battle against the floods".
 */
export function figurative(context: RuleContext): void {
  const objects = objectsOf(context);
  if (objects.length === 0) return;
  const tokens = context.analysis.tokens;
  for (const hit of context.hits) {
    if (hit.pole !== 'confrontation') continue;
    const object = objects[firstAtOrAfter(objects, hit.last + 1)];
    if (object === undefined) continue;
    let t = hit.last + 1;
    // The act may head a compound before its preposition: "a battle plan against the deficit"; a noun that
    // is the object itself is none ("help Serbia fight wildfires on Fruška Gora").
    if (tokens[t]?.pos === 'NOUN' && t !== object.first && PREPOSITIONS.has(tokens[t + 1]?.normal ?? '')) t += 1;
    const preposition = tokens[t]?.normal ?? '';
    if (BLAME.has(hit.category) && preposition !== 'on' && PREPOSITIONS.has(preposition)) continue;
    // After a noun, "from" names who wages it: "under siege from mosquitoes"; after a verb it names whom
    // the act takes something from ("seized from smugglers"). A hazard there is the cause `hazard` reads
    // ("the death toll from the cyclone").
    if (PREPOSITIONS.has(preposition) || (preposition === 'from' && isNoun(tokens[hit.last]) && !context.markers.hazard.includes(object))) t += 1;
    // A hyphenated modifier is one word, whatever its first piece is tagged: "an assault on drug-resistant bacteria".
    for (let skipped = 0; t < object.first && skipped < REACH && (modifies(tokens[t], t + 1 === object.first) || isInnerHyphen(tokens, t + 1)); skipped += 1) {
      const next = pastHyphenPieces(tokens, t + 1);
      // The object may be the hyphenated word's last piece: "to intercept people-smuggling networks".
      t = next > object.first && isInnerHyphen(tokens, object.first - 1) ? object.first : next;
    }
    if (t !== object.first) continue;
    hit.factor = 0;
    hit.modifiers.push(`figurative:${trigger(context, object)}`);
  }
}

/**
 * Categories of blame, which is no act on what its "for" names: "holds the Sudanese army fully responsible
 * for this crime" blames the army for the crime, where "the fight against crime" is a figure of speech.
 * What blame falls on is its object: "blamed the weak currency", "which traders blamed on the stronger dollar".
 */
const BLAME: ReadonlySet<string> = new Set(['disapprove', 'demand']);

/** The figurative objects and the hazards of the context, in text order. */
function objectsOf(context: RuleContext): readonly Match[] {
  const { figurative: objects, hazard } = context.markers;
  return hazard.length === 0 ? objects : [...objects, ...hazard].sort((a, b) => a.first - b.first);
}

/** What introduces the target of a hostile act or what it is fought for ("war on", "a battle against", "the fight for the title", "a battlefield of ideas"). */
const PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'against', 'for', 'of', 'with']);

/**
 * Whether a token may stand between the act and its object: a determiner, an adjective, a number or a
 * pronoun ("the", "rising", "two", "its"), or right before the object a noun, the first part of its
 * compound ("the fight against drug trafficking"), or an -ing form tagged as a verb ("blamed the
 * slumping currency").
 */
function modifies(token: Token | undefined, beforeObject: boolean): boolean {
  return token !== undefined && (MODIFYING.has(token.pos) || (beforeObject && (token.pos === 'NOUN' || isGerund(token))));
}

/** Parts of speech that may stand between the act and its object. */
const MODIFYING: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'PRON']);

/** Words between the act (or its preposition) and the object: "on all this needless paperwork". */
const REACH = 4;
