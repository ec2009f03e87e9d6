import { describe, expect, it } from 'vitest';
import { createScorer, defaultLexicon, explain, score, StancetrackError } from '../../src/index.js';
import { miniScorer } from '../helpers.js';

describe('score', () => {
  it.each(['', '   \n\t ', 'The ministry published its annual budget on Friday.'])('no hits → neutral, score 0, confidence 0: %j', (text) => {
    const r = score(text);
    expect([r.label, r.score, r.confidence, r.engagement, r.confrontation, r.hits.length]).toEqual(['neutral', 0, 0, 0, 0, 0]);
  });

  it('returns the documented shape with the lexicon id and version', () => {
    const r = score('Seoul urged Pyongyang to return to dialogue.');
    expect(Object.keys(r).sort()).toEqual(['confidence', 'confrontation', 'engagement', 'hits', 'label', 'lexicon', 'score', 'sentences']);
    expect(r.lexicon).toEqual({ id: defaultLexicon.id, version: defaultLexicon.version });
    expect(Object.keys(r.hits[0] ?? {}).sort()).toEqual(['category', 'contribution', 'entry', 'modifiers', 'negated', 'pole', 'span', 'text', 'weight']);
  });

  it('every number is the sum of its hits', () => {
    const r = score('We condemn the missile launch, but we remain open to dialogue and humanitarian aid.');
    const e = r.hits.filter((h) => h.contribution > 0).reduce((s, h) => s + h.contribution, 0);
    const c = r.hits.filter((h) => h.contribution < 0).reduce((s, h) => s - h.contribution, 0);
    expect(r.engagement).toBeCloseTo(e, 12);
    expect(r.confrontation).toBeCloseTo(c, 12);
    const x = e - c;
    expect(r.score).toBeCloseTo(x / Math.sqrt(x * x + defaultLexicon.params.normalization.alpha), 12);
  });

  it('labels a balanced statement mixed ("strong deterrent while gradually reducing tensions")', () => {
    expect(score('We must maintain a strong deterrent while gradually reducing tensions.').label).toBe('mixed');
  });

  it('scores per sentence, with hit indexes into the result', () => {
    const r = miniScorer().score('We want dialogue. They attack.');
    expect(r.sentences.map((s) => [s.text, s.label, s.hits])).toEqual([
      ['We want dialogue.', 'engagement', [0]],
      ['They attack.', 'confrontation', [1]],
    ]);
  });

  it('starts a sentence after a blank line at its first word, not at the line breaks', () => {
    const r = miniScorer().score('We want dialogue.\n\nThey attack.');
    expect(r.sentences.map((s) => [s.text, s.span])).toEqual([
      ['We want dialogue.', [0, 17]],
      ['They attack.', [19, 31]],
    ]);
  });

  it('ends a sentence at "in." before a capital, which wink reads as the abbreviation of inches', () => {
    const r = createScorer().score('The new tariffs will kick in. Beijing rejected the talks.');
    expect(r.sentences.map((s) => [s.text, s.label])).toEqual([
      ['The new tariffs will kick in.', 'confrontation'],
      ['Beijing rejected the talks.', 'confrontation'],
    ]);
    expect(createScorer().score('The pipe was 5 in. wide.').sentences).toHaveLength(1);
  });

  it('throws E_INPUT naming what it found for a non-string', () => {
    expect(() => score(42 as unknown as string)).toThrow(new StancetrackError('E_INPUT', 'text: expected a string, found number'));
  });

  it('returns frozen results that a caller cannot change', () => {
    const r = score('They attacked the convoy.');
    expect(Object.isFrozen(r) && Object.isFrozen(r.hits) && Object.isFrozen(r.hits[0]) && Object.isFrozen(r.hits[0]?.span)).toBe(true);
  });

  it('scoreMany scores in order, like score', () => {
    const texts = ['They attacked.', 'We welcome the talks.', ''];
    expect(miniScorer().scoreMany(texts)).toEqual(texts.map((t) => miniScorer().score(t)));
  });

  it('scoreMany scores texts of several sentences like score, each look back at the sentence before included', () => {
    // scoreMany runs each rule over a sentence of every text before the next rule, and a text's second
    // sentence only after every rule has read its first: a contrast opening a sentence and a question
    // asked after its answer read the sentence before as score reads it.
    const texts = [
      'We want dialogue. However, we will retaliate.',
      'They attacked.',
      '"Why should Britain sit down with a government that keeps our citizens in its prisons?" the foreign secretary asked when pressed about Tehran\'s call for new talks.',
      'We welcome the talks. They attacked the convoy. We want dialogue. However, we will retaliate.',
      '',
    ];
    const scorer = createScorer();
    const many = scorer.scoreMany(texts);
    expect(many).toEqual(texts.map((t) => scorer.score(t)));
    const modifiers = many.map((r) => r.hits.flatMap((h) => h.modifiers));
    expect(modifiers[0]).toEqual(['contrast-before:however', 'contrast-after:however']);
    expect(modifiers[2]).toContain('question:pressed');
    expect(modifiers[3]).toEqual(expect.arrayContaining(['contrast-before:however', 'contrast-after:however']));
  });

  it('scoreMany throws E_INPUT for anything but an iterable of texts', () => {
    expect(() => miniScorer().scoreMany(null as never)).toThrow(new StancetrackError('E_INPUT', 'texts: expected an iterable of strings such as an array, found null'));
    expect(() => miniScorer().scoreMany({} as never)).toThrow(new StancetrackError('E_INPUT', 'texts: expected an iterable of strings such as an array, found object'));
    expect(() => miniScorer().scoreMany('They attacked.' as never)).toThrow(/found a string \(score one text with score\(\)\)/);
  });

});

describe('explain', () => {
  it('lists each hit with its rules and contribution, then the totals', () => {
    const text = explain(miniScorer().score('We will not seek annexation.'));
    expect(text.split('\n')).toEqual([
      '"annexation" [17–27] (annexation, confrontation, weight 3.00) negation:not → +1.50',
      `engagement 1.50 − confrontation 0.00 = +1.50 → score +0.52 (engagement, confidence 0.39) [mini.en@${defaultLexicon.version}]`,
    ]);
  });

  it('says so when nothing matched', () => {
    expect(explain(miniScorer().score('Nothing here.'))).toBe(`no lexicon hits → score 0.00 (neutral, confidence 0.00) [mini.en@${defaultLexicon.version}]`);
  });
});

describe('createScorer options', () => {
  it.each([
    { options: { lexicons: [] }, message: /options\.lexicons: expected at least one lexicon/ },
    { options: { lexicons: ['diplomacy.en'] }, message: /options\.lexicons\[0\]: expected a lexicon object/ },
    { options: { lexicon: defaultLexicon }, message: /options\.lexicon: unknown field; remove it or check its spelling \(allowed fields: lexicons\)$/ },
    { options: null, message: /\n {2}options: expected Object, found null$/ },
  ])('rejects $options with E_OPTIONS naming the path', ({ options, message }) => {
    expect(() => createScorer(options as never)).toThrow(message);
  });

  it('validates a plain-object lexicon and names it in errors', () => {
    const plain = JSON.parse(JSON.stringify(defaultLexicon));
    expect(createScorer({ lexicons: [plain] }).score('They attacked.').label).toBe('confrontation');
    plain.entries[0].weight = -1;
    expect(() => createScorer({ lexicons: [plain] })).toThrow(/options\.lexicons\[0\] is invalid \(1 problem\):\n {2}entries\[0\]\.weight/);
  });

  it('validates a frozen lexicon it did not validate itself', () => {
    const copy = JSON.parse(JSON.stringify(defaultLexicon));
    copy.entries[0].category = 'nope';
    expect(() => createScorer({ lexicons: [Object.freeze(copy)] })).toThrow(/options\.lexicons\[0\] is invalid \(1 problem\):\n {2}entries\[0\]\.category: expected a key of "categories"/);
    expect(() => createScorer({ lexicons: [Object.freeze({}) as never] })).toThrow(expect.objectContaining({ code: 'E_LEXICON', message: expect.stringContaining('options.lexicons[0] is invalid (10 problems)') }));
  });
});

describe('model loading', () => {
  it('many scorers in one process share one model (wink-eng-lite-web-model grows on every load)', () => {
    const scorers = Array.from({ length: 30 }, () => createScorer());
    expect(scorers.at(-1)?.score('They attacked.').label).toBe('confrontation');
  });
});
