import * as v from 'valibot';
import { validationError, type StancetrackError, type ValidationIssue } from '../errors.js';
import { deepFreeze, formatIssues } from '../lexicon/util.js';
import { parseTimeKey } from '../track/intervals.js';
import type { ActorInput, Actors } from './types.js';

const isoDay = v.pipe(v.string(), v.check((date) => parseTimeKey('day', date) !== undefined, 'expected a calendar date YYYY-MM-DD'));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case id such as "north-korea"'));
const nonEmpty = v.pipe(v.string(), v.minLength(1, 'expected a non-empty string'));
const name = v.pipe(v.string(), v.trim(), v.minLength(1, 'expected a non-empty name'), v.maxLength(200, 'expected a name of at most 200 characters'));

const ActorSchema = v.strictObject({
  id,
  name,
  aliases: v.optional(v.array(name)),
  kind: v.picklist(['person', 'state', 'organization', 'group']),
  affiliation: v.optional(id),
  agentRoles: v.optional(v.array(nonEmpty)),
  roles: v.optional(v.array(v.strictObject({ title: name, from: v.optional(isoDay), to: v.optional(isoDay) }))),
  pronouns: v.optional(v.array(nonEmpty)),
});

const ActorListSchema = v.pipe(v.array(ActorSchema), v.maxLength(100_000, 'expected at most 100,000 actors'));

/**
 * Marks the registries made by `defineActors`: extraction accepts only these, as a look-alike object
 * would fail deep inside it. A registered symbol rather than a set of this module's, so that a registry
 * made by the package's CommonJS build is accepted by its ESM build, and the other way round.
 */
const REGISTRY = Symbol.for('stancetrack.actors');

/** Whether `value` is a registry returned by `defineActors`. */
export function isActors(value: unknown): value is Actors {
  return typeof value === 'object' && value !== null && (value as { [REGISTRY]?: unknown })[REGISTRY] === true;
}

/**
 * Validates and freezes the actors to track.
 *
 * @throws StancetrackError `E_ACTORS` listing every problem with its path (`[2].aliases[0]`): bad ids,
 * duplicate ids, an affiliation that names no actor in the list, a role date that is not a calendar
 * date or a role that ends before it starts.
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
    actor.roles?.forEach((role, j) => {
      if (role.from !== undefined && role.to !== undefined && role.to < role.from) {
        issues.push({ path: `[${i}].roles[${j}].to`, message: `expected a date on or after from (${role.from}), found "${role.to}"` });
      }
    });
  });
  if (issues.length > 0) throw actorsError(issues);
  deepFreeze(list);
  return Object.freeze({ list, get: (actorId: string) => byId.get(actorId), [REGISTRY]: true });
}

function actorsError(issues: readonly ValidationIssue[]): StancetrackError {
  return validationError('E_ACTORS', 'actors are invalid', issues);
}
