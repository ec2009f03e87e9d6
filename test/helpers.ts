import { createScorer, defaultLexicon, loadLexicon, StancetrackError, type LexiconEntry, type Scorer } from '../src/index.js';

/**
 * A small lexicon with the default params and modifiers and a handful of entries, so rule tests can
 * state exact contributions without depending on the default entry weights.
 */
export const miniEntries: LexiconEntry[] = [
  { term: 'dialogue', pole: 'engagement', weight: 2, category: 'consult' },
  { term: 'talk', pole: 'engagement', weight: 1, category: 'consult' },
  { term: 'proposal', pole: 'engagement', weight: 1, category: 'intent-to-cooperate' },
  { term: 'peace', pole: 'engagement', weight: 1.5, category: 'trust' },
  { term: 'reduce tension', pole: 'engagement', weight: 2, category: 'de-escalation' },
  { term: 'cooperate', pole: 'engagement', weight: 1.5, category: 'material-cooperation' },
  { term: 'attack', pole: 'confrontation', weight: 3, category: 'assault' },
  { term: 'annexation', pole: 'confrontation', weight: 3, category: 'annexation' },
  { term: 'sanction', pole: 'confrontation', weight: 2, category: 'coerce' },
  { term: 'retaliate', pole: 'confrontation', weight: 2, category: 'threaten' },
  { term: 'condemn', pole: 'confrontation', weight: 1.5, category: 'disapprove' },
  { term: 'deterrent', pole: 'confrontation', weight: 1.5, category: 'deterrence' },
  { term: 'deter', pole: 'confrontation', weight: 1, category: 'deterrence', onNegation: 'drop' },
  { term: 'escalat*', pole: 'confrontation', weight: 2, category: 'hostility' },
  { term: 'enemy', pole: 'confrontation', weight: 2, category: 'hostility' },
  { term: 'threat', pole: 'confrontation', weight: 2, category: 'threaten', exact: true },
];

export const miniLexicon = loadLexicon({
  ...defaultLexicon,
  id: 'mini.en',
  idioms: [
    { term: 'olive branch', pole: 'engagement', weight: 2, category: 'intent-to-cooperate' },
    { term: 'main enemy', pole: 'confrontation', weight: 3, category: 'hostility' },
  ],
  entries: miniEntries,
});

export const params = miniLexicon.params;
export const modifier = (list: 'intensifiers' | 'dampeners' | 'conditionals', term: string): number => {
  const found = miniLexicon.modifiers[list].find((m) => m.term === term);
  if (found === undefined) throw new Error(`no ${term} in ${list}`);
  return found.factor;
};

let mini: Scorer | undefined;
/** A scorer on the mini lexicon, shared across tests in a file (the model loads once). */
export function miniScorer(): Scorer {
  mini ??= createScorer({ lexicons: [miniLexicon] });
  return mini;
}

let standard: Scorer | undefined;
/** A scorer on the default lexicon, shared across tests in a file (the lexicon compiles once). */
export function defaultScorer(): Scorer {
  standard ??= createScorer();
  return standard;
}

/** The contributions of a text's hits as `{ term: contribution }` pairs, in order. */
export function contributions(text: string): [string, number][] {
  return miniScorer()
    .score(text)
    .hits.map((h) => [h.entry, Math.round(h.contribution * 1000) / 1000]);
}

export const round = (n: number) => Math.round(n * 1000) / 1000;

/** A scorer on the mini lexicon without one optional group of params or modifiers, to show a rule is off without it. */
export function miniScorerWithout(part: 'params' | 'modifiers', key: string): Scorer {
  return scorerWithout(miniLexicon, part, key);
}

/** The same on the default lexicon, for rules shown on its entries. */
export function defaultScorerWithout(part: 'params' | 'modifiers', key: string): Scorer {
  return scorerWithout(defaultLexicon, part, key);
}

function scorerWithout(lexicon: typeof defaultLexicon, part: 'params' | 'modifiers', key: string): Scorer {
  const { [key]: _off, ...rest } = lexicon[part] as unknown as Record<string, unknown>;
  return createScorer({ lexicons: [loadLexicon({ ...lexicon, [part]: rest })] });
}

/** A text's hits as `[text, contribution, modifiers]` rows, in order (the mini scorer by default). */
export function hitRows(text: string, scorer: Scorer = miniScorer()): [string, number, readonly string[]][] {
  return scorer.score(text).hits.map((h) => [h.text, h.contribution, h.modifiers]);
}

/** Runs `fn` and returns the StancetrackError it throws; fails the test if it throws nothing or something else. */
export function thrown(fn: () => unknown): StancetrackError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StancetrackError) return error;
    throw error;
  }
  throw new Error('expected a StancetrackError');
}
