import { describe, expect, it } from 'vitest';
import { defaultScorer, defaultScorerWithout, hitRows } from '../helpers.js';

const rows = (text: string) => hitRows(text, defaultScorer());

describe('grief', () => {
  it.each([
    ['The minister said he was deeply saddened by the blaze at a warehouse that killed 16 workers.', 'killed', 'grief:saddened'],
    ["The president said the nation was in shock and mourning after a fire at a fuel depot killed 14 people.", 'killed', 'grief:mourning'],
    ['The minister said the nation was in mourning after a ferry capsized off the coast, killing 31 people.', 'killing', 'grief:mourning'],
    ["The governor said she was 'devastated' by the crush at the concert that killed 13 people.", 'killed', 'grief:devastated'],
    ['The king said he was deeply shaken at the memorial for the victims of the school shooting.', 'shooting', 'grief:shaken'],
    ["The president said he felt 'deep sadness' watching footage of the bombed hospital.", 'bombed', 'grief:sadness'],
  ])('a sentence in which the speaker grieves makes the killings it mourns count 0: %s', (text, word, modifier) => {
    const row = rows(text).find(([t]) => t === word);
    expect(row?.[1]).toBe(0);
    expect(row?.[2]).toContain(modifier);
    expect(defaultScorer().score(text).label).toBe('neutral');
  });

  it('reads a participle of grief with a subject before it as a verb, not as grief ("strikes devastated Kharkiv")', () => {
    expect(rows('Russian strikes devastated Kharkiv overnight, killing 20 people.').find(([t]) => t === 'killing')?.[1]).toBeLessThan(0);
  });

  it('leaves the other hits of the sentence alone ("condemned the attack and said he was saddened")', () => {
    const text = 'The minister condemned the attack and said he was saddened by the loss of life.';
    expect(rows(text).find(([t]) => t === 'condemned')?.[1]).toBeLessThan(0);
    expect(defaultScorer().score(text).label).toBe('confrontation');
  });

  it('is off without params.griefs', () => {
    const text = 'The minister said he was deeply saddened by the blaze at a warehouse that killed 16 workers.';
    expect(defaultScorerWithout('params', 'griefs').score(text).label).toBe('confrontation');
  });
});
