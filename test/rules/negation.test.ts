import { describe, expect, it } from 'vitest';
import { contributions, defaultScorer, defaultScorerWithout, hitRows as hits, miniLexicon, miniScorer, params, round } from '../helpers.js';

const { engagementFlip, confrontationFlip } = params.negation;

/** Each hit's entry and whether it is negated, scored with the default lexicon. */
const negatedRows = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, h.negated]);
/** Each hit's entry and the sign of its contribution, scored with the default lexicon. */
const signs = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, h.contribution > 0 ? '+' : '-']);
/** Each hit's entry, the sign of its contribution and whether it is negated, scored with the default lexicon. */
const signedRows = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, h.contribution > 0 ? '+' : '-', h.negated]);

describe('negation', () => {
  it.each([
    { text: 'We will not seek annexation.', expect: [['annexation', round(3 * confrontationFlip)]] },
    { text: 'The North has no intention to attack.', expect: [['attack', round(3 * confrontationFlip)]] },
    { text: 'Pyongyang has shown no appetite for dialogue.', expect: [['dialogue', round(-2 * engagementFlip)]] },
    { text: 'There will never be talks with them.', expect: [['talk', round(-1 * engagementFlip)]] },
    { text: 'They agreed to talks without preconditions.', expect: [['talk', 1]] },
  ])('flips a governed hit to the other pole: "$text"', ({ text, expect: expected }) => {
    expect(contributions(text)).toEqual(expected);
  });

  it('marks the hit negated and names the negator in its modifiers', () => {
    const [hit] = miniScorer().score('We will not seek annexation.').hits;
    expect(hit?.negated).toBe(true);
    expect(hit?.modifiers).toEqual(['negation:not']);
  });

  it('a lower-case negator between two capitalised words inside a sentence is a word of a name, and negates nothing ("Ishin no Kai signed a policy accord")', () => {
    expect(negatedRows('The Liberal Democratic Party and Ishin no Kai signed a policy accord.')).toEqual([
      ['=signed', false],
      ['accord', false],
    ]);
    expect(negatedRows('Ishin said there was no Accord between them.').map(([, negated]) => negated)).toEqual([true]);
    // A verb between two capitalised words is the sentence's predicate, not a word of a name.
    expect(negatedRows('New Zealand paused NZ$18 million in development funding.')).toEqual([['development funding', true]]);
  });

  it('passes over an adverb set off by commas ("would not, however, seek", "will not, officially, seek")', () => {
    expect(contributions('We will not, officially, seek dialogue.')).toEqual([['dialogue', round(-2 * engagementFlip)]]);
  });

  it('a negator inside the scope is what the outer one negates: past it, the outer reaches only through it ("never ceased to work for peace")', () => {
    const rows = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, Math.sign(h.contribution), h.modifiers]);
    expect(rows('Algeria has never ceased to work for peace in Mali.')).toEqual([['peace', 1, []]]);
    // What the inner negator governs, both govern: the two cancel.
    expect(rows('Seoul has never halted its aid.')).toEqual([['aid', 1, ['negation:halted', 'negation:never']]]);
  });

  it('a negator with engagementFlip 0 makes engagement count nothing, and negated it cancels ("linked its aid to reforms", "would not link aid to …")', () => {
    const rows = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, Math.sign(h.contribution)]);
    expect(rows('The EU linked its aid to democratic reforms.')).toEqual([['aid', 0]]);
    expect(rows('Seoul would not link humanitarian aid to political issues.')).toEqual([['humanitarian aid', 1]]);
    expect(rows('Washington linked the tariffs to fentanyl flows.')).toEqual([['tariff', -1]]);
  });

  it('reads a negator with raisesToAmount before "to" and an amount as a raise: it governs nothing and is no act', () => {
    expect(signedRows('Washington lifted the tariff on Chinese steel to 50%.')).toEqual([['tariff', '-', false]]);
    expect(signedRows('Beijing lifted its tariffs on US soybeans to 125 percent, the ministry said.')).toEqual([['tariff', '-', false]]);
    expect(signedRows('Washington lifted the tariff on Chinese steel.')).toEqual([['tariff', '+', true]]);
    // No amount, or one past a clause break: the lifting stands.
    expect(signedRows('Washington lifted the tariff on Chinese steel, and imports rose to 50%.')).toEqual([['tariff', '+', true]]);
  });

  it('a negator marked intransitive with no object after it stops its subject ("if the threats against it stopped"); with an object, or as a noun, it governs what follows', () => {
    expect(signedRows('Tehran could consider talks with Washington if the threats against it stopped.')).toEqual([
      ['talk', '+', false],
      ['threat', '+', true],
    ]);
    expect(signedRows('The shelling of the port ceased after midnight, residents said.')).toEqual([['shelling', '+', true]]);
    expect(signedRows('Aid deliveries to the camps quietly stopped in March.')).toEqual([['aid', '-', true]]);
    expect(signedRows('The army halted its offensive.')).toEqual([['offensive', '+', true]]);
    expect(signedRows('The two sides agreed to a full halt to the fighting.').map(([entry, sign]) => [entry, sign])).toEqual([
      ['agree', '+'],
      ['fighting', '+'],
    ]);
  });

  it('a phrase of time or manner between a verb and its object does not end the object ("suspended for one year the export controls")', () => {
    expect(signedRows('Beijing suspended for one year the sweeping rare-earth export controls.')).toEqual([['rare-earth control', '+', true]]);
    expect(signedRows("The junta revoked 'with immediate effect' its military cooperation accord with Washington.")).toEqual([
      ['cooperation', '-', true],
      ['accord', '-', true],
    ]);
    expect(signedRows('Seoul suspended for now the joint drills with Washington.')).toEqual([['joint drill', '+', true]]);
    // A phrase that is the verb's complement still ends what it governs.
    expect(signedRows('The army halted its shelling near the talks venue.')).toEqual([
      ['shelling', '+', true],
      ['talk', '+', false],
    ]);
  });

  it('a verb with a pronoun object governs the pronoun only ("would rescind it to get trade talks moving"), but what it keeps someone from doing still ("stop them from attacking")', () => {
    expect(signedRows('Ottawa said it would rescind it to get trade talks with Washington moving again.')).toEqual([['talk', '+', false]]);
    expect(signedRows('We will stop them from attacking the convoy.')).toEqual([['attack', '+', true]]);
  });

  it('a negator looking back stops at "that" opening its content clause ("pledged that such an incident would not be repeated")', () => {
    expect(signedRows('The minister pledged that such an incident would not be repeated.')).toEqual([['pledge', '+', false]]);
    expect(signedRows('Petro said the rebels had chosen war and that the process was suspended.')).toEqual([['war', '-', false]]);
  });

  it('a negator looking back stops at a verb of `params.negation.reporting` that reports its clause with no "that" ("warned the deal would collapse")', () => {
    expect(signedRows('Negotiators warned the deal would collapse.')).toEqual([
      ['negotiator', '+', false],
      ['warn', '-', false],
      ['deal', '-', true],
    ]);
    expect(signedRows('Ankara warned Hargeisa the port deal would collapse.')).toContainEqual(['warn', '-', false]);
    // A participle describing the subject is no such verb: the negator reaches its subject's hits.
    expect(signedRows('Talks on the detained sailors would be suspended.').find(([entry]) => entry === 'talk')).toEqual(['talk', '-', true]);
  });

  it('a refusal to host hostile acts governs the relative clause that tells who would be hosted', () => {
    expect(signedRows('Kampala will never allow its territory to be used by those who want to destabilise Rwanda.')).toEqual([['destabiliz*', '+', true]]);
    expect(signedRows('Kampala will never be a launch pad for anyone who wants to harm Rwanda.')).toEqual([['harm', '+', true]]);
    // A plain negator's scope still ends at the relative pronoun.
    expect(signedRows('Seoul will not meet officials who threatened its fishermen.')).toEqual([
      ['meet', '-', true],
      ['threaten', '-', false],
    ]);
  });

  it('the last piece of a hyphenated adjective is no negator ("Israeli-linked ships have been barred")', () => {
    expect(signedRows('Israeli-linked ships have been barred from Turkish ports.')).toEqual([['=barred', '-', false]]);
  });

  it('a negator ending in a passive participle has no object: it governs what follows up to the scope\'s end ("would not allow its territory to be used as a launchpad for attacks")', () => {
    expect(signedRows('Lebanon would not allow its territory to be used as a launchpad for attacks on Israel.')).toEqual([['attack', '+', true]]);
    expect(signedRows('Trinidad would not allow its territory to be used to launch attacks on Venezuela.')).toEqual([['attack', '+', true]]);
    // The pledges on soil and airspace alike, and a name or an adjective in the determiner's place.
    expect(signedRows('Pakistan would never allow its soil to be used for terrorism against any country.')).toEqual([['terrorism', '+', true]]);
    expect(signedRows('The Taliban would not allow Afghan soil to be used for attacks on Pakistan.')).toEqual([['attack', '+', true]]);
    // An active verb's object still ends at the preposition: "for the attacks" is no object of "blamed".
    expect(signedRows('The army did not allow the convoy to pass, blaming Hamas for attacks.').some(([entry, sign]) => entry === 'attack' && sign === '-')).toBe(true);
  });

  it('a list that runs past the scope shares its negator ("lifted the border closures, the no-fly zone and the financial sanctions"); a verb or a new clause after "and" does not', () => {
    expect(signedRows('The bloc lifted the border closures, the no-fly zone and the financial sanctions imposed on the country.')).toEqual([
      ['border closure', '+', true],
      ['no-fly zone', '+', true],
      ['sanction', '+', true],
    ]);
    expect(signedRows('Dakar would not take part in any effort to isolate or sanction them.')).toEqual([
      ['isolate', '+', true],
      ['sanction', '+', true],
    ]);
    // An -ing form right before a noun describes it: "countervailing duties" is one more item of the list.
    expect(signedRows('Beijing removed the anti-dumping and countervailing duties on Australian barley.')).toEqual([
      ['anti-dumping', '+', true],
      ['countervailing duty', '+', true],
    ]);
    expect(signedRows('India suspended the treaty and closed the border crossing.')).toEqual([
      ['treaty', '-', true],
      ['close the border crossing', '-', false],
    ]);
    expect(signedRows('The two Koreas have never signed a peace treaty, and the ceasefire line still runs through the zone.').at(-1)).toEqual(['ceasefire*', '+', false]);
  });

  it('"and" before a subject with an article and an auxiliary opens a clause the scope does not reach ("no intention of raising tensions and the dialogue with Athens would continue")', () => {
    expect(signedRows('Ankara had no intention of raising tensions and the dialogue with Athens would continue.')).toEqual([
      ['tension', '+', true],
      ['dialogue', '+', false],
    ]);
    expect(signedRows('Ankara had no intention of raising tensions and the sanctions on Athens.')).toEqual([
      ['tension', '+', true],
      ['sanction', '+', true],
    ]);
  });

  it('governs the act a threat names after "of" with the threat (params.threats), and stops after other hits as before', () => {
    expect(signedRows('The contract lifted the threat of a walkout at the ports.')).toEqual([
      ['threat', '+', true],
      ['walkout*', '+', true],
    ]);
    // And after "to" and a verb.
    expect(signedRows('Zambia dropped its threat to impose reciprocal restrictions on Congolese trucks.')).toEqual([
      ['threat', '+', true],
      ['restriction', '+', true],
    ]);
    const scorer = defaultScorerWithout('params', 'threats');
    expect(scorer.score('The contract lifted the threat of a walkout at the ports.').hits.map((h) => [h.entry, h.negated])).toEqual([
      ['threat', true],
      ['walkout*', false],
    ]);
  });

  it('governs the act a request names after "to" with the request ("denied its requests to send aid convoys")', () => {
    expect(signedRows('The army denied the agency\'s requests to send aid convoys north.')).toEqual([
      ['request', '-', true],
      ['aid convoy', '-', true],
    ]);
    // Without "to", what follows the request is not what was requested.
    expect(signedRows('The authorities denied the request, and aid convoys crossed anyway.')).toEqual([
      ['request', '-', true],
      ['aid convoy', '+', false],
    ]);
  });

  it('stops at clause punctuation, so a later clause is not negated', () => {
    expect(contributions('We do not want an attack, we want dialogue.')).toEqual([
      ['attack', round(3 * confrontationFlip)],
      ['dialogue', 2],
    ]);
  });

  it('a "not" opening a clause or a quotation negates its subject\'s predicate, however long the subject ("Not one metre of the Blue Homeland will be given up")', () => {
    expect(hits('"Not one metre of the Blue Homeland will be given up," the minister said.', defaultScorer())).toEqual([['given up', -0.8, ['negation:not']]]);
    expect(hits('Not a single metre of our land will be given up.', defaultScorer())).toEqual([['given up', -0.8, ['negation:not']]]);
    // "No" keeps its window: "No one in this government has asked for the agreement to be changed" asks nothing of the agreement.
    expect(defaultScorer().score('No one in this government has asked for the agreement to be changed.').label).toBe('engagement');
  });

  it('a negation in a relative clause on the noun a "no" negates is a double negation ("no country with which we are not ready to talk")', () => {
    expect(hits('There is no country in this region with which we are not ready to talk.', defaultScorer())).toEqual([['ready to talk', 1.8, ['negation:not', 'negation:no']]]);
    expect(defaultScorer().score('There is no situation in which we would not respond to a drone crossing the border.').label).toBe('confrontation');
    expect(defaultScorer().score('We have no partner who is not ready to talk.').label).toBe('engagement');
    // Without "no", the relative clause's negation stands alone.
    expect(defaultScorer().score('There is one country with which we are not ready to talk.').label).toBe('confrontation');
  });

  it('a participle after a noun and before a preposition, with an inflected verb, an infinitive or a gerund after "for" or "by" before that noun, is said of the noun\'s phrase only ("patients stranded by the closure")', () => {
    const score = (text: string) => hits(text, defaultScorer());
    expect(score('The minister thanked Ankara for treating Syrian patients stranded by the closure.')).toEqual([['thanked', 0.8, []]]);
    // An infinitive before the noun is such a verb too: the migrants are stranded, not their return.
    expect(score('Minsk offered to take back 120 migrants stranded on the strip.')).toEqual([
      ['offered', 1, []],
      ['take back 120 migrants', 1.4, []],
    ]);
    // So is a gerund after "for": the tourists are stranded, not the gratitude.
    expect(score('Thailand was deeply grateful to Laos for sheltering Thai tourists stranded in Luang Prabang.')).toEqual([['grateful', 0.96, ['intensifier:deeply']]]);
    // With no verb before the noun, the noun's phrase is the subject it strands, as before.
    expect(score('Aid convoys stranded at the crossing, the agency said.').map(([text, value, modifiers]) => [text, round(value), modifiers])).toEqual([['Aid convoys', -1.76, ['negation:stranded']]]);
  });

  it('"no" right after an inflected verb\'s hit denies that verb with its object ("offered no help"); after a bare verb it leaves the verb alone', () => {
    expect(hits('Jakarta offered no help.', defaultScorer()).map(([text, value, modifiers]) => [text, round(value), modifiers])).toEqual([
      ['offered', -0.8, ['negation:no']],
      ['help', -0.64, ['negation:no']],
    ]);
    expect(hits('Jakarta would host no rival delegation.', defaultScorer()).find(([text]) => text === 'host')?.[2]).not.toContain('negation:no');
  });

  it('a noun negator with a verb right after it is that verb\'s subject and governs nothing after it; a negative pronoun still negates its predicate', () => {
    expect(hits('Laos said the delay was not a rejection of the dam.', defaultScorer())).toEqual([['rejection', 1, ['negation:not']]]);
    expect(defaultScorer().score('None will do so without first consulting Libreville.').label).toBe('engagement');
  });

  it('a participle right after a noun, past the negated verb, describes the noun and is not negated ("would not change the border survey agreed this week")', () => {
    expect(hits('He said the delay would not change the border survey agreed this week.', defaultScorer())).toEqual([['agreed', 1.2, []]]);
    // Once the negator has governed a hit, the participle in that hit's object is reached as before.
    expect(defaultScorer().score('Caracas would not recognise any contract signed in those waters.').label).toBe('confrontation');
  });

  it('a preposition that negates governs the noun phrase it takes, an adverb in it included, not the verb after it ("without the consent of the host state violates")', () => {
    expect(hits('Their presence without the consent of the host state violates Moldova\'s sovereignty.', defaultScorer()).map(([text, value, modifiers]) => [text, round(value), modifiers])).toEqual([
      ['host', -0.28, ['negation:without']],
      ['violates', -1.2, []],
    ]);
    expect(hits('Cairo said Ethiopia had acted without a legally binding agreement on the dam.', defaultScorer()).map(([text, value, modifiers]) => [text, round(value), modifiers])).toEqual([['agreement', -1.12, ['negation:without']]]);
  });

  it('a "not" or "no" before an act, its object and a means phrase denies the means, not the act ("will not settle the dispute by force")', () => {
    expect(hits('We will not settle the dispute by force.', defaultScorer())).toEqual([
      ['settle the dispute', 2.2, []],
      ['by force', 1, ['negation:not']],
    ]);
    // Through a verb that negates on its own, the means takes the outer denial too.
    expect(hits('We have no intention of resolving this conflict by force.', defaultScorer())).toEqual([
      ['conflict', 1.4, ['negation:resolving this']],
      ['by force', 1, ['negation:no']],
    ]);
  });

  it('a negated appeal ending in its preposition ("call for") denies the act it asks for, past the window, and counts nothing itself', () => {
    expect(hits("The bloc had no plans to follow Donald Trump's call for steep tariffs on China.", defaultScorer()).map(([text, value, modifiers]) => [text, round(value), modifiers])).toEqual([
      ['call for', 0, ['negation:no']],
      ['tariffs', 0.9, ['negation:no']],
    ]);
  });

  it('reaches no further than params.negation.window tokens', () => {
    const far = `not ${'the '.repeat(params.negation.window)}attack`;
    expect(contributions(far)).toEqual([['attack', -3]]);
  });

  it('counts a hyphenated word as one word of the window ("would not join a US-led push to tighten sanctions")', () => {
    const words = params.negation.window - 2;
    expect(contributions(`not ${'the '.repeat(words)}US-led attack`).map(([term, value]) => [term, value > 0])).toEqual([['attack', true]]);
    expect(contributions(`not ${'the '.repeat(words + 1)}US-led attack`)).toEqual([['attack', -3]]);
  });

  it('a negator with `alone` that governs nothing is an act of its own, which outer negators govern', () => {
    const freed = miniLexicon.modifiers.negators.find((n) => n.term === '=freed')!.alone!;
    expect(contributions('Pakistan freed 22 fishermen.')).toEqual([['=freed', freed.weight]]);
    expect(contributions('Pakistan never freed the fishermen.')).toEqual([['=freed', round(-freed.weight * engagementFlip)]]);
    expect(contributions('Pakistan freed the detained enemy.').map(([term, value]) => [term, value > 0])).toEqual([['enemy', true]]);
    expect(contributions('The talks were suspended.').map(([term]) => term)).toEqual(['talk']);
    expect(contributions('Production was halted.')).toEqual([]);
  });

  it('a comma between the items of a list does not end the scope ("no attack, annexation or sanction"); a comma before a verb or a name does', () => {
    expect(contributions('There will be no attack, annexation or sanction.').map(([term, value]) => [term, value > 0])).toEqual([
      ['attack', true],
      ['annexation', true],
      ['sanction', true],
    ]);
    expect(contributions('There will be no attack, Kim said, and annexation.').map(([term, value]) => [term, value > 0])).toEqual([
      ['attack', true],
      ['annexation', false],
    ]);
  });

  it('the comma closing a fronted subordinate clause is no list comma ("Although … without a deal, U.S. and Canadian negotiators agreed")', () => {
    expect(negatedRows('Although the last round broke up without a deal, U.S. and Canadian negotiators agreed to meet again.')).toEqual([
      ['deal', true],
      ['negotiator', false],
      ['agree', false],
      ['meet', false],
    ]);
  });

  it('a noun negator governs its object, the noun phrase after it, and nothing past it ("before the end of the month to settle the dispute")', () => {
    expect(negatedRows('They agreed to meet before the end of the month to settle the dispute.')).toEqual([
      ['agree', false],
      ['meet', false],
      ['settle the dispute', false],
    ]);
    expect(negatedRows('They called for an end to the fighting and a return to talks.')).toEqual([
      ['call for', false],
      ['fighting', true],
      ['talk', false],
    ]);
    // The object goes on through "of", list commas and a conjunction joining another noun.
    expect(negatedRows('They called for an end to all forms of violence.').at(-1)).toEqual(['violence', true]);
    expect(negatedRows('The lifting of the air, land and sea blockade was announced.')).toEqual([['blockad*', true]]);
    expect(negatedRows('They called for an end to the blockade and sanctions.').slice(1)).toEqual([
      ['blockad*', true],
      ['sanction', true],
    ]);
  });

  it('negates each occurrence of a repeated word at its own position', () => {
    expect(contributions('Attack now. We will not attack.')).toEqual([
      ['attack', -3],
      ['attack', round(3 * confrontationFlip)],
    ]);
  });

  it.each([
    { text: 'The talks were suspended after the incident.', expect: [['talk', round(-1 * engagementFlip)]] },
    { text: 'Contract talks collapsed at midnight.', expect: [['talk', round(-1 * engagementFlip)]] },
    { text: 'The climate talks ran aground in Geneva.', expect: [['talk', round(-1 * engagementFlip)]] },
    { text: 'The border talks had hit a brick wall.', expect: [['talk', round(-1 * engagementFlip)]] },
    { text: 'The sanctions were lifted in March.', expect: [['sanction', round(2 * (miniLexicon.modifiers.negators.find((n) => n.term === 'be =lifted')?.confrontationFlip ?? 0))]] },
    // A time phrase after the participle is no noun it describes: the passive still governs its subject.
    { text: 'The sanctions were lifted last week.', expect: [['sanction', round(2 * (miniLexicon.modifiers.negators.find((n) => n.term === 'be =lifted')?.confrontationFlip ?? 0))]] },
    { text: 'The talks were suspended last week.', expect: [['talk', round(-1 * engagementFlip)]] },
    // A passive reaches its subject past a long modifier (two negation windows).
    { text: 'Sanctions on the airline and its three subsidiaries flying into the capital were lifted.', expect: [['sanction', round(2 * (miniLexicon.modifiers.negators.find((n) => n.term === 'be =lifted')?.confrontationFlip ?? 0))]] },
  ])('a negator marked direction "before" governs the hit before it: "$text"', ({ text, expect: expected }) => {
    expect(contributions(text)).toEqual(expected);
  });

  it('a "before" negator in the verb group of a negator before it cancels with it ("have not been lifted", "were not suspended")', () => {
    expect(signedRows('The sanctions have not been lifted.')).toEqual([['sanction', '-', false]]);
    expect(signedRows('The sanctions have not yet been lifted.')).toEqual([['sanction', '-', false]]);
    expect(signedRows('The sanctions are yet to be lifted.')).toEqual([['sanction', '-', false]]);
    expect(signedRows('The talks were not suspended.')).toEqual([['talk', '+', false]]);
    expect(signedRows('The sanctions were lifted.')).toEqual([['sanction', '+', true]]);
  });

  it('a noun negator\'s object takes "per cent" as a word of its amount ("the removal of the 80.5 per cent duties")', () => {
    expect(signedRows('The removal of the 80.5 per cent duties took effect.')).toEqual([['per cent duty', '+', true]]);
  });

  it('a negator whose verb group ends in a "before" negator governs nothing past the group ("has never failed its neighbours")', () => {
    expect(signedRows('Ankara has never failed its Syrian neighbours.')).toEqual([['neighbour', '+', false]]);
  });

  it('a "before" negator undoes a negating noun at the head of its subject ("the suspension of the talks was lifted"), not one of another clause', () => {
    expect(signedRows('The suspension of the talks was lifted in October.')).toEqual([['talk', '+', false]]);
    expect(signedRows('The freeze on talks was lifted.')).toEqual([['talk', '+', false]]);
    expect(signedRows('The suspension of the talks was announced in October.')).toEqual([['talk', '-', true]]);
    expect(defaultScorer().score('Its airlines were barred and all trade talks were suspended.').label).toBe('confrontation');
  });

  it('a "before" negator governs the object of a verb hit before it, not the verb ("demanded the remarks be withdrawn", "demanded that the trip be cancelled")', () => {
    expect(signedRows('Beijing again demanded the remarks be withdrawn.')).toEqual([['demand', '-', false]]);
    expect(signedRows('Beijing demanded that the trip be cancelled.')).toEqual([['demand', '-', false]]);
    expect(signedRows('Tokyo demanded the ban be lifted.')).toEqual([
      ['demand', '-', false],
      ['ban', '+', true],
    ]);
    // The object of an -ing verb after the hit, as well: what is stranded is the lorries, not the talks.
    expect(signedRows('Minsk was prepared to discuss returning the lorries stranded in Belarus.')).toEqual([['prepared to discuss', '+', false]]);
    // Not an object: the verb's own act is still undone.
    expect(signedRows('The deal signed in March was scrapped.')).toEqual([
      ['deal', '-', true],
      ['=signed', '-', true],
    ]);
  });

  it('a "before" negator with `alone` that governs nothing is an act of its own ("sovereignty over the island is not on the table")', () => {
    const hits = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, h.category, h.contribution > 0 ? '+' : '-']);
    expect(hits('Sovereignty over the island is not on the table.')).toEqual([['be not on the table', 'reject', '-']]);
    expect(hits('Peace with Israel is not on the table.')).toEqual([['peace', 'trust', '-']]);
  });

  it.each([
    { text: 'The bloc ended the sanctions in March.', term: '=ended', hit: ['sanction', 2] },
    { text: 'The city dropped its sanctions.', term: 'drop =its', hit: ['sanction', 2] },
    { text: 'The council terminated the sanctions.', term: 'terminate', hit: ['sanction', 2] },
    { text: 'Parliament repealed the sanctions.', term: 'repeal', hit: ['sanction', 2] },
    { text: 'The ministry shelved the sanctions.', term: 'shelve', hit: ['sanction', 2] },
  ])('a reversal verb turns what it ends: "$text"', ({ text, term, hit: [entry, weight] }) => {
    const negator = miniLexicon.modifiers.negators.find((n) => n.term === term);
    const flip = (weight as number) > 0 ? (negator?.confrontationFlip ?? confrontationFlip) : (negator?.engagementFlip ?? engagementFlip);
    expect(contributions(text)).toEqual([[entry, round((weight as number) * flip)]]);
  });

  it('"drop" reverses what follows a possessive or "the", not what follows a number ("dropped 25 bombs")', () => {
    expect(contributions('The city dropped 25 sanctions.')).toEqual([['sanction', -2]]);
    expect(contributions('The city dropped their sanctions.')).toEqual([['sanction', 2]]);
  });

  it('"neither … nor" negates each act once, not twice', () => {
    expect(contributions('We will neither attack nor seek annexation.')).toEqual([
      ['attack', round(3 * confrontationFlip)],
      ['annexation', round(3 * confrontationFlip)],
    ]);
    expect(contributions('They want neither dialogue nor talks.')).toEqual([
      ['dialogue', round(-2 * engagementFlip)],
      ['talk', round(-1 * engagementFlip)],
    ]);
  });

  it('the same negator coordinated negates what follows once, not twice ("no plan and no wish to attack")', () => {
    expect(contributions('They have no plan and no wish to attack.')).toEqual([['attack', round(3 * confrontationFlip)]]);
    // Nested, not coordinated: two negations cancel.
    expect(contributions('It is not true that we will never attack.')).toEqual([['attack', -3]]);
  });

  it('"drop" reverses only with a determiner: "dropped bombs" is no reversal', () => {
    expect(contributions('The jets dropped sanctions leaflets.').map(([, c]) => c)).toEqual([-2]);
  });

  it('a "before" negator in front of a noun describes it and governs nothing behind it ("the dialogue on their long-stalled proposal")', () => {
    expect(contributions('The dialogue on their long-stalled proposal resumed.')).toEqual([
      ['dialogue', 2],
      ['proposal', 1],
    ]);
    expect(contributions('The dialogue on the proposal stalled.')).toEqual([
      ['dialogue', round(-2 * engagementFlip)],
      ['proposal', round(-1 * engagementFlip)],
    ]);
  });

  it('a "before" negator after a preposition is a gerund naming an act, and governs nothing behind it ("spoke of stalling")', () => {
    const hits = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, h.contribution > 0 ? '+' : '-', h.modifiers]);
    expect(hits('The report spoke of stalling on the talks.')).toEqual([['talk', '+', []]]);
    expect(hits('The talks stalled.')).toEqual([['talk', '-', ['negation:stalled']]]);
    // Adverbs may stand between the preposition and the gerund.
    expect(hits('The party accused them of cynically stalling the budget.')).toEqual([['accuse', '-', []]]);
  });

  it('"or" before a bare verb joins an alternative the negation covers ("not looking to provoke or pick a fight"); "and" before a verb opens a predicate of its own', () => {
    expect(negatedRows('Ottawa was not looking to provoke or pick a fight with Delhi.')).toEqual([
      ['provoke', true],
      ['fight', true],
    ]);
    expect(negatedRows('Ottawa did not provoke Delhi and picked a fight with Dhaka.')).toEqual([
      ['provoke', true],
      ['fight', false],
    ]);
    // The alternative may repeat the infinitive's "to".
    expect(negatedRows('Seoul has no plan to absorb the North or to undermine its political system.')).toEqual([
      ['absorb the North', true],
      ['undermine', true],
    ]);
  });

  it('"to" right after a governed hit ends the negation there, though wink-nlp tags it as an infinitive\'s ("will not close the crossing to aid convoys")', () => {
    expect(signedRows('Cairo will not close the crossing to aid convoys.')).toEqual([
      ['close the crossing', '+', true],
      ['aid convoy', '+', false],
    ]);
  });

  it('a negator over talks reaches what their "on" says they were to settle, but not a hostile act they were about ("paused talks on an early trade agreement")', () => {
    expect(signedRows('Canada paused talks on an early trade agreement with India.')).toEqual([
      ['talk', '-', true],
      ['trade agreement', '-', true],
    ]);
    expect(signedRows('Canada paused talks on tariffs with India.')).toEqual([
      ['talk', '-', true],
      ['tariff', '-', false],
    ]);
  });

  it('rules out the means a negated hostile verb names with "with" ("would not retaliate with tariffs")', () => {
    expect(negatedRows('Bogotá would not retaliate with tariffs.')).toEqual([
      ['retaliate', true],
      ['tariff', true],
    ]);
    expect(negatedRows('Bogotá would not retaliate, and tariffs will stay in place.')).toEqual([
      ['retaliate', true],
      ['tariff', false],
    ]);
  });

  it('stops before a phrase that opens with its own word after a conjunction ("not under pressure and not for sale")', () => {
    expect(negatedRows('Ottawa will never join the union, not under pressure and not for sale.')).toEqual([['not for sale', false]]);
  });

  it('rules out what "any" opens later in the scope of a negation that governed its first act', () => {
    expect(negatedRows('Algiers will not sit down with Rabat under any mediation format.')).toEqual([
      ['sit down with', true],
      ['mediat*', true],
    ]);
    // Without "any" the phrase after the object is the setting, not what is ruled out; a new clause has its own scope.
    expect(negatedRows('Algiers will not sit down with Rabat under the mediation of Doha.')).toEqual([
      ['sit down with', true],
      ['mediat*', false],
    ]);
    expect(negatedRows('Algiers will not sit down with Rabat, and it welcomes any mediation offer.').find(([entry]) => entry === 'mediat*')).toEqual(['mediat*', false]);
  });

  it('a "before" negator with nothing but its subject before it reaches that subject past a long modifier, as a passive does', () => {
    expect(negatedRows('Talks with Ethiopia over the Grand Renaissance Dam have hit a brick wall.')).toEqual([['talk', true]]);
    // A participle describing a noun of that modifier is no verb: "on shared fishing quotas".
    expect(negatedRows('Talks between Lima and Quito on shared fishing quotas hit a brick wall in Guayaquil.')).toEqual([['talk', true]]);
    // With a verb between, the subject is that verb's, beyond the negator's reach.
    expect(negatedRows('Dialogue angered the envoys of the three rival states of the region and then stalled.')[0]).toEqual(['dialogue', false]);
    // A negator that is an act of its own (`alone`) takes its subject back to the verb before it, past the window.
    const talk = (text: string) => negatedRows(text).find(([entry]) => entry === 'talk');
    // A negator ending in an adverb describes no noun after it: "ran aground late on Thursday".
    expect(talk('The Istanbul talks ran aground late on Thursday.')).toEqual(['talk', true]);
    expect(talk('A negotiator said talks on the Kok-Tash water intake had "run into a concrete wall" this week.')).toEqual(['talk', true]);
    expect(talk('A negotiator said talks on the future of the Kok-Tash water intake had stalled this week.')).toEqual(['talk', false]);
  });

  it('a "before" negator on "stay" or "remain" reaches its subject past a long modifier, as one on "be" does', () => {
    expect(signedRows('Live-fire drills near the maritime border will stay suspended for the rest of the year.')).toEqual([['live-fire drill', '+', true]]);
    expect(signedRows('Live-fire drills near the maritime border will remain suspended this year.')).toEqual([['live-fire drill', '+', true]]);
  });

  it('stops at a conjunction opening a clause with a pronoun subject ("welcome this release and we thank the mediators")', () => {
    expect(signs('We welcome this release and we thank the mediators.')).toEqual([
      ['welcome', '+'],
      ['thank', '+'],
      ['mediat*', '+'],
    ]);
  });

  it('does not reach a hit that opens with a conjunction, an alternative of its own ("withdraw from Mogok or face cuts")', () => {
    expect(signs('China warned the rebels to withdraw from Mogok or face cuts to their electricity.')).toEqual([
      ['warn', '-'],
      ['or face', '-'],
    ]);
  });

  it('stops at a conjunction opening a clause whose subject is "both" and a noun before a verb ("and both sides agreed")', () => {
    expect(signs('Ottawa rescinded its digital services tax and both sides agreed to resume talks.')).toEqual([
      ['agree', '+'],
      ['resume talk', '+'],
    ]);
  });

  it('stops at a conjunction opening a clause after "that" ("could not attend and that he would be welcome")', () => {
    expect(signs('Baku said it regretted that Herzog could not attend and that he would be welcome at another time.')).toEqual([
      ['regret', '-'],
      ['welcome', '+'],
    ]);
  });

  it('a "before" negator does not reach back past a contrast marker: each act collapses once', () => {
    const after = miniLexicon.modifiers.contrast.find((c) => c.term === 'after')!;
    expect(contributions('The talks collapsed after the dialogue failed.')).toEqual([
      ['talk', round(-1 * engagementFlip)],
      ['dialogue', round(-2 * engagementFlip * after.after)],
    ]);
  });

  it('a "before" negator does not reach back past the conjunction or relative pronoun opening its clause', () => {
    const scored = miniScorer().score('They will attack if the dialogue fails.').hits;
    expect(scored.map((h) => [h.entry, h.negated])).toEqual([
      ['attack', false],
      ['dialogue', true],
    ]);
    expect(hits('They will cooperate to restore the dialogue that was suspended.')).toEqual([
      ['cooperate', 1.5, []],
      ['dialogue', 2, []],
    ]);
  });

  it('a "before" negator does not reach back past "once", "when" or "as soon as" opening its clause, which wink tags as adverbs', () => {
    expect(negatedRows('Quito replied that talks could only begin once the tariff was withdrawn.')).toEqual([
      ['talk', false],
      ['tariff', true],
    ]);
    expect(negatedRows('Talks will start as soon as the tariff is withdrawn.')).toEqual([
      ['talk', false],
      ['tariff', true],
    ]);
    // The withdrawn troops are an entry of their own, a de-escalation, not a negated hit.
    expect(negatedRows('The talks will begin once the troops are withdrawn.')).toEqual([
      ['talk', false],
      ['troop be =withdrawn', false],
    ]);
  });

  it('stops at a relative pronoun, which opens a clause of its own: "will not condemn leaders who attack"', () => {
    expect(contributions('They will not condemn leaders who attack our fishermen.')).toEqual([
      ['condemn', round(1.5 * confrontationFlip)],
      ['attack', -3],
    ]);
  });

  it('stops at a conjunction opening an adverbial clause ("no dialogue while they attack"), not at "that"', () => {
    expect(hits('There will be no dialogue while they attack our soldiers.')).toEqual([
      ['dialogue', -1.6, ['negation:no']],
      ['attack', -3, []],
    ]);
    expect(hits('They would not sit idle while the rebels attack.')).toEqual([['attack', -3, []]]);
    expect(hits('They denied that the rebels would attack.')).toEqual([['attack', 0, ['negation:denied']]]);
    // wink-nlp tags "unless" as a preposition; it opens such a clause all the same, for a negator looking back too.
    expect(hits('The FLNKS might boycott the talks unless the changes were withdrawn.', defaultScorer())).toEqual([['boycott the talks', -0.924, ['dampener:might', 'conditional:unless']]]);
  });

  it('"failed to" negates what follows, "talks failed" what precedes', () => {
    expect(contributions('They failed to cooperate.')).toEqual([['cooperate', round(-1.5 * engagementFlip)]]);
    expect(contributions('The talks failed.')).toEqual([['talk', round(-1 * engagementFlip)]]);
  });

  it('a "before" negator does not reach back past clause punctuation', () => {
    expect(contributions('Talks, after all, collapsed.')).toEqual([['talk', 1]]);
  });

  it('stops at a preposition after the first hit it governs: "would not retaliate against an attack"', () => {
    expect(contributions('We would not retaliate against an attack.').map(([term]) => term)).toEqual(['retaliate', 'attack']);
    expect(miniScorer().score('We would not retaliate against an attack.').hits.map((h) => h.negated)).toEqual([true, false]);
  });

  it('a negator opening with a verb governs only its object too ("resolve the matter through dialogue")', () => {
    expect(hits('They hoped both sides would resolve the matter through dialogue.')).toEqual([['dialogue', 2, []]]);
  });

  it('a verb negator governs only its object, up to the first preposition', () => {
    expect(miniScorer().score('They lifted sanctions on the eve of the attack.').hits.map((h) => [h.entry, h.negated])).toEqual([
      ['sanction', true],
      ['attack', false],
    ]);
  });

  it('uses a negator\'s own flip factor when it has one ("lifted the sanctions" is a concession)', () => {
    const lift = miniLexicon.modifiers.negators.find((n) => n.term === 'lift');
    expect(contributions('They lifted the sanctions.')).toEqual([['sanction', round(2 * (lift?.confrontationFlip ?? 0))]]);
    expect(lift?.confrontationFlip).toBeGreaterThan(confrontationFlip);
  });

  it('a noun negator does not absorb a refusal past its object ("without a verified withdrawal of Rwandan soldiers \"the signatures mean nothing\"")', () => {
    expect(negatedRows('She said that without a verified withdrawal of Rwandan soldiers "the signatures mean nothing."')).toEqual([['mean nothing', false]]);
  });

  it('does not negate the object of a negated refusal ("did not reject the proposal")', () => {
    expect(contributions('Pyongyang did not reject the proposal.')).toEqual([['proposal', 1]]);
  });

  it('a verb negator\'s object ends at an adverb after it ("settle the matter peacefully" does not settle the peace)', () => {
    expect(defaultScorer().score('Both sides pledged to settle the matter peacefully.').hits.map((h) => [h.entry, h.negated])).toEqual([
      ['pledge', false],
      ['peacefully', false],
    ]);
  });

  it('a verb reaches through "in" after a sum of money to what the sum is ("suspended $400 million in military aid"), not through another "in"', () => {
    expect(negatedRows('The US suspended $400 million in military aid to Kyiv.')).toEqual([['aid', true]]);
    expect(negatedRows('Brussels froze 300 million euros in aid.')).toEqual([['aid', true]]);
    expect(negatedRows('The US halted 300 trucks in the aid corridor.')).toEqual([['aid', false]]);
    // An approximate amount too: "about", "around" before the number or the sum.
    expect(negatedRows('New Zealand paused about NZ$18 million in funding to the islands.')).toEqual([['funding', true]]);
    expect(negatedRows('Brussels froze around 300 million euros in aid.')).toEqual([['aid', true]]);
    expect(negatedRows('The US halted talks about trade.')).toEqual([['talk', true]]);
  });

  it('an approximation tagged as an adverb counts with the quantity before a partitive "of" ("paused about 18 million dollars of development funding")', () => {
    expect(negatedRows('Canberra paused about 20 million dollars of budget support to Honiara.')).toEqual([['budget support', true]]);
    expect(negatedRows('Canberra paused 20 million dollars of budget support to Honiara.')).toEqual([['budget support', true]]);
  });

  it('a verb reaches through "from" and a gerund to what it keeps someone from doing ("prohibits both sides from attacking")', () => {
    expect(signedRows('The treaty prohibits both sides from attacking nuclear sites.')).toEqual([
      ['treaty', '+', false],
      ['attack', '+', true],
    ]);
    expect(signedRows('Troops prevented aid from reaching the city.')).toEqual([['aid', '-', true]]);
  });

  it.each([
    {
      case: 'a noun negator\'s "to" before a verb governs the verb and its object up to a preposition, as a verb does',
      text: "They cited Avarua's failure to consult Wellington before signing agreements with China.",
      expect: [['consult', true], ['sign agreement', false]],
    },
    { case: 'a "before" negator after a passive participle reaches a long subject as a passive does', text: 'Development funding for the Cook Islands has been put on ice.', expect: [['development funding', true]] },
    { case: '"so that" opens a clause of its own, which a scope does not cross', text: 'Seoul will restore the military agreement so that accidental clashes can be prevented.', expect: [['agreement', false], ['clash', true]] },
    { case: '"for", which wink-nlp tags as a conjunction before a participle, ends no scope', text: 'The presidency announced a pardon for jailed novelist Boualem Sansal.', expect: [['=jailed', true]] },
  ])('$case: "$text"', ({ text, expect: expected }) => {
    expect(negatedRows(text)).toEqual(expected);
  });

  it('a "before" negator reaches a noun phrase\'s hit that ends in its scope ("the final round of talks on the … Dam collapsed"), not a verb\'s', () => {
    expect(negatedRows('The final round of talks on the Grand Ethiopian Renaissance Dam collapsed.')).toEqual([['round of talk', true]]);
    expect(negatedRows("Its embassy lodged a sharp protest over the Dalai Lama's planned visit to Ladakh and demanded that the trip be cancelled.")[0]).toEqual(['lodge a protest', false]);
  });

  it('a verb reaches past a quantity ("more than", "at least", "per cent") to its object, and its words do not count toward a partitive\'s reach', () => {
    expect(negatedRows('The army halted at least 40 aid convoys.')).toEqual([['aid convoy', true]]);
    expect(negatedRows('Ottawa will scrap its 25 per cent counter-tariffs on American goods.')).toEqual([['counter-tariff', true]]);
    expect(negatedRows('Chad is bringing to an end more than six decades of military cooperation.')).toEqual([['cooperation', true]]);
  });

  it('a verb reaches through a partitive "of" to its object ("suspended most of their sanctions"), a hit does not ("no escalation of the attack")', () => {
    expect(miniScorer().score('They agreed to suspend most of their sanctions.').hits.map((h) => [h.entry, h.negated])).toEqual([['sanction', true]]);
    expect(miniScorer().score('They suspended their first package of sanctions.').hits.map((h) => [h.entry, h.negated])).toEqual([['sanction', true]]);
    // A hyphenated word counts once toward the reach: "a months-long run of" is four words, as "a long run of".
    expect(miniScorer().score('They suspended a months-long run of sanctions.').hits.map((h) => [h.entry, h.negated])).toEqual([['sanction', true]]);
    expect(miniScorer().score('There was no escalation of the attack.').hits.map((h) => [h.entry, h.negated])).toEqual([
      ['escalat*', true],
      ['attack', false],
    ]);
  });

  it('a denial (negator "deny", confrontationFlip 0) makes the hostile act it denies count nothing, and still turns aid against', () => {
    const scored = (text: string) => defaultScorer().score(text);
    expect(scored('Belize denied that its soldiers had opened fire.').hits.map((h) => [h.entry, h.negated, h.contribution])).toEqual([['open fire', true, 0]]);
    expect(scored('Belize denied that its soldiers had opened fire.').label).toBe('neutral');
    expect(scored('Cambodia denied the accusation.').label).toBe('neutral');
    expect(scored('The army denied aid to the besieged town.').label).toBe('confrontation');
  });

  it('"no interest in" negates what follows, and alone is a rejection', () => {
    const labels = (text: string) => defaultScorer().score(text).label;
    expect(labels('Pyongyang has no interest in talks.')).toBe('confrontation');
    expect(labels("Ethiopia had no interest in interfering in Somalia's internal affairs.")).toBe('engagement');
    expect(labels('We have no interest in it whatsoever.')).toBe('confrontation');
  });

  it('a negator with `governs` leaves the other pole alone ("released a statement welcoming the talks")', () => {
    expect(hits('The ministry released a statement welcoming the talks.')).toEqual([['talks', 1, []]]);
    expect(hits('They released the enemy soldiers.')).toEqual([['enemy', 2, ['negation:released']]]);
  });

  it('passed on through another negator, a `governs` negator governs either pole: a double negation', () => {
    const rows = hits('Washington waived the rule that would have cut the talks.');
    expect(rows.find(([text]) => text === 'talks')).toEqual(['talks', 1, ['negation:cut', 'negation:waived']]);
  });

  it('"not" leaves a hostile participle that describes a noun as it is; a verb or a noun undoes it ("did not visit the bombed hospital", "the release of 40 detained demonstrators")', () => {
    expect(signedRows('The minister did not visit the bombed hospital.')).toEqual([
      ['visit', '-', true],
      ['bomb', '-', false],
    ]);
    expect(signedRows('The envoy did not meet detained opposition leaders.').find(([entry]) => entry === 'detain')).toEqual(['detain', '-', false]);
    expect(signedRows('The president ordered the release of 40 detained demonstrators.').find(([entry]) => entry === 'detain')).toEqual(['detain', '+', true]);
    expect(signedRows('The junta freed detained journalists.')).toEqual([['detain', '+', true]]);
  });

  it('a negated act of giving whose object would serve a hostile act that may yet happen rules that act out, and the giving counts 0 ("will not lend its territory to an invasion"); a definite act is opposed ("will not lend legitimacy to the occupation")', () => {
    const rows = (text: string) => hits(text, defaultScorer()).map(([term, contribution, modifiers]) => [term, Math.sign(contribution), modifiers]);
    expect(rows('Mozambique will not lend its territory or its voice to an invasion of a neighbour.').slice(0, 2)).toEqual([
      ['lend', 0, ['lent-to:invasion']],
      ['invasion', 1, ['negation:not']],
    ]);
    expect(defaultScorer().score('Brasília will not offer its bases for any attack on Venezuela.').label).toBe('engagement');
    expect(defaultScorer().score('Hungary will not lend its airspace to strikes on Iran.').label).toBe('engagement');
    expect(rows('We will not lend legitimacy to the occupation of the crossing.')).toEqual([
      ['lend', -1, ['negation:not']],
      ['occupation', -1, []],
    ]);
    expect(hits('Mozambique will not lend its territory to an invasion of a neighbour.', defaultScorerWithout('params', 'lending'))[0]).toEqual(['lend', expect.any(Number), ['negation:not']]);
  });

  it('an aside that repeats the verb ("has never been, and will never be, a party") neither negates again nor takes from the window', () => {
    const rows = (text: string) => defaultScorer().score(text).hits.map((h) => [h.text, h.negated, h.modifiers]);
    expect(rows('Chad has never been, and will never be, a party to the conflict.')).toEqual([['conflict', true, ['negation:never']]]);
    expect(defaultScorer().score('Chad has never been, and will never be, a party to the conflict.').label).toBe('engagement');
    // Without the conjunction it is no such aside: the comma ends the scope.
    expect(rows('Chad has never been, say officials, a party to the conflict.')).toEqual([['conflict', false, []]]);
  });

  it('a negator that looks back at its subject governs its object instead when one follows it ("the agreement has ended the war"), not a time ("had ended this week")', () => {
    const rows = (text: string) => defaultScorer().score(text).hits.map((h) => [h.text, h.contribution > 0 ? '+' : '-', h.modifiers]);
    expect(rows('The agreement has ended the war.')).toEqual([
      ['agreement', '+', []],
      ['war', '+', ['negation:has ended']],
    ]);
    expect(rows('The new accord had ended a boycott of Thai shrimp.')).toEqual([
      ['accord', '+', []],
      ['boycott', '+', ['negation:had ended']],
    ]);
    expect(rows('The boycott had ended this week.')).toEqual([['boycott', '+', ['negation:had ended']]]);
    expect(rows('The boycott has ended.')).toEqual([['boycott', '+', ['negation:has ended']]]);
  });

  it('a governed hit in front of a noun takes the compound\'s head with it, past the window ("would not sign the security and budget-support agreement"), not a noun the window never reached', () => {
    expect(signedRows('Port Vila would not sign the Nakamal security and budget-support agreement with Canberra.')).toEqual([
      ['budget support', '-', true],
      ['agreement', '-', true],
    ]);
    expect(signedRows('Port Vila would not sign the security pact and will seek a trade agreement with Canberra.')).toEqual([
      ['pact', '-', true],
      ['trade agreement', '+', false],
    ]);
  });

  it('a noun negator with only adjectives after it, up to a punctuation mark, is described by them and negates nothing ("calling the release reckless and irresponsible")', () => {
    expect(signedRows('Seoul protested the dumping of ballast water, calling the release reckless and deeply irresponsible.')).toContainEqual(['irresponsible', '-', false]);
    expect(defaultScorer().score('Tokyo called the release reckless, irresponsible and selfish.').label).toBe('confrontation');
  });

  it('a one-word negator in the passive looks forward at nothing: "were cut as part of the crackdown" does not end the crackdown', () => {
    expect(signedRows('Power lines to the border towns were cut on Monday as part of the crackdown on smugglers.')).toContainEqual(['crackdown', '-', false]);
    expect(signedRows('The claim that the kidnapping case is settled is an insult to the families.')).toContainEqual(['insult', '-', false]);
  });

  it('a negator that has negated an act of its own passes nothing on to the next negator, nor reaches past it along a list ("will grant no amnesty and open no negotiations"): each negates its own act once', () => {
    expect(signedRows('Havana will grant no amnesty and open no negotiations with the smugglers.')).toContainEqual(['negotiation', '-', true]);
    expect(signedRows('There will be no sanctions, no talks and no exceptions.')).toEqual([
      ['sanction', '+', true],
      ['talk', '-', true],
    ]);
    expect(signedRows('Terror and talks cannot go together, terror and trade cannot go together, and oil and blood cannot flow together.').filter(([entry]) => entry === 'together')).toEqual([
      ['together', '-', true],
      ['together', '-', true],
      ['together', '-', true],
    ]);
  });

  it('passes over a prepositional phrase set off by commas right after a verb ("suspends, with immediate effect, negotiations")', () => {
    expect(signedRows('The ministry suspends, with immediate effect, negotiations on a free-trade agreement with Quito.')).toContainEqual(['negotiation', '-', true]);
    expect(signedRows('The ministry suspends, with immediate effect, the transit of livestock.')).toEqual([]);
  });

  it('a list of two gerunds after the same "of" shares the negation ("no intention of closing the crossing or of recalling its ambassador")', () => {
    expect(signedRows('Belgrade had no intention of closing the crossing or of recalling its ambassador from Zagreb.')).toEqual([
      ['close the crossing', '+', true],
      ['recall its ambassador', '+', true],
    ]);
  });

  it('a relative "that" on the noun it has negated ends its reach, as "which" does ("will not sign any roadmap that legitimises the seizure")', () => {
    expect(signedRows('We will not sign any roadmap that legitimises the seizure of the ministries.')).toEqual([
      ['roadmap', '-', true],
      ['seizure', '-', false],
    ]);
    expect(signedRows('Seoul will not lift the sanctions that punish the invasion.')).toContainEqual(['invasion', '-', false]);
    expect(signedRows('We will not take any step that would escalate tensions.')).toContainEqual(['escalat*', '+', true]);
  });
});
