import * as v from 'valibot';
import { validationError, type StancetrackError, type ValidationIssue } from '../errors.js';
import { deepFreeze, formatIssues } from '../lexicon/util.js';
import type { ActorInput, Actors } from './types.js';

const isoDay = v.pipe(v.string(), v.isoDate('expected a date YYYY-MM-DD'));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case id such as "north-korea"'));
const name = v.pipe(v.string(), v.trim(), v.minLength(1, 'expected a non-empty name'), v.maxLength(200));

const ActorSchema = v.strictObject({
  id,
  name,
  aliases: v.optional(v.array(name)),
  kind: v.picklist(['person', 'state', 'organization', 'group']),
  affiliation: v.optional(id),
  agentRoles: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
  roles: v.optional(v.array(v.strictObject({ title: name, from: v.optional(isoDay), to: v.optional(isoDay) }))),
  pronouns: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
});

const ActorListSchema = v.pipe(v.array(ActorSchema), v.maxLength(100_000));

/**
 * Validates and freezes the actors to track.
 *
 * @throws StancetrackError `E_ACTORS` listing every problem with its path (`[2].aliases[0]`): bad ids,
 * duplicate ids, an affiliation that names no actor in the list.
 * @example
 * const actors = defineActors([
 *   { id: 'north-korea', name: 'North Korea', aliases: ['Pyongyang', 'the North', 'DPRK'], kind: 'state' },
 *   { id: 'kim-jong-un', name: 'Kim Jong Un', aliases: ['Kim'], kind: 'person', affiliation: 'north-korea' },
 * ]);
 */
export function defineActors(input: readonly ActorInput[]): Actors {
  const parsed = v.safeParse(ActorListSchema, input);
  if (!parsed.success) throw actorsError(formatIssues(parsed.issues));
  const list = parsed.output;
  const issues: ValidationIssue[] = [];
  const byId = new Map<string, ActorInput>();
  list.forEach((actor, i) => {
    if (byId.has(actor.id)) issues.push({ path: `[${i}].id`, message: `duplicate id "${actor.id}"; ids must be unique` });
    byId.set(actor.id, actor);
  });
  list.forEach((actor, i) => {
    if (actor.affiliation !== undefined && !byId.has(actor.affiliation)) {
      issues.push({ path: `[${i}].affiliation`, message: `expected the id of an actor in the list, found "${actor.affiliation}"` });
    }
    if (actor.affiliation === actor.id) issues.push({ path: `[${i}].affiliation`, message: 'an actor cannot be affiliated with itself' });
  });
  if (issues.length > 0) throw actorsError(issues);
  deepFreeze(list);
  return Object.freeze({ list, get: (actorId: string) => byId.get(actorId) });
}

function actorsError(issues: readonly ValidationIssue[]): StancetrackError {
  return validationError('E_ACTORS', 'actors are invalid', issues);
}
