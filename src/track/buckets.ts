import type { DateGranularity, StanceLabel } from '../types.js';
import { Moments } from './moments.js';

/**
 * The buckets of one series (an actor overall, or one dyad), each at the granularity its statements'
 * dates were given in: day numbers, month indexes (`year × 12 + month − 1`) and years. Coarser
 * intervals are built from these when a series is asked for, so memory grows with
 * actors × targets × days, never with statements.
 */
export class SeriesBuckets {
  readonly day = new Map<number, Moments>();
  readonly month = new Map<number, Moments>();
  readonly year = new Map<number, Moments>();

  /** The bucket of a date key at its granularity, created empty when new. */
  at(granularity: DateGranularity, key: number): Moments {
    const map = this[granularity];
    let bucket = map.get(key);
    if (bucket === undefined) {
      bucket = new Moments();
      map.set(key, bucket);
    }
    return bucket;
  }

  /** Adds every bucket of `other` into this one. */
  merge(other: SeriesBuckets): void {
    for (const granularity of GRANULARITIES) {
      for (const [key, bucket] of other[granularity]) this.at(granularity, key).merge(bucket);
    }
  }
}

/** Every storage granularity, finest first. */
export const GRANULARITIES: readonly DateGranularity[] = ['day', 'month', 'year'];

/** One actor: the overall series (every statement) and one series per target. */
export class ActorBuckets {
  readonly overall = new SeriesBuckets();
  readonly dyads = new Map<string, SeriesBuckets>();

  /** The dyad's buckets, created empty when new. */
  dyad(target: string): SeriesBuckets {
    let buckets = this.dyads.get(target);
    if (buckets === undefined) {
      buckets = new SeriesBuckets();
      this.dyads.set(target, buckets);
    }
    return buckets;
  }
}

/** One series as listed by `Store.list`. */
export interface StoredSeries {
  readonly actor: string;
  readonly target: string | null;
  readonly buckets: SeriesBuckets;
}

/** Every actor's buckets: what a tracker holds. */
export class Store {
  readonly actors = new Map<string, ActorBuckets>();

  /** Counts one statement in the actor's overall series and, when it has a target, in the dyad. */
  add(actor: string, target: string | null, granularity: DateGranularity, key: number, score: number, weight: number, label: StanceLabel): void {
    const entry = this.actor(actor);
    entry.overall.at(granularity, key).add(score, weight, label);
    if (target !== null) entry.dyad(target).at(granularity, key).add(score, weight, label);
  }

  /** The actor's buckets, created empty when new. */
  actor(actor: string): ActorBuckets {
    let entry = this.actors.get(actor);
    if (entry === undefined) {
      entry = new ActorBuckets();
      this.actors.set(actor, entry);
    }
    return entry;
  }

  /** The buckets of the actor's overall series (`target` null) or of a dyad, created empty when new. */
  series(actor: string, target: string | null): SeriesBuckets {
    const entry = this.actor(actor);
    return target === null ? entry.overall : entry.dyad(target);
  }

  /** Adds every bucket of `other` into this store. */
  merge(other: Store): void {
    for (const [actor, theirs] of other.actors) {
      const ours = this.actor(actor);
      ours.overall.merge(theirs.overall);
      for (const [target, buckets] of theirs.dyads) ours.dyad(target).merge(buckets);
    }
  }

  /**
   * The series matching a query, sorted by actor then target with the overall series (`null`) first;
   * strings compare by UTF-16 code units, so the order does not depend on the locale.
   */
  list(query: { actor?: string | undefined; target?: string | undefined }): StoredSeries[] {
    const out: StoredSeries[] = [];
    for (const actor of sortedKeys(this.actors)) {
      if (query.actor !== undefined && actor !== query.actor) continue;
      const entry = this.actors.get(actor)!;
      if (query.target === undefined) out.push({ actor, target: null, buckets: entry.overall });
      if (query.actor !== undefined && query.target === undefined) continue;
      for (const target of sortedKeys(entry.dyads)) {
        if (query.target === undefined || target === query.target) out.push({ actor, target, buckets: entry.dyads.get(target)! });
      }
    }
    return out;
  }
}

/** Keys of a map in code-unit order. */
export function sortedKeys<K extends string | number>(map: ReadonlyMap<K, unknown>): K[] {
  return [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
