import type { Mention } from './mentions.js';
import type { Actors } from './types.js';
import { firstIndexWhereNot } from '../util/search.js';

/**
 * The actor a statement is aimed at: the first resolved mention inside `[start, end)` that is not the
 * speaker, not the speaker's own affiliation ("Lee" on "South Korea"), and not another member of the
 * same side (a state's own leader, a colleague with the same affiliation). Pronouns never count.
 */
export function findTarget(mentions: readonly Mention[], start: number, end: number, actorId: string | null, actors: Actors): string | null {
  const speaker = actorId === null ? undefined : actors.get(actorId);
  const side = speaker?.affiliation ?? speaker?.id;
  // Mentions are in text order: start at the first one inside the range.
  for (let k = firstIndexWhereNot(mentions.length, (i) => (mentions[i] as Mention).start < start); k < mentions.length && (mentions[k] as Mention).start < end; k += 1) {
    const m = mentions[k] as Mention;
    if (m.end > end || m.actor === null || m.form === 'pronoun' || m.actor === actorId) continue;
    const other = actors.get(m.actor);
    if (side !== undefined && (m.actor === side || other?.affiliation === side)) continue;
    return m.actor;
  }
  return null;
}
