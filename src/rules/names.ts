import { COPULAS, isCapitalised } from '../nlp/index.js';
import type { RuleContext } from './context.js';

/**
 * names — "the Stockholm International Peace Research Institute", "the Collective Security Treaty
 * Organisation", "the Korean War", "the Treaty of Peace and Friendship": a hit whose words are all
 * capitalised and which touches another capitalised word (or follows one and "of", "on", "for", "and")
 * is part of a name, and a name is not a stance (`factor` 0, modifier `name`). The first word of a
 * sentence only counts as a neighbour when the next word is capitalised too ("Peace talks resumed" keeps
 * its hit). In a title-case headline, where more than `params.names.titleCaseShare` of the words after
 * the first are capitalised (lower-case function words not counted), capitals say nothing and the rule
 * stays off. Off without `params.names`.
 */
export function names(context: RuleContext): void {
  const share = context.lexicon.params.names?.titleCaseShare;
  if (share === undefined || context.hits.length === 0) return;
  const { tokens, sentences, text } = context.analysis;
  const sentence = sentences[tokens[context.hits[0]?.first ?? 0]?.sentence ?? 0];
  if (sentence === undefined) return;
  const capitalised = (t: number): boolean => {
    const token = tokens[t];
    return token !== undefined && t >= sentence.firstToken && t <= sentence.lastToken && isCapitalised(text, token);
  };
  // Most hits are lower-case words: then no name can hold them and the sentence need not be counted.
  if (!context.hits.some((hit) => capitalised(hit.first))) return;
  // The sentence's first word is capitalised in any sentence, and a title-case headline leaves only
  // function words in lower case; so the share counts the other words, less lower-case function words.
  let words = 0;
  let capitals = 0;
  for (let t = sentence.firstToken + 1; t <= sentence.lastToken; t += 1) {
    const token = tokens[t] as (typeof tokens)[number];
    const first = text[token.start] ?? '';
    if (first.toLowerCase() === first.toUpperCase()) continue;
    if (isCapitalised(text, token)) capitals += 1;
    else if (FUNCTION_WORDS.has(token.pos)) continue;
    words += 1;
  }
  if (words === 0 || capitals / words > share) return;
  // The sentence's first word is capitalised anyway: it joins a name only with a capitalised word after it.
  const inName = (t: number): boolean => capitalised(t) && (t !== sentence.firstToken || capitalised(t + 1));
  // A name may go on after "of", "on", "for" or "and": "the Declaration on Friendly Relations and
  // Good-Neighbourliness", "the Treaty of Peace". Only after a capitalised word: before one, "Talks on
  // Monday" would be a name.
  const linked = (t: number): boolean => NAME_LINKS.has(tokens[t]?.normal ?? '') && inName(t - 1);
  // Before "of" and a capitalised word, perhaps after "the" ("the Battle of Waterloo", "the Battle of the
  // Bulge"), a capitalised word inside a sentence opens a name; at the sentence's start it is capitalised
  // anyway ("Destruction of Gaza's hospitals continued").
  const opensName = (first: number, last: number): boolean => {
    if (first === sentence.firstToken || tokens[last + 1]?.normal !== 'of') return false;
    return capitalised(last + 2) || (tokens[last + 2]?.normal === 'the' && capitalised(last + 3));
  };
  const objectCategories = context.lexicon.params.names?.objectCategories ?? [];
  /**
   * Whether the words `first`..`last` end the run of capitalised words that a verb or a negator has as
   * its object, perhaps after a determiner: the name's head ("suspended the Indus Waters Treaty on
   * Wednesday", "restored the Treaty of Friendship", "the suspension of the Indus Waters Treaty"). Not
   * after another preposition ("under the Indus Waters Treaty") nor inside a longer name ("the
   * Collective Security Treaty Organisation").
   */
  const isHeadOfObject = (first: number, last: number): boolean => {
    let start = first;
    while (start - 1 > sentence.firstToken && capitalised(start - 1)) start -= 1;
    const before = tokens[start - 1]?.pos === 'DET' ? start - 2 : start - 1;
    const acted = tokens[before]?.pos === 'VERB' || context.markers.negator.some((negator) => negator.last === before);
    return acted && !capitalised(last + 1);
  };
  /**
   * Whether the name ending at `last` is the subject of a form of "be", "remain" or "stay", perhaps
   * after auxiliaries ("the Indus Waters Treaty was placed in abeyance", "the Comprehensive Military
   * Agreement will stay suspended"): what the predicate says is done to the agreement.
   */
  const isHeadOfSubject = (last: number): boolean => {
    if (capitalised(last + 1)) return false;
    let t = last + 1;
    while (t <= last + AUXILIARIES_MAX && tokens[t]?.pos === 'AUX' && !COPULAS.has(tokens[t]?.lemma ?? '')) t += 1;
    return COPULAS.has(tokens[t]?.lemma ?? '');
  };
  for (const hit of context.hits) {
    let all = true;
    for (let t = hit.first; t <= hit.last && all; t += 1) all = capitalised(t) || !/\p{L}/u.test(tokens[t]?.normal ?? '');
    if (!all || !(inName(hit.first - 1) || capitalised(hit.last + 1) || linked(hit.first - 1) || opensName(hit.first, hit.last))) continue;
    if (objectCategories.includes(hit.category) && (isHeadOfObject(hit.first, hit.last) || isHeadOfSubject(hit.last))) continue;
    hit.factor = 0;
    hit.modifiers.push('name');
  }
}

/** Auxiliaries before such a verb: "will stay", "has been", "would have been". */
const AUXILIARIES_MAX = 2;

/** Lower-case words inside names between capitalised words. */
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'on', 'for', 'and']);

/** Universal POS tags of the words a title-case headline keeps in lower case ("Talks to Resume in Doha"). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART']);
