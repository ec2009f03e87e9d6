import { firstMentionFrom, type Mention } from './mentions.js';
import type { Actors } from './types.js';

/**
 * The actor a statement is aimed at: the first resolved mention inside `[start, end)` that is not the
 * speaker, not the speaker's own affiliation ("Lee" on "South Korea"), and not another member of the
 * same side (a state's own leader, a colleague with the same affiliation). An organisation of no side
 * (a court, the United Nations, a regional body) is the target only when no one else is: it is more
 * often the forum a statement is made before than what it is aimed at ("asked the International Court
 * of Justice to rule that Algeria broke international law" is aimed at Algeria), and so is a person of
 * such an organisation ("sent a letter to UN Secretary-General Guterres accusing Eritrea"). Pronouns
 * never count. A speaker left unresolved among `candidates` of one side ("Kim said the North would …",
 * with two Kims of North Korea) has that side.
 */
export function findTarget(mentions: readonly Mention[], start: number, end: number, actorId: string | null, actors: Actors, candidates: readonly string[] = []): string | null {
  const speakers = actorId === null ? candidates : [actorId];
  const side = sideOf(speakers, actors);
  // Mentions are in text order: start at the first one inside the range.
  let forum: string | null = null;
  for (let k = firstMentionFrom(mentions, start); k < mentions.length && (mentions[k] as Mention).start < end; k += 1) {
    const m = mentions[k] as Mention;
    if (m.end > end || m.actor === null || m.form === 'pronoun' || speakers.includes(m.actor)) continue;
    const other = actors.get(m.actor);
    if (side !== undefined && (m.actor === side || other?.affiliation === side)) continue;
    // An organisation of no side, or a person of one (its side is itself, or that organisation).
    if (isUnaligned(sideOfActor(m.actor, actors), actors)) {
      forum ??= m.actor;
      continue;
    }
    return m.actor;
  }
  return forum;
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
 * sides the document names (an actor's affiliation, else the actor; pronouns, go-betweens and actors of
 * no side (`isSideless`) not counted), the one other than the speaker's named at least `dominance` times
 * as often as any other ("Pakistan closed all border crossings on Sunday" in a story about Afghanistan
 * and Pakistan is aimed at Afghanistan; in a story of Tanzania detaining a Kenyan activist, "Kenya
 * expected its citizens to be treated with dignity" is aimed at Tanzania, not at the activist). `null`
 * when the speaker is unknown, no other side is named, two compete (a story of three sides with no
 * clear counterpart), or the counterpart acts with the speaker (`coSubjects`: "North Korea and South
 * Korea condemned the storm damage").
 */
export function documentCounterpart(mentions: readonly Mention[], actors: Actors, dominance: number): (actorId: string | null, coSubjects?: readonly string[]) => string | null {
  const named = new Map<string, number>();
  for (const m of mentions) {
    if (m.actor === null || m.form === 'pronoun') continue;
    const side = sideOfActor(m.actor, actors);
    if (actors.get(side) !== undefined && !isSideless(side, actors)) named.set(side, (named.get(side) ?? 0) + 1);
  }
  return (actorId, coSubjects = []) => {
    const own = actorId === null ? undefined : sideOf([actorId], actors);
    if (own === undefined) return null;
    const first = dominantSide(named, dominance, own);
    return first === null || coSubjects.some((id) => sideOf([id], actors) === first) ? null : first;
  };
}

/**
 * For a statement that names no target where the document has no counterpart (`documentCounterpart`):
 * the side its speaker's side names most often as the target of its statements (`named`, by statement,
 * beside each statement's `speakers`), at least twice as often as any other side, when that side in
 * turn names the speaker's side most often. A story of two sides and their go-between or host ("Oman's
 * foreign minister carried messages between them") names the go-between often enough to leave no
 * counterpart by the count of names, while the two sides' statements name each other; a side that
 * mostly appeals to a third ("Lebanon calls on the Security Council") is not that third's counterpart
 * unless the third names it back. Organisations of no side (a court, the United Nations) are left out:
 * a court a state pleads before names that state back ("the court ordered Mexico …") without being its
 * adversary. `null` otherwise, or when the counterpart acts with the speaker (`coSubjects`).
 */
export function mutualCounterpart(speakers: readonly (string | null)[], named: readonly (string | null)[], actors: Actors): (actorId: string | null, coSubjects?: readonly string[]) => string | null {
  const counts = new Map<string, Map<string, number>>();
  for (const [i, speaker] of speakers.entries()) {
    const target = named[i];
    if (speaker === null || target === null || target === undefined || actors.get(speaker) === undefined || actors.get(target) === undefined) continue;
    const own = sideOfActor(speaker, actors);
    const other = sideOfActor(target, actors);
    if (own === other || isUnaligned(own, actors) || isUnaligned(other, actors)) continue;
    const byOther = counts.get(own) ?? new Map<string, number>();
    byOther.set(other, (byOther.get(other) ?? 0) + 1);
    counts.set(own, byOther);
  }
  // The side each side's statements aim at most, counted once for the document.
  const tops = new Map([...counts].map(([own, byOther]) => [own, dominantSide(byOther, MUTUAL_DOMINANCE, own)]));
  return (actorId, coSubjects = []) => {
    if (actorId === null || actors.get(actorId) === undefined) return null;
    const own = sideOfActor(actorId, actors);
    const first = tops.get(own) ?? null;
    if (first === null || tops.get(first) !== own || coSubjects.some((id) => sideOfActor(id, actors) === first)) return null;
    return first;
  };
}

/** How many times as often as any other side a side's statements must name their counterpart (`mutualCounterpart`). */
const MUTUAL_DOMINANCE = 2;

/** The side counted most, at least `dominance` times as often as any other, leaving out `except`; `null` if none is. */
function dominantSide(counts: ReadonlyMap<string, number>, dominance: number, except: string): string | null {
  let first: string | null = null;
  let most = 0;
  let next = 0;
  for (const [side, count] of counts) {
    if (side === except) continue;
    if (count > most) [first, most, next] = [side, count, most];
    else if (count > next) next = count;
  }
  return first === null || most < dominance * next ? null : first;
}

/**
 * Whether the actor stands for no side of a dispute: an organisation with no affiliation (a court, the
 * United Nations, a regional body) or a person with none (an activist, a ship's captain).
 */
export function isSideless(id: string, actors: Actors): boolean {
  const actor = actors.get(id);
  return (actor?.kind === 'organization' || actor?.kind === 'person') && actor.affiliation === undefined;
}

/** Whether the actor is an organisation of no side (a court, the United Nations, a regional body). */
export function isUnaligned(id: string, actors: Actors): boolean {
  const actor = actors.get(id);
  return actor?.kind === 'organization' && actor.affiliation === undefined;
}
