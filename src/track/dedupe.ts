import TinyQueue from 'tinyqueue';
import * as v from 'valibot';
import { StancetrackError, validationError } from '../errors.js';
import type { StatementTime } from '../types.js';
import { describeValue, isAsyncIterable, isIterable } from '../util/describe.js';
import { fnv1a } from '../util/hash.js';
import { addToList, removeFromList } from '../util/multimap.js';
import { ActorSchema, invalidStatement, quickTimeKey, TimeSchema } from './input.js';
import { keyStart } from './intervals.js';
import { describeIssues } from './issues.js';

/**
 * What `dedupe` reads of a statement; a `ScoredStatement` is one.
 *
 * @example
 * { actor: 'north-korea', text: 'We will never give up our nuclear deterrent.', source: 'kcna.kp',
 *   time: { date: '2025-08-18', granularity: 'day' } }
 */
export interface DedupeInput {
  readonly actor: string | null;
  readonly text: string;
  readonly time: Pick<StatementTime, 'date' | 'granularity'>;
  /** Where it was published; copies from the same source are not merged (the actor said it twice). */
  readonly source?: string;
}

/**
 * A kept statement: a shallow copy of the first copy seen, with the number of copies it stands for.
 *
 * @example
 * { actor: 'north-korea', text: 'We will never give up our nuclear deterrent.', source: 'kcna.kp',
 *   time: { date: '2025-08-18', granularity: 'day' }, sources: 3 }
 */
export type Deduped<T> = T & {
  /** Copies merged into this statement, itself included (≥ 1). */
  readonly sources: number;
};

/**
 * Options of `dedupe`.
 *
 * @example
 * dedupe(statements, { windowDays: 7 })
 */
export interface DedupeOptions {
  /** Copies dated at most this many days (≥ 0) from the kept statement are merged. Default 3. */
  readonly windowDays?: number;
}

const OptionsSchema = v.strictObject(
  { windowDays: v.optional(v.pipe(v.number('expected a finite number ≥ 0'), v.finite('expected a finite number ≥ 0'), v.minValue(0, 'expected a finite number ≥ 0'))) },
  'expected an options object such as { windowDays: 3 }',
);

const InputSchema = v.looseObject(
  { actor: ActorSchema, text: v.string('expected the statement text'), time: TimeSchema, source: v.optional(v.string('expected a string or nothing')) },
  'expected a statement object { actor, text, time }',
);

/**
 * An arbitrary second offset basis: two FNV-1a hashes make a 64-bit key, since with 32 bits a window of
 * 10,000 statements would hold a colliding pair about one time in a hundred.
 */
const SECOND_SEED = 0x9747b28c;

/**
 * Drops near-duplicate statements — the same quote carried by several outlets — as they stream by.
 *
 * A statement is a copy of a kept one when it has the same actor, the same normalised text (NFKC,
 * lower case, punctuation turned into spaces, runs of whitespace collapsed; compared by a 64-bit
 * FNV-1a hash), a date at most `windowDays` from it (a `YYYY-MM` or `YYYY` date counts from its first
 * day), and a different or absent `source`. The first copy is kept; later copies only raise its
 * `sources` count.
 *
 * Each kept statement is yielded as a new object `{ ...statement, sources }` once its count is final:
 * when a later statement dated more than `windowDays` after it arrives, or at the end of the input.
 * Statements final at the same moment come out in input order, so date-ordered input keeps its order;
 * a statement dated ahead of statements after it comes out after them. A yielded statement is still
 * recognised while the statements arriving are dated at most `windowDays` after the one that made it
 * final: a copy arriving then is dropped, though the count went out without it. So copies of a
 * statement dated before those read between them (an article's "in 2023", read after others of 2025)
 * are counted once. Memory holds only the kept statements not yet final and the keys of those
 * recently yielded: for date-ordered input those of the last two `windowDays`, plus any dated far
 * ahead (a typo such as `2052-01-01` waits alone until the end, without holding back the statements
 * after it). Input should come roughly in date order: a copy arriving after statements dated more than
 * twice `windowDays` past its original may miss the original and be kept.
 *
 * @throws StancetrackError `E_OPTIONS` for bad options and `E_INPUT` when `statements` is not iterable
 * (at the call); `E_INPUT` with the item's path for a bad statement, `E_DATE` when its only problem
 * is a date that is not a calendar date (while iterating).
 * @example
 * const unique = [...dedupe(statements, { windowDays: 3 })];
 * unique[0]?.sources; // 3: the quote ran in three outlets
 * tracker.addMany(dedupe(statements));
 */
export function dedupe<T extends DedupeInput>(statements: Iterable<T>, options?: DedupeOptions): Generator<Deduped<T>, void, undefined>;
/** The same filter over an async stream (lines of a file, a network feed), with back-pressure. */
export function dedupe<T extends DedupeInput>(statements: AsyncIterable<T>, options?: DedupeOptions): AsyncGenerator<Deduped<T>, void, undefined>;
export function dedupe<T extends DedupeInput>(statements: Iterable<T> | AsyncIterable<T>, options: DedupeOptions = {}): Generator<Deduped<T>> | AsyncGenerator<Deduped<T>> {
  const parsed = v.safeParse(OptionsSchema, options);
  if (!parsed.success) throw validationError('E_OPTIONS', 'dedupe options are invalid', describeIssues(parsed.issues));
  const windowDays = parsed.output.windowDays ?? 3;
  if (!isIterable(statements) && !isAsyncIterable(statements)) {
    throw new StancetrackError('E_INPUT', `dedupe: statements: expected an iterable or async iterable of statements, found ${describeValue(statements)}`);
  }
  return isAsyncIterable(statements) ? filterAsync(statements, windowDays) : filter(statements, windowDays);
}

function* filter<T extends DedupeInput>(statements: Iterable<T>, windowDays: number): Generator<Deduped<T>, void, undefined> {
  const window = new DedupeWindow<T>(windowDays);
  for (const statement of statements) yield* window.push(statement);
  yield* window.flush();
}

async function* filterAsync<T extends DedupeInput>(statements: AsyncIterable<T>, windowDays: number): AsyncGenerator<Deduped<T>, void, undefined> {
  const window = new DedupeWindow<T>(windowDays);
  for await (const statement of statements) yield* window.push(statement);
  yield* window.flush();
}

interface Kept<T> {
  readonly statement: T;
  readonly day: number;
  readonly key: string;
  /** Position in the input. */
  readonly order: number;
  sources: number;
}

/** What is remembered of a yielded statement, so that a late copy of it is dropped. */
interface Yielded {
  readonly key: string;
  readonly day: number;
  readonly source: string | undefined;
  /** Forgotten once a statement dated after this day arrives. */
  readonly until: number;
}

/** The kept statements whose count may still grow, each released once a statement dated beyond its window arrives. */
class DedupeWindow<T extends DedupeInput> {
  // A min-heap by day rather than a queue in arrival order: a statement dated far ahead (a typo such as
  // 2052) then waits alone instead of holding back every statement that arrives after it.
  private readonly held = new TinyQueue<Kept<T>>([], (a, b) => a.day - b.day);
  private readonly byKey = new Map<string, Kept<T>[]>();
  private readonly yielded = new TinyQueue<Yielded>([], (a, b) => a.until - b.until);
  private readonly yieldedByKey = new Map<string, Yielded[]>();
  private index = 0;

  constructor(private readonly windowDays: number) {}

  /** Takes one statement; returns the kept statements whose count became final. */
  push(statement: T): Deduped<T>[] {
    const order = this.index++;
    const day = startDay(statement, order);
    const final: Kept<T>[] = [];
    while (this.held.length > 0 && this.held.peek()!.day < day - this.windowDays) final.push(this.held.pop()!);
    while (this.yielded.length > 0 && this.yielded.peek()!.until < day) {
      const yielded = this.yielded.pop()!;
      removeFromList(this.yieldedByKey, yielded.key, yielded);
    }
    const key = textKey(statement);
    const same = this.byKey.get(key);
    const isCopyOf = (otherDay: number, otherSource: string | undefined) => Math.abs(otherDay - day) <= this.windowDays && differentSource(otherSource, statement.source);
    const original = same?.find((kept) => isCopyOf(kept.day, kept.statement.source));
    if (original !== undefined) original.sources++;
    else if (this.yieldedByKey.get(key)?.some((yielded) => isCopyOf(yielded.day, yielded.source)) !== true) {
      const kept = { statement, day, key, order, sources: 1 };
      this.held.push(kept);
      addToList(this.byKey, key, kept);
    }
    return this.release(final, day);
  }

  /** Releases everything still held, at the end of the input. */
  flush(): Deduped<T>[] {
    const rest: Kept<T>[] = [];
    while (this.held.length > 0) rest.push(this.held.pop()!);
    return this.release(rest, Infinity);
  }

  /** Yields the final statements, remembered until a statement dated more than `windowDays` after `day` arrives. */
  private release(final: Kept<T>[], day: number): Deduped<T>[] {
    // Statements final at the same moment go out in input order, so date-ordered input keeps its order.
    final.sort((a, b) => a.order - b.order);
    return final.map((kept) => {
      removeFromList(this.byKey, kept.key, kept);
      if (day !== Infinity) {
        const yielded = { key: kept.key, day: kept.day, source: kept.statement.source, until: day + this.windowDays };
        this.yielded.push(yielded);
        addToList(this.yieldedByKey, kept.key, yielded);
      }
      return { ...kept.statement, sources: kept.sources };
    });
  }
}

function differentSource(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a !== b;
}

/** The first day of a statement's date, after checking the fields `dedupe` reads. */
function startDay(statement: DedupeInput, index: number): number {
  if (typeof statement === 'object' && statement !== null) {
    const { actor, text, time, source } = statement;
    const key = quickTimeKey(time);
    const valid = !Number.isNaN(key) && typeof text === 'string' && (actor === null || (typeof actor === 'string' && actor !== '')) && (source === undefined || typeof source === 'string');
    if (valid) return keyStart(time.granularity, key);
  }
  throw invalidStatement(InputSchema, statement, `[${index}]`);
}

/** Actor and normalised text as one map key. */
function textKey(statement: DedupeInput): string {
  const text = statement.text.normalize('NFKC').toLowerCase().replace(/\p{P}/gu, ' ').replace(/\s+/g, ' ').trim();
  const actor = statement.actor === null ? '' : `a${statement.actor}`;
  return `${actor}\u0000${fnv1a(text).toString(36)}.${fnv1a(text, SECOND_SEED).toString(36)}`;
}
