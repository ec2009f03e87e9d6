import { describe, expect, it } from 'vitest';
import { createScorer, defaultLexicon, loadLexicon } from '../../src/index.js';
import { defaultScorer, defaultScorerWithout, hitRows } from '../helpers.js';

/** The first hit of the text, the thanks in every sentence below. */
const thanks = (text: string) => hitRows(text, defaultScorer())[0];

describe('irony', () => {
  it.each([
    ['concern', 'a marker before the noun', 'We thank Moscow for its touching concern about our language law.'],
    ['advice', 'a marker before the noun ("generous")', 'Orbán thanked Brussels for its generous advice on energy.'],
    ['care', 'a marker before the noun ("tender")', "Baku said it was grateful for Moscow's tender care of Azerbaijani migrants."],
    ['concern', 'a marker after a possessive', "We appreciate Washington's sudden concern for our farmers."],
    ['concern', 'a quotation mark before the noun', 'Caracas thanked Washington for its "concern for Venezuelan democracy".'],
    ['concern', 'a clause with "which" on how it shows', 'We are grateful to Belgrade for its concern for our Serb citizens, which it expresses with armoured vehicles.'],
    ['concern', 'a participle on how it shows', 'We are grateful to London for its concern about our elections, expressed with all the modesty of a former colonial power.'],
    ['concern', 'the noun again after the comma', 'Kinshasa thanked Kigali for its concern for Congolese security, a concern that arrived as rebel columns.'],
    ['concern', 'a semicolon after the phrase', 'We thank Athens for its concern for our fishermen; its coast guard rammed two of their boats.'],
    ['concern', '"touched by" for thanks', "We are touched by Washington's sudden concern for our farmers."],
    ['generosity', 'a quotation mark before the noun', 'An Iraqi official praised Ankara\'s "generosity" in letting the river drop to its lowest level in decades.'],
    ['expertise', 'a quotation mark and a marker', "Phnom Penh congratulated Hanoi's commentators on their 'remarkable expertise in Cambodian rivers'."],
    ['hospitality', 'a marker before the noun', 'The junta commended Dhaka for its remarkable hospitality toward armed groups.'],
    ['engineering', '"impressive" before the noun', 'La Paz congratulated Santiago on its impressive engineering at the border.'],
  ])('thanks or praise for %s with %s count for confrontation', (noun, _sign, text) => {
    const [, contribution, modifiers] = thanks(text) ?? [];
    expect(contribution).toBeLessThan(0);
    expect(modifiers).toContain(`irony:${noun}`);
    expect(defaultScorer().score(text).label).toBe('confrontation');
  });

  it('thanks for lessons or lectures are ironic with no further sign', () => {
    expect(hitRows('Many thanks to Brussels for its lessons in democracy, the prime minister said.', defaultScorer())).toEqual([['Many thanks', -0.8, ['irony:lessons']]]);
  });

  it('congratulations on a discovery with a sign of irony are a dismissal; with none they stay congratulations', () => {
    expect(hitRows('We congratulate Kigali on its remarkable discovery of coltan on Rwandan soil.', defaultScorer())).toEqual([['congratulate', -1, ['irony:discovery']]]);
    expect(hitRows('Congratulations to Addis Ababa on discovering the sea; next it may discover the law.', defaultScorer())[0]).toEqual(['Congratulations', -1, ['irony:discovering']]);
    expect(hitRows('We congratulate the team on the discovery of the wreck.', defaultScorer())).toEqual([['congratulate', 1, []]]);
  });

  it('congratulations or thanks on the verb of a finding (`findings`) are ironic with no further sign, after "on" or "for" (tagged a conjunction before a gerund); the noun still needs one', () => {
    expect(hitRows('Congratulations to Lisbon on discovering the fishing grounds.', defaultScorer())).toEqual([['Congratulations', -1, ['irony:discovering']]]);
    expect(hitRows('We are grateful to Canberra for rediscovering the Pacific.', defaultScorer())).toEqual([['grateful', -0.8, ['irony:rediscovering']]]);
    expect(hitRows('We congratulate Namibia on the discovery of oil.', defaultScorer())).toEqual([['congratulate', 1, []]]);
  });

  it('reads a gerund of a finding that the tagger reads as a noun ("teaching", lemma "teach") as the verb', () => {
    const text = 'We are grateful to Washington for teaching us the meaning of market access.';
    expect(hitRows(text, defaultScorer())[0]).toEqual(['grateful', -0.8, ['irony:teaching']]);
    expect(defaultScorer().score(text).label).toBe('confrontation');
  });

  it('reads no finding without params.ironies.findings', () => {
    const { findings: _off, ...ironies } = defaultLexicon.params.ironies ?? { terms: [], nouns: [], lectures: [], markers: [], note: '-' };
    const scorer = createScorer({ lexicons: [loadLexicon({ ...defaultLexicon, params: { ...defaultLexicon.params, ironies } })] });
    expect(scorer.score('Congratulations to Lisbon on discovering the fishing grounds.').label).toBe('engagement');
  });

  it('a refusal in the clause after "which" deflates what the thanks are for', () => {
    const text = 'We are grateful to Budapest for its contribution, which consisted of one more veto.';
    expect(hitRows(text, defaultScorer())[0]).toEqual(['grateful', -0.8, ['irony:which']]);
  });

  it('leaves thanks for concern with no sign, and thanks for an act, as thanks', () => {
    expect(hitRows('The minister thanked the Secretary-General for his concern about the situation.', defaultScorer())).toEqual([['thanked', 0.8, []]]);
    expect(hitRows('The minister thanked the Jordanian nurses for their care of the wounded.', defaultScorer())).toEqual([['thanked', 0.8, []]]);
    expect(defaultScorer().score('We thank Tokyo for its generous offer of aid.').label).toBe('engagement');
  });

  it('keeps the hostile acts the ironic thanks tell of, which thanks would count 0 (credit)', () => {
    const rows = hitRows("We are grateful to the coast guard for its concern for our crew's safety, which it expressed by ramming our boat.", defaultScorer());
    expect(rows.map(([text, contribution]) => [text, Math.sign(contribution)])).toEqual([
      ['grateful', -1],
      ['ramming', -1],
    ]);
  });

  it.each([
    ['a word of params.ironies.deflations', 'We are grateful to Brussels for its latest roadmap, which changes nothing.', 'roadmap'],
    ['"happens to", a coincidence that is none', 'We congratulate Tallinn on the timing of its new port, which happens to close our shipping lane.', 'port'],
    ['a confrontation hit', 'We thank the E3 for their commitment to diplomacy, which they showed by restoring every sanction.', 'diplomacy'],
    ['a deflating clause after an apposition', 'We applaud Canberra for its climate plan, the ninth one, which approved yet another coal mine.', 'climate plan'],
    ['"consisted", what the favour came down to', 'The minister thanked Buenos Aires for its thoughtful consultation on the canal, which consisted of a press release.', 'consultation'],
    ['"managed", what the gift did', 'Sikorski thanked Minsk for its generous supply of balloons, which had managed to close Vilnius airport six times.', 'supply'],
  ])('thanks for anything, then ", which" and a clause with %s, are ironic, and what they are for counts 0', (_sign, text, mocked) => {
    const rows = hitRows(text, defaultScorer());
    expect(rows[0]?.[1]).toBeLessThan(0);
    expect(rows[0]?.[2]).toContain('irony:which');
    expect(rows.filter(([hit, contribution]) => mocked.includes(hit) && contribution !== 0)).toEqual([]);
    expect(defaultScorer().score(text).label).toBe('confrontation');
  });

  it('reads thanks, congratulations or a medal reported as "deserved" as ironic, and what they are for counts 0', () => {
    const text = 'An Iraqi MP said Ankara deserved warm thanks for generously sharing the Tigris.';
    expect(hitRows(text, defaultScorer())).toEqual([
      ['thanks', -0.8, ['irony:deserved']],
      ['sharing', 0, ['irony:thanks']],
    ]);
    expect(defaultScorer().score('A Bolivian senator said Paraguay deserved a medal for efficiency for taking eleven months to answer a request.').label).toBe('confrontation');
    // The present, in the speaker's own quotation, is earnest.
    expect(defaultScorer().score('"Morocco deserves our thanks: the power it sent across the Strait helped bring Andalusia back," the minister said.').label).toBe('engagement');
  });

  it('leaves thanks with a clause that deflates nothing, and thanks with a restrictive clause, as thanks', () => {
    expect(defaultScorer().score('We thank Doha for its patient mediation, which brought the sailors home.').label).toBe('engagement');
    expect(defaultScorer().score('Manila thanked Tokyo for a loan that will pay for five patrol vessels and never falls due early.').label).toBe('engagement');
  });

  it('reads thanks in a quotation, the speaker\'s own, as ironic when their "which" clause tells of no help', () => {
    const quoted = '"We are grateful to Port Moresby for its swift response, which reached us three weeks after the landslide," the president said.';
    expect(hitRows(quoted, defaultScorer())[0]).toEqual(['grateful', -0.8, ['irony:which']]);
    expect(defaultScorer().score(quoted).label).toBe('confrontation');
    expect(defaultScorer().score('"We thank Doha for its patient mediation, which brought the sailors home," the minister said.').label).toBe('engagement');
    expect(defaultScorer().score('The government thanks Mexico for the shipment of diesel, which will reach Santiago next week.').label).toBe('engagement');
  });

  it('reads reported thanks for the thanked side\'s own as ironic when "which" or "who", a pronoun and a verb of saying open a clause that tells of no help', () => {
    const reported = 'A union leader thanked Banjul for its wonderful new bridge tariffs, which he said had made the shortest road the dearest in the region.';
    expect(hitRows(reported, defaultScorer())[0]).toEqual(['thanked', -0.8, ['irony:which']]);
    expect(defaultScorer().score('The mayor congratulated the capital on its brilliant police, who she said had needed three months to find one pistol.').label).toBe('confrontation');
    // A gift is no doing of the thanked side's own; the clause unsaid is the reporter's.
    expect(defaultScorer().score('The prime minister thanked Riyadh for a grant of fuel, which he said would keep the power stations running.').label).toBe('engagement');
    expect(defaultScorer().score('The union leader thanked Banjul for its new bridge, which had made the road shorter.').label).toBe('engagement');
  });

  it.each([
    ['a semicolon', '"We congratulate Kabul on its magnificent new canal; our farmers downstream will admire it from their dry fields," the official said.', ';'],
    ['a colon', '"We congratulate Nairobi on its warm welcome: three of our ministers were kept at the airport for six hours," the spokesman said.', ':'],
  ])('reads quoted thanks as ironic when %s leads to words with no engagement hit', (_mark, text, mark) => {
    expect(hitRows(text, defaultScorer())[0]?.[2]).toEqual([`irony:${mark}`]);
    expect(defaultScorer().score(text).label).toBe('confrontation');
  });

  it('reads thanks or congratulations as ironic when a reporter\'s aside follows them: a comma and "noting", "observing", "remarking" or "adding"', () => {
    const text = "Costa Rican ministers thanked Panama for its 'lightning-fast' inspections, noting that 400 lorries had been stuck at the border for four days.";
    expect(hitRows(text, defaultScorer())[0]).toEqual(['thanked', -0.8, ['irony:noting']]);
    expect(defaultScorer().score('Belgrade congratulated Podgorica on its historic achievement, adding that Serbia was taking careful notes.').label).toBe('confrontation');
    // "saying" is no such aside, and praise is not read this way.
    expect(defaultScorer().score('Chisinau thanked Romania for supplying electricity through the winter, saying Bucharest had been there when Moldova needed it.').label).toBe('engagement');
    expect(hitRows('The minister praised the border guards, noting that the queues had shrunk.', defaultScorer())[0]?.[2]).toEqual([]);
  });

  it('keeps quoted thanks whose words after a semicolon tell of help, and unquoted thanks, as thanks', () => {
    expect(defaultScorer().score('"We thank the company for negotiating in good faith; this deal shows what cooperation can achieve," the steward said.').label).toBe('engagement');
    expect(defaultScorer().score('The council congratulated Kabul on its new canal; farmers downstream will see it next spring.').label).toBe('engagement');
  });

  it('reads no deflating clause without params.ironies.deflations', () => {
    const { deflations: _off, ...ironies } = defaultLexicon.params.ironies ?? { terms: [], nouns: [], lectures: [], markers: [], note: '-' };
    const scorer = createScorer({ lexicons: [loadLexicon({ ...defaultLexicon, params: { ...defaultLexicon.params, ironies } })] });
    expect(scorer.score('We are grateful to Brussels for its latest roadmap, which changes nothing.').label).toBe('engagement');
  });

  it('is off without params.ironies', () => {
    expect(defaultScorerWithout('params', 'ironies').score('We thank Moscow for its touching concern about our language law.').label).toBe('engagement');
  });
});
