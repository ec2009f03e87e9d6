import type { RuleContext } from './context.js';
import { trigger } from './context.js';

/**
 * contrast — "we want peace, but we will retaliate": after a contrast marker the clause counts more
 * (`after`), before it less (`before`). A hit takes the factor of the last marker before it in its
 * sentence that still reaches it (a marker with `until: "clause"` stops at the next comma or
 * semicolon: "despite tensions, they signed"), else the `before` factor of the first marker after it.
 * A marker that opens a sentence ("However, …") lowers the previous sentence's untouched hits.
 */
export function contrast(context: RuleContext): void {
  const tokens = context.analysis.tokens;
  const sentences = context.analysis.sentences;
  const items = context.lexicon.modifiers.contrast;
  const touched = new Set<number>();
  context.hits.forEach((hit, h) => {
    const sentence = tokens[hit.first]?.sentence;
    const same = context.markers.contrast.filter((m) => tokens[m.first]?.sentence === sentence);
    const before = same.filter((m) => m.last < hit.first && reaches(context, m, hit.first)).at(-1);
    const after = same.find((m) => m.first > hit.last);
    const marker = before ?? after;
    const item = marker && items[marker.pattern.index];
    if (marker === undefined || item === undefined) return;
    hit.factor *= before ? item.after : item.before;
    hit.modifiers.push(`${before ? 'contrast-after' : 'contrast-before'}:${trigger(context, marker)}`);
    touched.add(h);
  });
  for (const marker of context.markers.contrast) {
    const sentence = tokens[marker.first]?.sentence ?? 0;
    const item = items[marker.pattern.index];
    if (sentence === 0 || item === undefined || sentences[sentence]?.firstToken !== marker.first) continue;
    context.hits.forEach((hit, h) => {
      if (touched.has(h) || tokens[hit.first]?.sentence !== sentence - 1) return;
      hit.factor *= item.before;
      hit.modifiers.push(`contrast-before:${trigger(context, marker)}`);
    });
  }
}

const CLAUSE_BREAK = new Set([',', ';', ':']);

function reaches(context: RuleContext, marker: RuleContext['markers']['contrast'][number], token: number): boolean {
  if (context.lexicon.modifiers.contrast[marker.pattern.index]?.until !== 'clause') return true;
  const tokens = context.analysis.tokens;
  for (let t = marker.last + 1; t < token; t += 1) if (CLAUSE_BREAK.has(tokens[t]?.normal ?? '')) return false;
  return true;
}
