import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/index.js';
import { createNlp } from '../../src/nlp/index.js';

const nlp = createNlp();

describe('analyzeMany', () => {
  it('gives each text the analysis analyze gives it', () => {
    const texts = [
      'Seoul urged Pyongyang to resume talks.',
      'no full stop here',
      'Kim Yo-jong dismissed the offer as a pipe dream. She said the South was the main enemy.',
      'De\u0301tente is over, Pyongyang said.',
      '',
      '  spaces at both ends  ',
      'A line\nbreak and a blank line\n\ninside.',
      'x'.repeat(300),
      '“We will not be deterred,” the minister said.',
    ];
    expect(nlp.analyzeMany(texts)).toEqual(texts.map((t) => nlp.analyze(t)));
  });

  it('cuts a sentence wink-nlp runs on across the blank line at that line', () => {
    // Read joined, "Today" and the quotation form one sentence: wink-nlp takes "U.S." for an
    // abbreviation and reads on across the blank line.
    const texts = ['Talks were held in the U.S. Today', '“We agree,” Lee said.'];
    const [first, second] = nlp.analyzeMany(texts);
    expect(first?.sentences).toEqual([
      { firstToken: 0, lastToken: 5, start: 0, end: 27 },
      { firstToken: 6, lastToken: 6, start: 28, end: 33 },
    ]);
    expect(second?.sentences).toEqual([{ firstToken: 0, lastToken: 7, start: 0, end: 21 }]);
    expect([first, second]).toEqual(texts.map((t) => nlp.analyze(t)));
  });

  it('scoreMany gives each text what score gives it, for any texts', () => {
    const scorer = createScorer();
    const words = ['talks', 'rejected', 'the', 'U.S.', 'Inc.', 'Jan.', 'I', 'Do', 'Today', '“', '”', '"', '!', '?', '.', ',', 'é', 'threatened', 'peace', '\n', ' '];
    const text = fc.oneof(
      fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((w) => w.join(' ')),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), (texts) => {
        expect(scorer.scoreMany(texts)).toEqual(texts.map((t) => scorer.score(t)));
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });
});
