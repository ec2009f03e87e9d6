import type { Mention } from './mentions.js';
import type { Actors } from './types.js';
import { firstIndexWhereNot } from '../util/search.js';

/**
 * The actor a statement is aimed at: the first resolved mention inside `[start, end)` that is not the
 * speaker, not the speaker's own affiliation ("Lee" on "South Korea"), and not another member of the
 * same side (a state's own leader, a colleague with the same affiliation). Pronouns never count. A
 * speaker left unresolved among `candidates` of one side ("Kim said the North would …", with two Kims
 * of North Korea) has that side.
 */
export function findTarget(mentions: readonly Mention[], start: number, end: number, actorId: string | null, actors: Actors, candidates: readonly string[] = []): string | null {
  const speakers = actorId === null ? candidates : [actorId];
  const side = sideOf(speakers, actors);
  // Mentions are in text order: start at the first one inside the range.
  for (let k = firstIndexWhereNot(mentions.length, (i) => (mentions[i] as Mention).start < start); k < mentions.length && (mentions[k] as Mention).start < end; k += 1) {
    const m = mentions[k] as Mention;
    if (m.end > end || m.actor === null || m.form === 'pronoun' || speakers.includes(m.actor)) continue;
    const other = actors.get(m.actor);
    if (side !== undefined && (m.actor === side || other?.affiliation === side)) continue;
    return m.actor;
  }
  return null;
}

/** The side the actors all stand on (an actor's affiliation, else the actor), if they share one. */
function sideOf(ids: readonly string[], actors: Actors): string | undefined {
  let side: string | undefined;
  for (const id of ids) {
    const actor = actors.get(id);
    const own = actor?.affiliation ?? actor?.id;
    if (own === undefined || (side !== undefined && own !== side)) return undefined;
    side = own;
  }
  return side;
}
