import { describe, expect, it } from 'vitest';
import { defaultScorer, defaultScorerWithout, hitRows } from '../helpers.js';

const rows = (text: string, scorer = defaultScorer()) => hitRows(text, scorer).map(([term, contribution, modifiers]) => [term, Math.sign(contribution), modifiers]);

describe('release', () => {
  it('a hostile participle right after the people a release names is the harm it undoes, and counts 0 ("released ten Colombian nationals detained near the border")', () => {
    expect(rows('Venezuela released ten Colombian nationals detained near the border.')).toEqual([
      ['released ten Colombian nationals', 1, []],
      ['detained', 0, ['released:released ten colombian nationals']],
    ]);
    expect(defaultScorer().score('Last month your government released 23 Nigerian fishermen detained off Bakassi.').label).toBe('engagement');
  });

  it('reads the people a verb of release that is an entry alone takes as its object the same way ("repatriated 23 Timorese fishermen detained for straying")', () => {
    expect(rows('Indonesia repatriated 23 Timorese fishermen detained for straying into its waters.')).toEqual([
      ['repatriated', 1, []],
      ['detained', 0, ['released:repatriated']],
    ]);
    expect(rows('Indonesia repatriated the fishermen and arrested their captain.').at(-1)).toEqual(['arrested', -1, []]);
  });

  it('reads a relative clause on the people past the day of the release, and what they were held after as its background', () => {
    expect(rows('South Sudan freed 12 officials on Wednesday who had been held after the Nasir clashes.')).toEqual([
      ['freed', 1, []],
      ['clashes', 0, ['released:freed', 'contrast-opposed:after']],
    ]);
    expect(rows('South Sudan freed 12 officials on 3 March who had been detained in Nasir.')).toEqual([
      ['freed', 1, []],
      ['detained', 0, ['released:freed', 'contrast-opposed:who had']],
    ]);
  });

  it('reads a hostile participle on the subject of a release in the passive as the harm undone ("Colombians detained in Venezuela were handed over")', () => {
    expect(rows('Seventeen Colombians detained in Venezuela on smuggling charges were handed over on Friday.')).toEqual([
      ['detained', 0, ['released:handed over']],
      ['handed over', 1, []],
    ]);
    // A clause of its own before the release keeps its act.
    expect(rows('Russia attacked Kharkiv on Monday and 12 prisoners were handed over.')[0]).toEqual(['attacked', -1, []]);
  });

  it('leaves a hostile verb that is no participle of the released, or that stands apart from them, as it is', () => {
    expect(rows('The junta released the journalists and detained two others.').map(([term, sign]) => [term, sign])).toEqual([
      ['released the journalists', 1],
      ['detained', -1],
    ]);
  });

  it('reads a hostile verb in a relative clause on the people as the harm undone, after an entry or a negator of release ("handed back two servicemen who had been detained")', () => {
    expect(rows('Armenia handed back two Azerbaijani servicemen who had been detained after crossing the border.')).toEqual([
      ['handed back', 1, []],
      ['detained', 0, ['released:handed back', 'contrast-opposed:who had']],
    ]);
    expect(rows('Iran freed the 17 crew members of the container ship it seized in April.')).toEqual([
      ['freed', 1, []],
      ['seized', 0, ['released:freed']],
    ]);
  });

  it('keeps the release as an act of its own when the negator of release governs only the harm it undoes ("will hand back the officers it detained")', () => {
    expect(rows('Belgrade will hand back the three police officers it detained last week.')).toEqual([
      ['hand back', 1, []],
      ['detained', 0, ['released:hand back', 'negation:hand back']],
    ]);
  });

  it('leaves what the people did, and a participle the negator of release governs, to the other rules', () => {
    expect(rows('Kabul will hand over the three men who opened fire on our border post.').at(-1)).toEqual(['opened fire', -1, []]);
    expect(rows('Dominican authorities freed 14 Haitian fishermen detained off Pedernales.')).toEqual([['detained', 1, ['negation:freed']]]);
  });

  it('reads the hostile hits of the participle\'s phrase as where and why the people were held, up to the clause\'s end or a conjunction ("captured during the July fighting")', () => {
    expect(rows('Thailand returned 18 Cambodian soldiers captured during the July fighting.')).toEqual([
      ['returned', 1, ['repatriation']],
      ['fighting', 0, ['released:returned']],
    ]);
    expect(defaultScorer().score('Peru released 11 Bolivian truck drivers detained during the road blockades and handed back their vehicles.').label).toBe('engagement');
    expect(rows('Eritrea released 23 Ethiopian traders detained near Bure and on the same day closed its airspace.').at(-1)).toEqual(['closed its airspace', -1, []]);
    expect(rows('The release of the fishermen angered hardliners in Beijing.').at(-1)).toEqual(['hardliners', -1, []]);
  });

  it('is off without params.cessations', () => {
    // The detention then tells the nationals' past (describing), not an undoing read by this rule.
    expect(rows('Venezuela released ten Colombian nationals detained near the border.', defaultScorerWithout('params', 'cessations'))[1]).toEqual(['detained', 0, ['describes:nationals']]);
  });
});
