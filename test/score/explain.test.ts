import { describe, expect, it } from 'vitest';
import { explain, score } from '../../src/index.js';
import { thrown } from '../helpers.js';

describe('explain input', () => {
  it.each([
    { result: null, issue: '(root): expected the result of score() or scorer.score(), found null' },
    { result: {}, issue: 'hits: required field is missing' },
    { result: 'We will talk.', issue: '(root): expected the result of score() or scorer.score(), found "We will talk."' },
  ])('rejects $result with E_INPUT naming the path: $issue', ({ result, issue }) => {
    const error = thrown(() => explain(result as never));
    expect(error.code).toBe('E_INPUT');
    expect(error.message).toContain(issue);
  });

  it('names the field of a hit that is not what score() gives', () => {
    const real = score('We will not seek annexation.');
    const broken = { ...real, hits: [{ ...real.hits[0], weight: 'heavy' }] };
    const error = thrown(() => explain(broken as never));
    expect(error.code).toBe('E_INPUT');
    expect(error.issues).toEqual([{ path: 'hits[0].weight', message: 'expected a number, found "heavy"' }]);
  });
});
