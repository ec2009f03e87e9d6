import { isNounPhraseWord } from '../nlp/index.js';
import type { RuleContext } from './context.js';
import { trigger } from './context.js';
import { runEnd } from './phrase.js';

/**
 * conditional — "if they attack, we will respond": a conditional or hypothetical marker makes the
 * whole sentence hypothetical, so every hit in it is scaled by the marker's factor (once per sentence,
 * by its first marker). A marker with a `condition` factor also scales the hits of the noun phrase right
 * after it: "pledged to help each other in the event of an attack" pledges help, and the attack is only
 * what it is for.
 */
export function conditional(context: RuleContext): void {
  if (context.markers.conditional.length === 0) return;
  const tokens = context.analysis.tokens;
  const firstBySentence = new Map<number, (typeof context.markers.conditional)[number]>();
  for (const marker of context.markers.conditional) {
    const sentence = tokens[marker.first]?.sentence ?? 0;
    if (!firstBySentence.has(sentence)) firstBySentence.set(sentence, marker);
  }
  for (const hit of context.hits) {
    const marker = firstBySentence.get(tokens[hit.first]?.sentence ?? 0);
    const item = marker && context.lexicon.modifiers.conditionals[marker.pattern.index];
    if (marker === undefined || item === undefined) continue;
    hit.factor *= item.factor;
    hit.modifiers.push(`conditional:${trigger(context, marker)}`);
  }
  for (const marker of context.markers.conditional) {
    const condition = context.lexicon.modifiers.conditionals[marker.pattern.index]?.condition;
    if (condition === undefined) continue;
    const end = runEnd(tokens, marker.last + 1, tokens.length, (t) => isNounPhraseWord(tokens[t]));
    for (const hit of context.hits) {
      if (hit.first <= marker.last || hit.last > end) continue;
      hit.factor *= condition;
      hit.modifiers.push(`condition:${trigger(context, marker)}`);
    }
  }
}
