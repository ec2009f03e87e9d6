import type { Nlp } from '../nlp/index.js';
import type { Lexicon } from './types.js';

/** What a pattern does when it matches: carry stance (`entry`) or modify the stance around it. */
export type PatternKind = 'entry' | 'negator' | 'intensifier' | 'dampener' | 'contrast' | 'conditional' | 'refusal';

/** One word of a pattern, as the tokenizer splits the term. */
export interface PatternWord {
  readonly normal: string;
  readonly lemma: string;
  /** The word is a prefix (`escalat*`). */
  readonly prefix: boolean;
  /** Only this surface form matches. */
  readonly exact: boolean;
}

/** A lexicon item compiled to the token sequence it matches. */
export interface Pattern {
  readonly kind: PatternKind;
  /** The term as written in the lexicon. */
  readonly term: string;
  readonly words: readonly PatternWord[];
  /** Breaks ties between matches of equal length: idioms beat modifiers, modifiers beat entries. */
  readonly priority: number;
  /** Index of the item in its lexicon list (`entries`, `idioms` or `modifiers.<kind>`). */
  readonly index: number;
  readonly isIdiom: boolean;
}

/** A lexicon ready for matching: patterns indexed by their first word and by wildcard prefix. */
export interface CompiledLexicon {
  readonly lexicon: Lexicon;
  readonly byWord: ReadonlyMap<string, readonly Pattern[]>;
  readonly byPrefix: ReadonlyMap<string, readonly Pattern[]>;
  /** The distinct lengths of wildcard prefixes, so a token only probes lengths that exist. */
  readonly prefixLengths: readonly number[];
}

const PRIORITY = { idiom: 3, modifier: 2, entry: 1 } as const;

/** Tokens a pattern ignores, so "confidence-building" also matches "confidence building". */
export function isJoiner(normal: string): boolean {
  return normal === '-' || normal === '‐' || normal === '–';
}

/** Tokenizes every term with the same pipeline as the text, so terms and text split alike. */
export function compileLexicon(lexicon: Lexicon, nlp: Nlp): CompiledLexicon {
  const byWord = new Map<string, Pattern[]>();
  const byPrefix = new Map<string, Pattern[]>();
  const add = (kind: PatternKind, term: string, exact: boolean, priority: number, index: number, isIdiom: boolean) => {
    const words = compileTerm(term, exact, nlp);
    const first = words[0];
    if (first === undefined) return;
    const pattern: Pattern = { kind, term, words, priority, index, isIdiom };
    if (first.prefix) push(byPrefix, first.normal, pattern);
    else for (const key of new Set(first.exact ? [first.normal] : [first.normal, first.lemma])) push(byWord, key, pattern);
  };
  lexicon.idioms.forEach((e, i) => add('entry', e.term, e.exact ?? false, PRIORITY.idiom, i, true));
  lexicon.entries.forEach((e, i) => add('entry', e.term, e.exact ?? false, PRIORITY.entry, i, false));
  const m = lexicon.modifiers;
  const modifierLists = [
    ['negator', m.negators],
    ['intensifier', m.intensifiers],
    ['dampener', m.dampeners],
    ['contrast', m.contrast],
    ['conditional', m.conditionals],
    ['refusal', m.refusals],
  ] as const;
  for (const [kind, list] of modifierLists) list.forEach((item, i) => add(kind, item.term, false, PRIORITY.modifier, i, false));
  const prefixLengths = [...new Set([...byPrefix.keys()].map((k) => k.length))].sort((a, b) => a - b);
  return { lexicon, byWord, byPrefix, prefixLengths };
}

function compileTerm(term: string, exact: boolean, nlp: Nlp): PatternWord[] {
  const wildcard = term.endsWith('*');
  const tokens = nlp.analyze(wildcard ? term.slice(0, -1) : term).tokens.filter((t) => !isJoiner(t.normal));
  return tokens.map((t, i) => {
    const prefix = wildcard && i === tokens.length - 1;
    return { normal: t.normal, lemma: prefix ? t.normal : t.lemma, prefix, exact };
  });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
