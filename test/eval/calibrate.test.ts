import { beforeAll, describe, expect, it } from 'vitest';
import { calibrate, type CalibrationReport } from '../../src/eval/calibrate.js';
import type { LabelledStatement } from '../../src/eval/evaluate.js';
import { collectEvidence, evidenceTotals } from '../../src/eval/evidence.js';
import { createScorer, defaultLexicon, loadLexicon, mergeLexicons, StancetrackError, type Lexicon, type LexiconEntry, type Scorer } from '../../src/index.js';

/*
 * Every scorer loads the wink-nlp model again, and the model's loader grows a string on each load
 * (wink-eng-lite-web-model 1.8.1), so this file keeps the number of scorers small: one per lexicon
 * here, and one per fold inside each calibrate call.
 */

/** The weights the labels follow. */
const truth: LexiconEntry[] = [
  { term: 'ferry', pole: 'engagement', weight: 2.5, category: 'material-cooperation' },
  { term: 'siren', pole: 'confrontation', weight: 0.3, category: 'hostility' },
  { term: 'talk', pole: 'engagement', weight: 1.5, category: 'consult' },
  { term: 'attack', pole: 'confrontation', weight: 2, category: 'assault' },
];
/** The lexicon to calibrate: 'ferry' far too light, 'siren' far too heavy, the others right. */
const wrong: LexiconEntry[] = truth.map((e) => (e.term === 'ferry' ? { ...e, weight: 0.2 } : e.term === 'siren' ? { ...e, weight: 3 } : e));

const synthetic = (entries: LexiconEntry[]): Lexicon => loadLexicon({ ...defaultLexicon, id: 'synthetic', idioms: [], entries });

/** Frames that put the rules to work (negation, refusal, a trailing attribution) around a list of nouns. */
const frames = [
  (list: string) => `The council mentioned ${list}.`,
  (list: string) => `A spokesman noted ${list}.`,
  (list: string) => `The mayor did not mention ${list}.`,
  (list: string) => `The agency refused ${list}.`,
  (list: string) => `Officials reported ${list}, the ministry said.`,
];

/** Every combination of 0–2 ferries, 0–2 sirens, 0–1 talks and 0–1 attacks but none, in every frame: 175 texts. */
function syntheticTexts(): string[] {
  const texts: string[] = [];
  for (let ferries = 0; ferries <= 2; ferries += 1) {
    for (let sirens = 0; sirens <= 2; sirens += 1) {
      for (let talks = 0; talks <= 1; talks += 1) {
        for (let attacks = 0; attacks <= 1; attacks += 1) {
          const nouns = [
            ...['the ferry', 'another ferry'].slice(0, ferries),
            ...['the siren', 'another siren'].slice(0, sirens),
            ...['the talks'].slice(0, talks),
            ...['the attack'].slice(0, attacks),
          ];
          if (nouns.length === 0) continue;
          const list = nouns.length === 1 ? (nouns[0] as string) : `${nouns.slice(0, -1).join(', ')} and ${nouns.at(-1)}`;
          for (const frame of frames) texts.push(frame(list));
        }
      }
    }
  }
  return texts;
}

const weightIn = (report: CalibrationReport, lexicon: Lexicon, term: string) => mergeLexicons(lexicon, report.overlay).entries.find((e) => e.term === term)?.weight;

describe('calibrate', () => {
  const start = synthetic(wrong);
  let labelled: LabelledStatement[];
  let report: CalibrationReport;
  let judge: Scorer;

  beforeAll(() => {
    // Labels and graded scores are what the scorer says with the true weights.
    judge = createScorer({ lexicons: [synthetic(truth)] });
    labelled = syntheticTexts().map((text, i) => {
      const s = judge.score(text);
      return { id: `s${i}`, text, label: s.label, score: s.score };
    });
    report = calibrate(start, labelled);
  });

  it('uses a synthetic set whose labels the wrong weights often miss', () => {
    expect(labelled).toHaveLength(175);
    expect(new Set(labelled.map((l) => l.label))).toEqual(new Set(['engagement', 'confrontation', 'mixed', 'neutral']));
    expect(report.before.macroF1).toBeLessThan(0.7);
  });

  it('moves wrong weights towards the truth and leaves right ones near it', () => {
    const ferry = weightIn(report, start, 'ferry') as number;
    const siren = weightIn(report, start, 'siren') as number;
    expect(ferry).toBeGreaterThan(1.5); // from 0.2, truth 2.5
    expect(siren).toBeLessThan(1); // from 3, truth 0.3
    expect(Math.abs((weightIn(report, start, 'talk') as number) - 1.5)).toBeLessThan(0.5);
    expect(Math.abs((weightIn(report, start, 'attack') as number) - 2)).toBeLessThan(0.5);
    expect(report.moved.map((m) => m.term).slice(0, 2).sort()).toEqual(['ferry', 'siren']);
    expect(report.moved[0]).toMatchObject({ from: expect.any(Number), to: expect.any(Number) });
  });

  it('raises held-out macro-F1, fold by fold and pooled', () => {
    expect(report.before.folds).toHaveLength(5);
    expect(report.after.folds).toHaveLength(5);
    expect(report.after.macroF1).toBeGreaterThan(report.before.macroF1 + 0.2);
    report.after.folds.forEach((after, f) => expect(after).toBeGreaterThan(report.before.folds[f] as number));
    for (const x of [report.before.macroF1, report.after.macroF1, ...report.before.folds, ...report.after.folds]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
    }
  });

  it('emits an overlay of changed weights only, named after the lexicon, that mergeLexicons applies', () => {
    const { overlay } = report;
    expect(overlay.id).toBe('synthetic.calibrated');
    expect(overlay.version).toBe(start.version);
    expect(overlay.idioms).toBeUndefined();
    for (const patch of overlay.entries ?? []) {
      expect(Object.keys(patch).sort()).toEqual(['term', 'weight']);
      expect(patch.weight).not.toBe(start.entries.find((e) => e.term === patch.term)?.weight);
      expect(patch.weight).toBeGreaterThanOrEqual(0.05);
      expect(patch.weight).toBeLessThanOrEqual(5);
      expect(Math.round((patch.weight as number) * 100) / 100).toBe(patch.weight);
    }
    expect(() => mergeLexicons(start, overlay)).not.toThrow();
    expect(report.moved.length).toBe(overlay.entries?.length ?? 0);
  });

  it('is deterministic for a seed; without l2 the weights move further', () => {
    const first = calibrate(start, labelled, { folds: 2, l2: 0 });
    expect(calibrate(start, labelled, { folds: 2, l2: 0 })).toEqual(first);
    const free = weightsOf(first);
    expect(free.ferry).toBeGreaterThanOrEqual(weightIn(report, start, 'ferry') as number);
    expect(free.siren).toBeLessThanOrEqual(weightIn(report, start, 'siren') as number);
  });

  it('moves nothing with a huge l2', () => {
    const stiff = calibrate(start, labelled, { folds: 2, l2: 1e9 });
    expect(stiff.overlay).toEqual({ id: 'synthetic.calibrated', version: start.version });
    expect(stiff.moved).toEqual([]);
    expect(stiff.after).toEqual(stiff.before);
  });

  it('keeps at most maxEntries changes, the largest', () => {
    const one = calibrate(start, labelled, { folds: 2, maxEntries: 1 });
    expect(one.overlay.entries).toHaveLength(1);
    expect(['ferry', 'siren']).toContain(one.overlay.entries?.[0]?.term);
  });

  it('with newTerms, adds a word the lexicon lacks from the labels, and held-out macro-F1 rises', () => {
    // Every frame, the negated and refused ones too: a candidate's evidence is read through the rules.
    const missing = synthetic(truth.filter((e) => e.term !== 'ferry'));
    const weightsOnly = calibrate(missing, labelled);
    const extended = calibrate(missing, labelled, { newTerms: 5 });
    expect(weightsOnly.overlay.entries?.some((e) => e.term === 'ferry') ?? false).toBe(false);
    expect(extended.overlay.entries?.find((e) => e.term === 'ferry')).toMatchObject({ pole: 'engagement', category: 'suggested-engagement' });
    expect(extended.overlay.categories?.['suggested-engagement']?.pole).toBe('engagement');
    // The frames' words (council, mayor, agency, …) come with every label: none lowers the loss enough to join.
    expect((extended.overlay.entries ?? []).filter((e) => e.pole !== undefined).map((e) => e.term)).toEqual(['ferry']);
    expect(extended.moved.find((m) => m.term === 'ferry')?.from).toBe(0);
    expect(extended.after.macroF1).toBeGreaterThan(extended.before.macroF1 + 0.1);
    expect(extended.after.macroF1).toBeGreaterThan(weightsOnly.after.macroF1 + 0.1);
    expect(mergeLexicons(missing, extended.overlay).entries.find((e) => e.term === 'ferry')?.weight).toBeGreaterThan(0.05);
  });

  it('with newTerms, never proposes a speech verb, however closely it follows the labels', () => {
    // "said" comes with every confrontation label here, and "hinted" in the control; only the latter may join.
    const withVerb = (verb: string): LabelledStatement[] => [
      ...Array.from({ length: 30 }, (_, i) => ({ id: `v${i}`, text: `It was ${verb} that bridge ${i} would stay closed.`, label: 'confrontation' as const })),
      ...Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, text: `Bridge ${i} would stay closed.`, label: 'neutral' as const })),
    ];
    const proposed = (verb: string) => (calibrate(start, withVerb(verb), { newTerms: 5 }).overlay.entries ?? []).filter((e) => e.pole !== undefined).map((e) => e.term);
    expect(proposed('hinted')).toContain('hint');
    expect(proposed('said')).not.toContain('say');
  });

  it('reads evidence that is linear in the weights: the wrong lexicon reweighted gives the true totals', () => {
    const scorer = createScorer({ lexicons: [start] });
    const table = collectEvidence(start, scorer.scoreMany(labelled.map((l) => l.text)));
    const trueWeights = table.terms.map((t) => truth.find((e) => e.term === t.term)?.weight as number);
    table.statements.forEach((statement, i) => {
      const expected = judge.score(labelled[i]?.text as string);
      const totals = evidenceTotals(statement, trueWeights);
      expect(totals.engagement).toBeCloseTo(expected.engagement, 9);
      expect(totals.confrontation).toBeCloseTo(expected.confrontation, 9);
    });
    // A refusal that governs nothing is no entry: its evidence stays fixed.
    const bare = collectEvidence(start, [scorer.score('Pyongyang refused.')]).statements[0];
    expect(bare?.terms).toEqual([]);
    expect(bare?.fixedConfrontation).toBeGreaterThan(0);
  });

  it.each([
    { options: { folds: 1 }, message: /options\.folds: expected an integer from 2 to the number of labelled statements \(175\), found 1/ },
    { options: { folds: 176 }, message: /options\.folds: .* found 176/ },
    { options: { folds: 2.5 }, message: /options\.folds: .* found 2\.5/ },
    { options: { l2: -1 }, message: /options\.l2: expected a finite number ≥ 0, found -1/ },
    { options: { seed: 0.5 }, message: /options\.seed: expected an integer, found 0\.5/ },
    { options: { maxEntries: -1 }, message: /options\.maxEntries: expected an integer ≥ 0, found -1/ },
    { options: { newTerms: 1.5 }, message: /options\.newTerms: expected an integer ≥ 0, found 1\.5/ },
    { options: { bogus: 1 }, message: /options\.bogus: unknown key; check its spelling \(the options are folds, l2, seed, maxEntries, newTerms\)/ },
  ])('rejects bad options $options with E_OPTIONS', ({ options, message }) => {
    expect(() => calibrate(start, labelled, options)).toThrow(message);
    expect(() => calibrate(start, labelled, options)).toThrow(StancetrackError);
  });

  it('names its own lexicon argument when that is not a lexicon (E_LEXICON)', () => {
    expect(() => calibrate(null as never, labelled)).toThrow(expect.objectContaining({ code: 'E_LEXICON', message: expect.stringMatching(/^stancetrack: lexicon is invalid/) }));
  });

  it.each([
    { items: [{ id: 'a', text: 1, label: 'engagement' }], message: /labelled\[0\]\.text: expected a string, found 1/ },
    { items: [{ id: 'a', text: 'x', label: 'positive' }], message: /labelled\[0\]\.label: expected one of engagement, confrontation, mixed, neutral, found "positive"/ },
    { items: [{ id: 'a', text: 'x', label: 'mixed', score: 2 }], message: /labelled\[0\]\.score: expected a number in \[-1, 1\] or no score, found 2/ },
    { items: [null], message: /labelled\[0\]: expected an object/ },
  ])('rejects a malformed statement with E_INPUT naming its index ($message)', ({ items, message }) => {
    try {
      calibrate(start, items as unknown as LabelledStatement[]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StancetrackError);
      expect((error as StancetrackError).code).toBe('E_INPUT');
      expect((error as StancetrackError).message).toMatch(message);
    }
  });
});

/** The weights of a report's overlay, by term. */
function weightsOf(report: CalibrationReport): Record<string, number> {
  return Object.fromEntries((report.overlay.entries ?? []).map((e) => [e.term, e.weight as number]));
}
