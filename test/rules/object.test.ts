import { describe, expect, it } from 'vitest';
import { defaultScorer, hitRows as hits, miniScorerWithout } from '../helpers.js';

describe('object', () => {
  it('an engagement hit in the object of a hostile verb names what the act is done to and counts 0', () => {
    expect(hits('They condemned the peace proposal.')).toEqual([
      ['condemned', -1.5, []],
      ['peace', 0, ['object:condemned']],
      ['proposal', 0, ['object:condemned']],
    ]);
    expect(hits("The rebels attacked Seoul's peace talks.")).toEqual([
      ['attacked', -3, []],
      ['peace', 0, ['object:attacked']],
      ['talks', 0, ['object:attacked']],
    ]);
  });

  it('takes no noun phrase with an auxiliary after it: the subject of a clause the verb reports ("warned the deal would collapse")', () => {
    expect(hits('They warned the deal would collapse.', defaultScorer()).find(([word]) => word === 'deal')?.[2]).not.toContain('object:warned');
    expect(hits('They warned the deal.', defaultScorer()).find(([word]) => word === 'deal')?.[2]).toContain('object:warned');
  });

  it("takes in a noun's infinitive, what it is to do (\"objecting to their agreement to resume trade\")", () => {
    expect(hits('They condemned the proposal to cooperate on the river.')).toEqual([
      ['condemned', -1.5, []],
      ['proposal', 0, ['object:condemned']],
      ['cooperate', 0, ['object:condemned']],
    ]);
  });

  it('reaches past a noun of harm and its preposition ("a threat to peace", "an attack on the talks")', () => {
    expect(hits('It is a threat to peace.')).toEqual([
      ['threat', -2, []],
      ['peace', 0, ['object:threat']],
    ]);
    expect(hits('They condemned the attack on the talks.')).toEqual([
      ['condemned', -1.5, []],
      ['attack', -3, []],
      ['talks', 0, ['object:attack']],
    ]);
  });

  it('reaches past a short aside in brackets to the next "of" of the object', () => {
    const text = 'The strike was a violation of resolution 1701 (2006) and of the cessation of hostilities.';
    expect(hits(text, defaultScorer()).map(([term, , modifiers]) => [term, modifiers])).toEqual([
      ['violation', []],
      ['cessation of hostilities', ['object:violation']],
    ]);
  });

  it('reaches past a quotation closing between the noun of harm and its preposition', () => {
    const { hits: found, label } = defaultScorer().score('Minsk said the closure was "a gross violation" of international transport agreements.');
    expect(found.map((h) => [h.entry, h.contribution === 0, h.modifiers])).toEqual([
      ['violation', false, []],
      ['agreement', true, ['object:violation']],
    ]);
    expect(label).toBe('confrontation');
  });

  it('takes in the means after the object: "by" and a gerund with its own object', () => {
    const { hits: found, label } = defaultScorer().score("Ethiopia violated Somalia's sovereignty by signing a memorandum of understanding with Somaliland.");
    expect(found.map((h) => [h.entry, h.contribution === 0, h.modifiers])).toEqual([
      ['violate', false, []],
      ['sign a memorandum', true, ['object:violated']],
    ]);
    expect(label).toBe('confrontation');
  });

  it('takes in the means "through" or "via" a noun phrase, after an object or after a noun act with none', () => {
    const rows = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, h.contribution === 0, h.modifiers]);
    expect(rows('Tokyo lodged a strong protest through diplomatic channels.')).toEqual([
      ['lodge a protest', false, []],
      ['diplomatic channel', true, ['object:lodged a strong protest']],
    ]);
    expect(rows('Seoul condemned the launch via diplomatic channels.').at(-1)).toEqual(['diplomatic channel', true, ['object:condemned']]);
    // Without a hostile act before it, the means is an act of its own.
    expect(rows('They agreed to settle the matter through diplomatic channels.').at(-1)).toEqual(['diplomatic channel', false, []]);
  });

  it('a negated verb still counts, for engagement, and its object still counts 0', () => {
    expect(hits('They did not condemn the proposal.')).toEqual([
      ['condemn', 0.75, ['negation:not']],
      ['proposal', 0, ['object:condemn', 'negation:not']],
    ]);
    const result = defaultScorer().score('Kigali did not undermine the peace agreement.');
    expect(result.label).toBe('engagement');
    expect(result.hits.map((h) => [h.entry, h.contribution > 0, h.modifiers])).toEqual([
      ['undermine the peace', true, ['negation:not']],
      ['agreement', false, ['object:undermine the peace', 'negation:not']],
    ]);
  });

  it('the object ends at a verb, "to", other prepositions and a bare noun after "and"', () => {
    expect(hits('Washington will sanction officials to push for dialogue.')).toEqual([
      ['sanction', -2, []],
      ['dialogue', 2, []],
    ]);
    expect(hits('The rebels attacked during the talks.')).toEqual([
      ['attacked', -3, []],
      ['talks', 1, []],
    ]);
    expect(hits('They attacked the town and the peace talks.').map(([text, , modifiers]) => [text, modifiers])).toEqual([
      ['attacked', []],
      ['peace', ['object:attacked']],
      ['talks', ['object:attacked']],
    ]);
  });

  it('takes in the phrases "of" joins to the object, and those added with another "of"', () => {
    const text = 'This attack is a grave violation of the Charter of the United Nations, of international law and of the treaty of 1967.';
    expect(defaultScorer().score(text).hits.filter((h) => h.pole === 'engagement').map((h) => [h.entry, h.contribution, h.modifiers])).toEqual([
      ['treaty', 0, ['object:grave violation']],
    ]);
    expect(defaultScorer().score(text).label).toBe('confrontation');
  });

  it('takes in a gerund after "of" with its own object ("ridiculed Seoul\'s proposal of restoring trust")', () => {
    expect(defaultScorer().score("Kim Yo-jong ridiculed Seoul's proposal of restoring trust.").hits.map((h) => [h.entry, h.contribution, h.modifiers])).toEqual([
      ['ridicule', -1.4, []],
      ['proposal', 0, ['object:ridiculed']],
      ['trust', 0, ['object:ridiculed']],
    ]);
  });

  it('takes in a participle right after the object\'s noun, which describes it ("the Declaration of Principles signed in Khartoum")', () => {
    const engagement = (text: string) => defaultScorer().score(text).hits.filter((h) => h.pole === 'engagement').map((h) => [h.entry, h.contribution, h.modifiers]);
    expect(engagement('Cairo called the step a violation of the Declaration of Principles signed in Khartoum.')).toEqual([['=signed', 0, ['object:violation']]]);
    expect(engagement('The army violated the ceasefire and signed a new deal the next day.')).toEqual([['sign a deal', 2.4, []]]);
  });

  it('leaves verbs of categories outside params.objects.categories alone ("a deterrent to peace")', () => {
    expect(hits('It is a deterrent to peace.')).toEqual([
      ['deterrent', -1.5, []],
      ['peace', 1.5, []],
    ]);
  });

  it('turns a hostile act against an engagement into confrontation with the default lexicon', () => {
    const result = defaultScorer().score('The shelling undermined the ceasefire.');
    expect(result.label).toBe('confrontation');
    expect(result.hits.find((h) => h.entry.startsWith('ceasefire'))?.modifiers).toEqual(['object:undermined']);
  });

  it('is off without params.objects', () => {
    const without = miniScorerWithout('params', 'objects');
    expect(hits('They condemned the peace proposal.', without)).toEqual([
      ['condemned', -1.5, []],
      ['peace', 1.5, []],
      ['proposal', 1, []],
    ]);
  });

  it('an act that ends in its preposition has its object right after it ("would not be used against any neighbour", "directed against")', () => {
    const rows = hits('Thai territory would not be used against any neighbour.', defaultScorer());
    expect(rows.map(([term, , modifiers]) => [term, modifiers])).toEqual([
      ['be used against', ['negation:not']],
      ['neighbour', ['object:be used against', 'negation:not']],
    ]);
    expect(defaultScorer().score('Thai territory would not be used against any neighbour.').label).toBe('engagement');
  });

  it('the subject of a hostile act in the passive is what the act is done to ("the ceasefire was undermined", "the process to be sabotaged")', () => {
    const rows = (text: string) => hits(text, defaultScorer()).map(([entry, contribution, modifiers]) => [entry, Math.sign(contribution), modifiers]);
    expect(rows('The ceasefire was undermined by the rebels.')).toEqual([
      ['ceasefire', 0, ['object:undermined']],
      ['undermined', -1, []],
    ]);
    expect(rows('The peace deal has been repeatedly violated.')[0]).toEqual(['peace deal', 0, ['object:violated']]);
    expect(defaultScorer().score('The ceasefire was undermined by the rebels.').label).toBe('confrontation');
    // Reached past "to be" and the auxiliaries; what is not in the passive keeps its subject.
    expect(rows('They hoped for the reconciliation process to be sabotaged.')).toContainEqual(['reconciliation', 0, ['object:sabotaged']]);
    expect(rows('The ceasefire held although the rebels undermined the talks.')[0]).toEqual(['ceasefire', 1, []]);
  });

  it('takes in the whole of a hit that starts in the object, whatever wink-nlp tags its words ("working against closer ties", "ties" read as a verb)', () => {
    expect(hits('Certain parties were working against closer ties between the two countries.', defaultScorer())).toEqual([
      ['working against', -1.2, []],
      ['closer ties', 0, ['object:working against']],
    ]);
  });
  it('the object of a verb phrase that ends in its own object noun goes on through that noun\'s "of" ("cancelled a planned meeting of the cooperation council")', () => {
    expect(hits('Athens cancelled a planned meeting of the cooperation council.', defaultScorer()).map(([text, contribution, modifiers]) => [text, Math.sign(contribution), modifiers])).toEqual([
      ['cancelled a planned meeting', -1, []],
      ['cooperation', 0, ['object:cancelled a planned meeting']],
    ]);
  });
});
