import { describe, expect, it } from 'vitest';
import { defaultScorer, defaultScorerWithout, hitRows } from '../helpers.js';

const rows = (text: string) => hitRows(text, defaultScorer());

describe('readiness', () => {
  it.each([
    ['kept ready', 'Sisi said Egypt would keep its air defences and southern forces fully ready.', 'readiness:forces'],
    ['said ready', 'The PLA is ready at every moment, the spokesman said.', 'readiness:pla'],
    ['past a second object', 'We will keep our militias trained and our coast ready.', 'readiness:coast'],
  ])('a military word held ready is deterrence, not a readiness to talk: %s', (_how, text, modifier) => {
    const ready = rows(text).filter(([word]) => word === 'ready');
    expect(ready.map(([, value]) => Math.sign(value))).toEqual([-1, 0]);
    expect(ready[0]?.[2]).toContain(modifier);
    expect(ready[1]?.[2]).toContain('readiness');
  });

  it('adds nothing when the military word is a hit of its own ("Our fighter jets stay ready")', () => {
    const ready = rows('Our fighter jets stay ready over the Gulf of Bothnia.').filter(([word]) => word === 'ready');
    expect(ready).toEqual([['ready', 0, ['readiness']]]);
  });

  it.each([
    ['ready to talk', 'The army is ready to talk to the rebels.'],
    ['ready for', 'Our forces are ready for a new round of talks.'],
    ['said of someone else', 'The minister said Cairo was ready.'],
  ])('leaves "ready" alone when it is %s', (_how, text) => {
    expect(rows(text).every(([, , modifiers]) => !modifiers.some((m) => m.startsWith('readiness')))).toBe(true);
  });

  it('is off without params.readiness', () => {
    const ready = hitRows('The PLA is ready at every moment.', defaultScorerWithout('params', 'readiness')).filter(([word]) => word === 'ready');
    expect(ready).toEqual([['ready', 0.5, []]]);
  });
});
