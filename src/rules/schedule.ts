import type { Match } from '../lexicon/match.js';
import type { RuleContext, WorkingHit } from './context.js';
import { trigger } from './context.js';
import { scopeStart } from './scope.js';

/**
 * schedule — "The next session of the treaty negotiations is scheduled for Nairobi", "the summit will be
 * held in Belém on 8 August": where a meeting is the subject of a scheduling phrase
 * (`modifiers.schedules`), the logistics of a meeting are no act between the parties, and hits of the
 * categories in `params.schedules.categories` in the noun phrase before the phrase count 0 (modifier
 * `schedule:<phrase>`), and so does a hit right in front of one of those, which names the meeting ("the
 * ceasefire negotiations in Doha would resume on Monday"). The noun phrase ends, going back, at a verb or
 * clause punctuation: "Iran agreed to talks, which are scheduled for Monday" keeps "agreed". The body
 * that meets counts 0 too (`params.schedules.meetingCategories`: "the joint permanent commission will meet
 * in Lubumbashi"), but not what a phrase that `restarts` something restarts ("direct flights will resume on
 * 1 May" is an act), nor a meeting a refusal or negator right before it refuses ("rejected the talks
 * scheduled for Monday"). Off without `params.schedules`.
 */
export function schedule(context: RuleContext): void {
  const phrases = context.markers.schedule;
  const params = context.lexicon.params.schedules;
  if (phrases.length === 0 || params === undefined) return;
  const { categories, meetingCategories = [] } = params;
  const tokens = context.analysis.tokens;
  for (const phrase of phrases) {
    const meets = context.lexicon.modifiers.schedules?.[phrase.pattern.index]?.restarts !== true;
    // Auxiliaries right before the phrase are its own ("have been scheduled for", "will be scheduled").
    let first = phrase.first;
    while (tokens[first - 1]?.pos === 'AUX') first -= 1;
    // The clause before the phrase, cut back further at its last verb: what remains is the subject. A
    // later word of a hit of several words is no verb, whatever its tag: "a Code of Conduct" ("conduct"
    // tagged a verb).
    let start = scopeStart(context, first, REACH);
    for (let t = first - 1; t >= start; t -= 1) {
      if ((tokens[t]?.pos === 'VERB' || tokens[t]?.pos === 'AUX') && !context.hits.some((hit) => hit.first < t && t <= hit.last)) start = t + 1;
    }
    // A meeting refused or called off is that act's object, not the subject of a notice: "rejected the
    // talks scheduled for Monday", "will not veto the dialogue scheduled for June".
    if (endsRefusalOrNegator(context, start - 1)) continue;
    // Going back, so that a hit in front of a meeting word counted 0 names that meeting ("the ceasefire
    // negotiations in Doha would resume on Monday") and counts 0 with it.
    let meeting: number | undefined;
    for (let h = context.hits.length - 1; h >= 0; h -= 1) {
      const hit = context.hits[h] as WorkingHit;
      if (hit.first < start || hit.last >= first) continue;
      const counted = categories.includes(hit.category) || (meets && meetingCategories.includes(hit.category));
      if (!counted && hit.last + 1 !== meeting) continue;
      hit.factor = 0;
      hit.modifiers.push(`schedule:${trigger(context, phrase)}`);
      meeting = hit.first;
    }
  }
}

/** Whether a refusal or a negator ends at token `t`, or one or two tokens before it ("refused to attend"). */
function endsRefusalOrNegator(context: RuleContext, t: number): boolean {
  const endsAt = (marker: Match): boolean => marker.last <= t && marker.last >= t - 2;
  return context.markers.refusal.some(endsAt) || context.markers.negator.some(endsAt);
}

/** Tokens of the subject noun phrase: "the next session of the plastics treaty negotiations" is 7, "the next round of negotiations on a Code of Conduct in the South China Sea" 15. */
const REACH = 16;
