import { describe, expect, it } from 'vitest';
import { defaultScorer, hitRows, miniScorerWithout } from '../helpers.js';

const hits = (text: string) => hitRows(text, defaultScorer()).map(([term, contribution, modifiers]) => [term, Math.sign(contribution), modifiers]);

describe('retaliation', () => {
  it('what an actor retaliates against is the other side\'s act: ruled out, the retaliation leans engagement and the tariffs count 0', () => {
    const text = 'Indonesia will not retaliate against the new US tariffs.';
    expect(hits(text)).toEqual([
      ['retaliate', 1, ['negation:not']],
      ['tariffs', 0, ['retaliation:retaliate']],
    ]);
    expect(defaultScorer().score(text).label).toBe('engagement');
  });

  it('reaches past a short aside in quotation marks to what is retaliated against', () => {
    const text = 'Uganda said it would not retaliate "for now" against a Congolese ban on its sugar.';
    expect(hits(text)).toEqual([
      ['retaliate', 1, ['negation:not']],
      ['ban', 0, ['retaliation:retaliate']],
    ]);
  });

  it('reads "for" after the noun, and the retaliation itself keeps its hit', () => {
    expect(hits('Ottawa imposed duties in retaliation for US levies on Canadian steel.')).toEqual([
      ['imposed duties', -1, []],
      ['retaliation', -1, []],
      ['levies', 0, ['retaliation:retaliation']],
    ]);
  });

  it('ends the cause at the next verb ("… against the tariffs and imposed a ban")', () => {
    expect(hits('Beijing retaliated against the tariffs and imposed a ban on soybeans.').map(([term, sign]) => [term, sign])).toEqual([
      ['retaliated', -1],
      ['tariffs', 0],
      ['ban', -1],
    ]);
  });

  it('is off without params.retaliations', () => {
    const rows = hitRows('Indonesia will not retaliate against the new US tariffs.', miniScorerWithout('params', 'retaliations'));
    expect(rows.some(([, , modifiers]) => modifiers.some((m) => m.startsWith('retaliation:')))).toBe(false);
  });
});
