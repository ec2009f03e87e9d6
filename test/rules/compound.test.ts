import { describe, expect, it } from 'vitest';
import { defaultScorer, hitRows as hits } from '../helpers.js';

/** Hits on the default lexicon with the sign of their contribution. */
const rows = (text: string) => hits(text, defaultScorer()).map(([text, contribution, modifiers]) => [text, Math.sign(contribution), modifiers]);

describe('compound', () => {
  it('a noun hit right before a noun hit of the other pole names what the head is about and counts 0', () => {
    expect(hits('The two sides opened sanction talks.')).toEqual([
      ['sanction', 0, ['compound:talks']],
      ['talks', 1, []],
    ]);
    expect(hits('The rebels announced an attack proposal.')).toEqual([
      ['attack', 0, ['compound:proposal']],
      ['proposal', 1, []],
    ]);
  });

  it('the head decides, whichever pole it has ("the peace attack")', () => {
    expect(hits('They called it a peace attack.')).toEqual([
      ['peace', 0, ['compound:attack']],
      ['attack', -3, []],
    ]);
  });

  it('leaves two hits of the same pole, hits with a word between, and adjectives alone', () => {
    expect(hits('They welcomed the peace proposal.')).toEqual([
      ['peace', 1.5, []],
      ['proposal', 1, []],
    ]);
    expect(hits('They discussed the attack and the proposal.')).toEqual([
      ['attack', -3, []],
      ['proposal', 1, []],
    ]);
    expect(hits('Police broke up a peaceful protest.', defaultScorer()).map(([text, , modifiers]) => [text, modifiers])).toEqual([
      ['peaceful', []],
      ['protest', []],
    ]);
  });

  it('a noun hit whose infinitive is a verb hit of the other pole counts 0: what is proposed decides ("a proposal to sanction")', () => {
    expect(rows('Brussels tabled a proposal to sanction two officials.')).toEqual([
      ['proposal', 0, ['compound:sanction']],
      ['sanction', -1, []],
    ]);
    expect(defaultScorer().score('Hungary refused to back an EU proposal to sanction two Serbian officials.').label).toBe('engagement');
    // A word between, or an infinitive of the same pole, leaves it as it is.
    expect(rows('Seoul rejected the proposal to resume talks.')[0]).toEqual(['proposal', -1, ['refusal:rejected']]);
  });

  it('a cooperative participle in front of a noun hit of the other pole describes it and counts 0 ("the US-proposed sanctions")', () => {
    expect(rows('The EU backed the US-proposed sanctions on Iran.')).toEqual([
      ['proposed', 0, ['compound:sanctions']],
      ['sanctions', -1, []],
    ]);
    expect(defaultScorer().score('Malta declined to join an Italian-proposed naval interdiction mission.').label).toBe('engagement');
    expect(rows('Vienna refused to join proposed EU sanctions on Russian gas.')[0]).toEqual(['proposed', 0, ['compound:sanctions', 'refusal:refused']]);
    // A participle of the same pole, or one with a verb between, is left as it is.
    expect(rows('They proposed sanctions on Iran.')[0]).toEqual(['proposed', 1, []]);
  });

  it('who made a proposal may stand between it and its infinitive ("a proposal by several member states to freeze funds")', () => {
    expect(rows('Rome rejected a proposal by several member states to freeze funds for Serbia.')[0]).toEqual(['proposal', 0, ['compound:freeze funds', 'refusal:rejected']]);
    expect(rows('Croatia declined to back a proposal by several EU member states to freeze pre-accession funds for Serbia.')).toEqual([
      ['proposal', 0, ['compound:freeze pre-accession funds', 'refusal:declined to']],
      ['freeze pre-accession funds', 1, ['refusal:declined to']],
    ]);
  });
  it('leaves a hit whose last noun stands in its own prepositional phrase: the noun after it joins that phrase ("a breach of the ceasefire agreement")', () => {
    expect(rows('Chisinau called the new checkpoint a breach of the ceasefire agreement.')).toEqual([
      ['breach of the ceasefire', -1, []],
      ['agreement', 0, ['object:breach of the ceasefire']],
    ]);
  });
});
