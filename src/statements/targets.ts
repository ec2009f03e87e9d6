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

/** The side an actor stands on: its affiliation, else itself. */
export function sideOfActor(id: string, actors: Actors): string {
  return actors.get(id)?.affiliation ?? id;
}

/** The side the actors all stand on (an actor's affiliation, else the actor), if they share one. */
function sideOf(ids: readonly string[], actors: Actors): string | undefined {
  let side: string | undefined;
  for (const id of ids) {
    if (actors.get(id) === undefined) return undefined;
    const own = sideOfActor(id, actors);
    if (side !== undefined && own !== side) return undefined;
    side = own;
  }
  return side;
}

/**
 * For a statement that names no target, the side the document sets against its speaker's: among the
 * sides the document names (an actor's affiliation, else the actor; pronouns and go-betweens not
 * counted), the one other than the speaker's named at least `dominance` times as often as any other
 * ("Pakistan closed all border crossings on Sunday" in a story about Afghanistan and Pakistan is aimed
 * at Afghanistan). `null` when the speaker is unknown, no other side is named, two compete (a story of
 * three sides with no clear counterpart), or the counterpart acts with the speaker (`coSubjects`:
 * "North Korea and South Korea condemned the storm damage").
 */
export function documentCounterpart(mentions: readonly Mention[], actors: Actors, dominance: number): (actorId: string | null, coSubjects?: readonly string[]) => string | null {
  const named = new Map<string, number>();
  for (const m of mentions) {
    if (m.actor === null || m.form === 'pronoun') continue;
    const side = sideOfActor(m.actor, actors);
    if (actors.get(side) !== undefined) named.set(side, (named.get(side) ?? 0) + 1);
  }
  return (actorId, coSubjects = []) => {
    const own = actorId === null ? undefined : sideOf([actorId], actors);
    if (own === undefined) return null;
    let first: string | null = null;
    let most = 0;
    let next = 0;
    for (const [side, count] of named) {
      if (side === own) continue;
      if (count > most) [first, most, next] = [side, count, most];
      else if (count > next) next = count;
    }
    if (first === null || most < dominance * next || coSubjects.some((id) => sideOf([id], actors) === first)) return null;
    return first;
  };
}
