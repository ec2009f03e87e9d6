import { describe, expect, it } from 'vitest';
import { createScorer, defaultLexicon, loadLexicon } from '../../src/index.js';
import { contributions, defaultScorer, defaultScorerWithout, miniEntries, miniLexicon, miniScorer, params, round } from '../helpers.js';

const { engagementFlip, confrontationFlip } = params.refusal;

/** Each hit of the default scorer as its entry and the sign of its contribution (and, second, its modifiers). */
const signs = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, Math.sign(h.contribution)]);
const signsAndModifiers = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, Math.sign(h.contribution), h.modifiers]);

describe('refusal', () => {
  it.each([
    { text: "North Korea rejected Seoul's proposals.", expect: [['proposal', round(-1 * engagementFlip)]], label: 'confrontation' },
    { text: 'Pyongyang refused to resume talks.', expect: [['talk', round(-1 * engagementFlip)]], label: 'confrontation' },
    { text: 'Seoul refused to join the sanctions.', expect: [['sanction', round(2 * confrontationFlip)]], label: 'engagement' },
    { text: 'The ministry ruled out an attack.', expect: [['attack', round(3 * confrontationFlip)]], label: 'engagement' },
    { text: 'The proposals were swiftly rejected by the North.', expect: [['proposal', round(-1 * engagementFlip)]], label: 'confrontation' },
    { text: 'The proposals were rejected last week.', expect: [['proposal', round(-1 * engagementFlip)]], label: 'confrontation' },
    { text: 'The sanctions have been refused.', expect: [['sanction', round(2 * confrontationFlip)]], label: 'engagement' },
    { text: 'Seoul is opposed to the sanctions.', expect: [['sanction', round(2 * confrontationFlip)]], label: 'engagement' },
  ])('a refusal flips what it governs: "$text"', ({ text, expect: expected, label }) => {
    expect(contributions(text)).toEqual(expected);
    expect(miniScorer().score(text).label).toBe(label);
  });

  it('a refusal of one\'s own acts (ownActs: "rule out") flips a threat, which another refusal drops as someone else\'s', () => {
    expect(signs('Pretoria ruled out retaliation.')).toEqual([['retaliation', 1]]);
    expect(signs('Pretoria rejected the retaliation threats.').map(([, sign]) => sign)).not.toContain(1);
    const withoutOwnActs = loadLexicon({
      ...defaultLexicon,
      modifiers: { ...defaultLexicon.modifiers, refusals: defaultLexicon.modifiers.refusals.map((refusal) => ({ ...refusal, ownActs: false })) },
    });
    expect(createScorer({ lexicons: [withoutOwnActs] }).score('Pretoria ruled out retaliation.').label).toBe('confrontation');
  });

  it('a refused proposal takes the act it proposes after "to" with it, past the window; a new clause keeps its own', () => {
    expect(signsAndModifiers("Moscow rejected Astana's proposal to move the Caspian shipping talks to Astana.")).toEqual([
      ['proposal', -1, ['refusal:rejected']],
      ['talk', -1, ['refusal:rejected']],
    ]);
    expect(signsAndModifiers("Moscow rejected Astana's proposal, and the Caspian shipping talks will continue in Baku.")).toEqual([
      ['proposal', -1, ['refusal:rejected']],
      ['talk', 1, []],
    ]);
  });

  it('a refused proposal of a hostile act refuses that act as the speaker\'s own, and the proposal counts 0', () => {
    expect(signsAndModifiers('Jakarta turned down an invitation to join naval patrols near the islands.')).toEqual([
      ['invitation', 0, ['refusal:turned down']],
      ['naval patrol', 1, ['refusal:turned down']],
    ]);
    expect(signsAndModifiers('Canberra declined to join a US proposal for a 50 percent tariff on Chinese steel.')).toEqual([
      ['proposal', 0, ['refusal:declined to']],
      ['tariff', 1, ['refusal:declined to']],
    ]);
    expect(defaultScorer().score('Canberra declined to join a US proposal for a 50 percent tariff on Chinese steel.').label).toBe('engagement');
    // A refused invitation to cooperate stays a refusal of cooperation.
    expect(signsAndModifiers('Nairobi turned down an invitation to attend the peace talks.').map(([entry, sign]) => [entry, sign])).toEqual([
      ['invitation', -1],
      ['peace talk', -1],
    ]);
  });

  it.each([
    { text: 'The minister refused to rule out an attack.', expect: [['attack', -3]] },
    { text: 'Moscow declined to rule out talks.', expect: [['talk', 1]] },
  ])('a refusal of a refusal negates it and keeps what it would rule out: "$text"', ({ text, expect: expected }) => {
    expect(contributions(text)).toEqual(expected);
  });

  it.each([
    { text: 'The government tore up the proposal.', entry: 'proposal', trigger: 'tore up' },
    { text: 'Hardliners torpedoed the dialogue.', entry: 'dialogue', trigger: 'torpedoed' },
    { text: 'The rebels scuttled the talks.', entry: 'talk', trigger: 'scuttled' },
    { text: 'The delegates walked out of the dialogue.', entry: 'dialogue', trigger: 'walked out of' },
  ])('ending a process refuses it: "$text"', ({ text, entry, trigger }) => {
    expect(miniScorer().score(text).hits.map((h) => [h.entry, h.contribution < 0, h.modifiers])).toEqual([[entry, true, [`refusal:${trigger}`]]]);
  });

  it('a refusal of another side\'s acts drops the hostile acts it governs and counts itself ("will not accept any attempt to undermine")', () => {
    const hits = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, Math.sign(h.contribution), h.modifiers]);
    expect(hits('Morocco will not accept any attempt to undermine its territorial integrity.')).toEqual([
      ['not accept', -1, []],
      ['undermine', 0, ['refusal:not accept']],
    ]);
    expect(defaultScorer().score('Seoul will never allow anyone to bully it.').label).toBe('confrontation');
    // What it refuses that is cooperative is turned, as by any refusal.
    expect(hits('Pyongyang would not accept the offer.')).toEqual([['offer', -1, ['refusal:not accept']]]);
    // A dismissal of another side's account does the same with the hostile act it tells of.
    expect(hits('The grounds given for closing the border are contrary to the truth.')).toEqual([
      ['=closing the border', 0, ['refusal:contrary to the truth']],
      ['contrary to the truth', -1, []],
    ]);
  });

  it('with ownedActs, a hostile act named as another side\'s is dropped and the refusal counts; one with no owner, or asked for by a call, is refused as the speaker\'s own', () => {
    const hits = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, Math.sign(h.contribution), h.modifiers]);
    // A possessive, a name, "by" and a name, or a name and its verb after the act.
    expect(hits("China firmly opposes India's deployment of missile batteries.").map(([entry, sign]) => [entry, sign])).toEqual([
      ['oppose', -1],
      ['deployment', 0],
      ['missile', 0],
    ]);
    expect(defaultScorer().score('The Argentine Republic rejects the military exercises conducted by the United Kingdom near the islands.').label).toBe('confrontation');
    expect(defaultScorer().score('We reject the sanctions Baghdad has imposed on our oil companies.').label).toBe('confrontation');
    expect(defaultScorer().score("The Taliban rejected the court's arrest warrant for their leader.").label).toBe('confrontation');
    // "of" right after the act, or "by" and "foreign", names its doer too.
    expect(hits('The Government of Colombia rejects the incursion of Venezuelan troops into Cubará.')).toEqual([
      ['reject', -1, []],
      ['incursion', 0, ['refusal:rejects']],
    ]);
    expect(defaultScorer().score('The Confederation rejects the deployment of any ECOWAS standby force on its territory.').label).toBe('confrontation');
    expect(defaultScorer().score('Mexico rejects any incursion by foreign armed forces into national territory.').label).toBe('confrontation');
    // No owner named: opposing sanctions is refusing to take part in them.
    expect(hits('Hungary opposes new sanctions.')).toEqual([['sanction', 1, ['refusal:opposes']]]);
    // A call before the act asks it of the speaker: "rejected calls to impose tariffs" refuses one's own act.
    expect(defaultScorer().score('Canberra rejected calls from hawkish backbenchers to impose retaliatory tariffs on Chinese goods.').label).toBe('engagement');
    // Without ownedActs on the entry, the owned act flips as any refused hostile act does.
    const plain = loadLexicon({ ...defaultLexicon, modifiers: { ...defaultLexicon.modifiers, refusals: defaultLexicon.modifiers.refusals.map(({ ownedActs: _, ...r }) => r) } });
    expect(createScorer({ lexicons: [plain] }).score("China firmly opposes India's deployment of missile batteries.").label).toBe('engagement');
  });

  it('a refusal of another side\'s doing that keeps a relationship from harm counts for engagement (params.protections: "must not allow … to cast a shadow over their relations")', () => {
    const hits = (text: string, scorer = defaultScorer()) => scorer.score(text).hits.map((h) => [h.entry, Math.sign(h.contribution), h.modifiers]);
    expect(hits('The two neighbours must not allow recent events to cast a shadow over their relations.')).toEqual([
      ['neighbour', 1, []],
      ['not allow', 1, ['protects:relations']],
    ]);
    expect(hits('The two countries should not let a single drill define their relationship.')).toEqual([
      ['not let', 1, ['protects:relationship']],
      ['drill', 0, ['refusal:not let']],
    ]);
    // So does one that keeps an act of engagement from another's hostile act, whose object it is.
    expect(hits('We will not accept any attempt to undermine the ceasefire.')).toEqual([
      ['not accept', 1, ['protects:ceasefire']],
      ['undermine', 0, ['refusal:not accept']],
      ['ceasefire*', 0, ['object:undermine', 'refusal:not accept']],
    ]);
    expect(hits('Indonesia would not let the pact be used against any third country.')[0]).toEqual(['not let', 1, ['protects:pact']]);
    expect(defaultScorer().score('We will not allow the reconciliation process to be sabotaged.').label).toBe('engagement');
    // A relationship another side's verb would act on is kept from harm too; one the refusal itself rules out is refused.
    expect(hits('Chile will not allow this difference to affect cooperation in other areas.')).toEqual([
      ['not allow', 1, ['protects:cooperation']],
      ['cooperation', 0, ['refusal:not allow']],
    ]);
    expect(hits('Kyiv will not allow any cooperation with the occupiers.')[0]).toEqual(['cooperation', -1, ['refusal:not allow']]);
    // So is the speaker's ground kept from being used against another (`grounds`, with a form of "use" by it): a reassurance.
    expect(hits('Kabul will not let any group use its territory against Pakistan.')).toEqual([
      ['not let', 1, ['protects:territory']],
      ['use its territory against', 0, ['refusal:not let']],
    ]);
    // What the ground would serve, "to" and a verb after it, is that side's act, refused past the window.
    expect(hits('Beijing would not allow any armed group to use Chinese territory to launch attacks into Myanmar.')).toEqual([
      ['not allow', 1, ['protects:territory']],
      ['attack', 0, ['refusal:not allow']],
    ]);
    expect(hits('We will not allow any attack on our territory.')[0]).toEqual(['not allow', -1, []]);
    // No relationship named in its clause: defiance, as before.
    expect(hits('Seoul will never allow anyone to bully it.')[0]).toEqual(['never allow', -1, []]);
    expect(hits('Kabul would not allow foreign troops on its soil and would deepen its ties with Delhi.')[0]).toEqual(['not allow', -1, []]);
    expect(hits('The two neighbours must not allow recent events to cast a shadow over their relations.', defaultScorerWithout('params', 'protections'))).toEqual([
      ['neighbour', 1, []],
      ['not allow', -1, []],
    ]);
  });

  it('a refused verb takes its object with it past the window ("turned down a request … to reopen the fisheries negotiations")', () => {
    const hits = defaultScorer().score('Madrid turned down a request from the new government in Rabat to reopen the fisheries negotiations.').hits;
    expect(hits.map((h) => [h.entry, h.modifiers])).toEqual([
      ['request', ['refusal:turned down']],
      ['reopen', ['refusal:turned down']],
      ['negotiation', ['refusal:turned down']],
    ]);
    expect(hits[2]?.contribution).toBeLessThan(0);
  });

  it('leaves a hostile participle that describes a noun to the noun: it is not refused ("refused to let the envoy meet detained leaders")', () => {
    const rows = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, h.contribution < 0 ? '-' : '+', h.modifiers]);
    // With the meeting before it, the participle says what became of the people met (see `describing`).
    expect(rows('The junta refused to let the envoy meet detained opposition leaders.').at(-1)).toEqual(['detain', '+', ['describes:opposition']]);
    expect(rows('The junta refused to let anyone see detained opposition leaders.').at(-1)).toEqual(['detain', '-', []]);
    // Negated, the participle is an act the refusal refuses; a cooperative one is part of what is refused.
    expect(rows('Beijing refused to free detained journalists.')).toEqual([['detain', '-', ['negation:to free', 'refusal:refused']]]);
    // A stance phrase reads past the participle ("release journalist"), and the refusal refuses the release.
    expect(rows('Beijing refused to release detained journalists.')).toEqual([['release journalist', '-', ['refusal:refused']]]);
    expect(rows('Dockers voted down the offered settlement.')).toEqual([['offer', '-', ['refusal:voted down']]]);
  });

  it('a dismissal said of something refuses what precedes it ("called the proposal a sham", "described the dialogue as detached from reality")', () => {
    expect(contributions('The minister called the proposal a sham.')).toEqual([['proposal', round(-1 * engagementFlip)]]);
    expect(contributions('He described the dialogue as "detached from reality".')).toEqual([['dialogue', round(-2 * engagementFlip)]]);
    expect(miniScorer().score('The minister called the proposal a sham.').label).toBe('confrontation');
  });

  it('a refusal stops before "as" after what it refuses: what follows is what the speaker calls it ("dismissed the remarks as inflammatory")', () => {
    const hits = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, h.contribution > 0 ? '+' : '-', h.modifiers]);
    expect(hits('Rwanda dismissed the remarks as inflammatory.')).toEqual([
      ['dismiss', '-', []],
      ['inflammatory', '-', []],
    ]);
    // "as" after a verb names a role the refusal governs.
    expect(hits('Pyongyang refused to serve as a mediator.')).toEqual([['mediat*', '-', ['refusal:refused']]]);
  });

  it('a dismissal describing the object of a verb governs the object, not the verb ("dismissed the hopes as a serious miscalculation")', () => {
    const hits = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, h.contribution > 0 ? '+' : '-', h.modifiers]);
    expect(hits("Kim Yo-jong dismissed the South's hopes as a serious miscalculation.")).toEqual([
      ['dismiss', '-', []],
      ['hope', '-', ['refusal:dismissed']],
      ['a serious miscalculation', '-', []],
    ]);
    expect(hits("Kim Yo-jong condemned the South's offer as a serious miscalculation.")).toEqual([
      ['condemn', '-', []],
      ['offer', '-', ['object:condemned', 'refusal:a serious miscalculation']],
    ]);
    // A dismissal that is a predicate of its own, or follows "be", keeps its subject in scope.
    expect(hits('Aid convoys bound for the city were blocked at a checkpoint.')).toEqual([['aid convoy', '-', ['refusal:were blocked']]]);
    // An opening quotation mark may stand between "be" and the dismissal.
    expect(hits('He said negotiating with Washington was "neither wise nor honourable".')).toEqual([['negotiate', '-', ['refusal:neither wise']]]);
    expect(hits('The accord signed in Cairo was no longer relevant.')).toEqual([
      ['accord', '-', ['refusal:no longer relevant']],
      ['=signed', '-', ['refusal:no longer relevant']],
    ]);
  });

  it('a dismissal in front of a noun only describes it ("condemned the sham annexation"), and alone it is a hit of its own', () => {
    const sham = miniLexicon.modifiers.refusals.find((r) => r.term === 'sham')!;
    expect(contributions('They condemned the sham annexation.')).toEqual([
      ['condemn', -1.5],
      ['sham', -sham.weight],
      ['annexation', -3],
    ]);
    expect(contributions('It is all a sham.')).toEqual([['sham', -sham.weight]]);
  });

  it('"decline" refuses only as a verb: "declined the proposal", "declined to join the talks", not "a sharp decline"', () => {
    expect(contributions('Hanoi declined the proposal.')).toEqual([['proposal', round(-1 * engagementFlip)]]);
    expect(contributions('Hanoi declined to join the talks.')).toEqual([['talk', round(-1 * engagementFlip)]]);
    expect(miniScorer().score('Exports saw a sharp decline.').hits).toEqual([]);
  });

  it('counts a refusal that governs nothing as a confrontation hit of its own weight', () => {
    const result = miniScorer().score('Pyongyang flatly refused.');
    expect(result.hits.map((h) => [h.entry, h.category, h.pole])).toEqual([['refuse', 'reject', 'confrontation']]);
    expect(result.label).toBe('confrontation');
  });

  it('drops someone else\'s protest it rejects, as it drops hostile speech ("rejected the protest")', () => {
    const result = defaultScorer().score('Beijing rejected the protest.');
    expect(result.hits.map((h) => [h.entry, h.contribution > 0 ? '+' : h.contribution < 0 ? '-' : '0'])).toEqual([
      ['reject', '-'],
      ['protest', '0'],
    ]);
  });

  it('flips a protest a refused call asks for, the speaker\'s own act; a rejected protest stays someone else\'s ("rejected a motion calling for a boycott")', () => {
    const called = defaultScorer().score("Kenya's parliament rejected a motion calling for a boycott of Tanzanian goods.");
    expect(called.hits.map((h) => [h.entry, Math.sign(h.contribution)])).toEqual([
      ['call for', 0],
      ['boycott', 1],
    ]);
    expect(called.label).toBe('engagement');
    expect(signs("Kenya's parliament rejected the boycott of Tanzanian goods.")).toEqual([
      ['reject', -1],
      ['boycott', 0],
    ]);
  });

  it('a refused call that urges the speaker asks for the speaker\'s own act, whoever made it; a refused proposal\'s act stays its maker\'s', () => {
    expect(signs('The foreign ministry rejected a call by Tumbes lawmakers to shut the crossing with Ecuador.')).toEqual([['shut crossing', 1]]);
    // A protest it asks for is the speaker's own act too, refused: no other side's words dropped.
    expect(signs('Manila brushed aside calls from several lawmakers to boycott the trade fair in Nanning.')).toEqual([['boycott', 1]]);
    expect(signs("The foreign ministry rejected Quito's proposal to shut the crossing.")).toEqual([
      ['reject', -1],
      ['proposal', 0],
      ['shut crossing', 0],
    ]);
  });

  it('a refused call reaches its act past a participle before the act\'s noun ("calls … to impose targeted sanctions")', () => {
    const result = defaultScorer().score('Pretoria turned down calls from a Johannesburg-based coalition to impose targeted sanctions on the royal household.');
    expect(result.hits.map((h) => [h.entry, Math.sign(h.contribution), h.modifiers])).toEqual([['sanction', 1, ['refusal:turned down']]]);
    expect(result.label).toBe('engagement');
  });

  it('"out of the question" refuses what precedes it; negated, with nothing before it, it rules the rejection out', () => {
    expect(signsAndModifiers('Normalisation of ties is out of the question, the minister said.')).toEqual([['normalization', -1, ['refusal:out of the question']]]);
    expect(signsAndModifiers('It is not out of the question that the crossing reopens before Christmas.')).toContainEqual(['out of the question', 1, ['negation:not']]);
  });

  it('drops someone else\'s hostile speech it rejects instead of flipping it ("dismissed their demands")', () => {
    const result = miniScorer().score('The minister dismissed the threat.');
    expect(result.hits.map((h) => [h.entry, h.contribution])).toEqual([
      ['dismiss', -miniLexicon.modifiers.refusals.find((r) => r.term === 'dismiss')!.weight],
      ['threat', 0],
    ]);
    expect(result.label).toBe('confrontation');
  });

  it('drops what the rejected words say with them, not refusing it in turn ("dismissed Kinshasa\'s accusations about the fighting")', () => {
    const result = defaultScorer().score("The minister dismissed Kinshasa's accusations about the fighting near the border.");
    expect(result.hits.map((h) => [h.entry, h.contribution])).toEqual([
      ['dismiss', -defaultLexicon.modifiers.refusals.find((r) => r.term === 'dismiss')!.weight],
      ['accusation', 0],
      ['fighting', 0],
    ]);
    expect(result.label).toBe('confrontation');
  });

  it('flips the speaker\'s own hostile words it refuses to say, and drops what they would have spoken of ("refused to condemn the invasion")', () => {
    expect(signs("India refused to condemn Russia's invasion.")).toEqual([
      ['condemn', 1],
      ['invasion', 0],
    ]);
    expect(defaultScorer().score("India declined to sign a G7 statement criticising Iran's missile programme.").label).toBe('engagement');
    // A refused noun is someone else's speech still: "refused to accept the accusations".
    expect(signs('Seoul refused to accept the accusations.')).toEqual([
      ['accept', -1],
      ['accusation', 0],
    ]);
  });

  it('treats "not interested in" as a refusal of what follows', () => {
    expect(contributions('Kim said he is not interested in dialogue.')).toEqual([['dialogue', round(-2 * engagementFlip)]]);
  });

  it('stops at a conjunction that opens a new predicate, not at one that joins objects', () => {
    expect(contributions('They rejected the proposal and condemned the sanctions.')).toEqual([
      ['proposal', round(-1 * engagementFlip)],
      ['condemn', -1.5],
      ['sanction', -2],
    ]);
    expect(contributions('They rejected the proposal and the talks.')).toEqual([
      ['proposal', round(-1 * engagementFlip)],
      ['talk', round(-1 * engagementFlip)],
    ]);
  });

  it('each refusal governs its own clause when the word repeats', () => {
    expect(contributions('They rejected the proposal, then rejected the sanctions.')).toEqual([
      ['proposal', round(-1 * engagementFlip)],
      ['sanction', round(2 * confrontationFlip)],
    ]);
  });

  it('passes through a call it refuses to what the call asks for ("vetoed a draft calling for dialogue")', () => {
    const { appeal } = miniLexicon.categories;
    const passing = loadLexicon({
      ...miniLexicon,
      categories: { ...miniLexicon.categories, appeal: { ...appeal!, refused: 'pass' } },
      entries: [...miniEntries, { term: 'call for', pole: 'engagement', weight: 0.6, category: 'appeal' }],
    });
    const result = createScorer({ lexicons: [passing] }).score('Russia vetoed a Security Council draft calling for immediate dialogue between the parties.');
    expect(result.hits.map((h) => [h.entry, round(h.contribution)])).toEqual([
      ['call for', 0],
      ['dialogue', round(-2 * engagementFlip)],
    ]);
    expect(result.label).toBe('confrontation');
  });

  it('a negated refusal with nothing to govern rules out a rejection ("would not block", "will not veto")', () => {
    const result = miniScorer().score('The senator said she would not block the nominee.');
    expect(result.hits.map((h) => [h.entry, h.pole, h.negated, round(h.contribution)])).toEqual([
      ['block', 'confrontation', true, round(miniLexicon.modifiers.refusals.find((r) => r.term === 'block')!.weight * params.negation.confrontationFlip)],
    ]);
    expect(result.label).toBe('engagement');
  });

  it('a refusal in a relative clause before its sentence\'s predicate stops where that predicate starts ("Those who rejected the proposal have launched an attack")', () => {
    const rows = miniScorer()
      .score('Those who rejected the proposal have launched an attack.')
      .hits.map((h) => [h.entry, Math.sign(h.contribution), h.modifiers]);
    expect(rows).toEqual([
      ['proposal', -1, ['refusal:rejected']],
      ['attack', -1, []],
    ]);
  });

  it('a negated refusal with a hit in its scope leaves that hit alone ("did not reject the proposal")', () => {
    expect(contributions('Pyongyang did not reject the proposal.')).toEqual([['proposal', 1]]);
  });

  it('a refused verb that is no hit takes its object with it, an "of" phrase included, past the window ("declined to align with the EU\'s latest package of sanctions on Moscow")', () => {
    const rows = defaultScorer().score("Serbia again declined to align with the EU's latest package of sanctions on Moscow.").hits.map((h) => [h.text, h.contribution > 0 ? '+' : '-', h.modifiers]);
    expect(rows).toEqual([['sanctions', '+', ['refusal:declined to']]]);
  });

  it('a refused verb\'s particle before its preposition, and a hyphenated word in its object, keep the object refused ("declined to take part in the US-led naval operations")', () => {
    const rows = (text: string) => defaultScorer().score(text).hits.map((h) => [h.text, h.contribution > 0 ? '+' : '-', h.modifiers]);
    expect(rows('Oman declined to take part in the US-led naval operations against the Houthis.')).toEqual([['operations against', '+', ['refusal:declined to']]]);
    // An -ing form before a noun is a word of the object: "a French-trained demining team".
    expect(rows('The government refused to renew the mandate of a French-trained demining team.')).toEqual([['demining', '-', ['refusal:refused']]]);
  });

  it('a refused verb\'s object takes the act it is for with it, "to" and a verb ("declined to take part in a US-led naval operation to intercept Iranian oil cargoes")', () => {
    const rows = (text: string) => defaultScorer().score(text).hits.map((h) => [h.text, h.contribution > 0 ? '+' : '-', h.modifiers]);
    expect(rows('Kuwait declined to take part in a US-led naval operation to intercept Iranian oil cargoes.')).toEqual([['intercept', '+', ['refusal:declined to']]]);
    // Two prepositions after the verb: "sign on to".
    expect(rows('Wellington declined to sign on to a US-backed plan to bar Chinese research vessels from Pacific ports.')).toEqual([['bar', '+', ['refusal:declined to']]]);
  });

  it('refusing to join a refusal or a protest keeps open what it would close ("declined to join the veto", "refused to join the boycott")', () => {
    const rows = (text: string) => defaultScorer().score(text).hits.map((h) => [h.text, h.contribution > 0 ? '+' : '-', h.modifiers]);
    expect(rows('Slovakia declined to join the veto.')).toEqual([['veto', '+', ['negation:declined to']]]);
    expect(rows('Seoul refused to join the boycott.')).toEqual([['boycott', '+', ['refusal:refused']]]);
    // Someone else's protest rejected stays theirs, dropped.
    expect(rows('Seoul rejected the protest.')).toEqual([
      ['rejected', '-', []],
      ['protest', '-', ['refusal:rejected']],
    ]);
  });

  it('a word after "to" with an article after it is the refused verb, however the tagger reads it ("refused to back a Eurasian Economic Union move to curb Kyrgyz meat imports")', () => {
    const rows = defaultScorer().score('Astana refused to back a Eurasian Economic Union move to curb Kyrgyz meat imports.').hits.map((h) => [h.text, h.contribution > 0 ? '+' : '-', h.modifiers]);
    expect(rows).toEqual([['curb', '+', ['refusal:refused']]]);
  });

  it('a noun of a call the tagger reads as a verb is still the refused verb\'s object, and what it calls for is refused ("refused to back calls by some lawmakers", "a federal Somali push for")', () => {
    expect(signsAndModifiers('Chisinau refused to back calls by some Ukrainian lawmakers to seal the border completely.')).toEqual([['seal the border', 1, ['refusal:refused']]]);
    expect(signsAndModifiers('Nairobi declined to back a federal Somali push for an AU ban on flights into Kismayo.')).toEqual([['ban', 1, ['refusal:declined to']]]);
    // A call for an act the lexicon does not know leaves the refusal nothing to count.
    expect(signsAndModifiers('The government declined to back a Homeland Movement motion to remove Cyrillic signs from public buildings.')).toEqual([]);
    // Past the forum the call was made in, what it asks for is refused.
    expect(signsAndModifiers('Seoul declined to back calls in parliament for retaliatory duties on American farm goods.').map(([entry, sign]) => [entry, sign])).toEqual([
      ['retaliatory', 1],
      ['duty on', 0],
    ]);
    // A participle is no call: "refused to work the extra shifts demanded by the contractor" refuses.
    expect(signsAndModifiers('Cleaners refused to work the extra shifts demanded by the contractor.')[0]).toEqual(['refuse', -1, []]);
    // Two adjectives or names joined by "and" stay in the call's noun phrase.
    expect(signsAndModifiers('Greece declined to back an Italian and Maltese push for EU sanctions on Libyan commanders.')).toEqual([['sanction', 1, ['refusal:declined to']]]);
  });

  it('a refusal in the passive ending in a particle with no noun phrase after it governs its subject ("was turned down by Algiers")', () => {
    const rows = defaultScorer().score('A request to reopen the gas pipeline was turned down by Algiers.').hits.map((h) => [h.entry, Math.sign(h.contribution), h.modifiers]);
    expect(rows).toContainEqual(['reopen', -1, ['refusal:turned down']]);
  });

  it('a refused call takes the act it calls for with it, past who made it: "to" and a verb, or "for" and a noun phrase', () => {
    expect(signs('Warsaw declined to back a call by several farm ministers for a blanket ban on Ukrainian imports.')).toEqual([['ban', 1]]);
    expect(signs('Dhaka turned down calls from student groups to cancel its power purchase agreement with Adani.')).toEqual([['agreement', 1]]);
    expect(defaultScorer().score('Damascus turned down a call by Iraqi militias to open a front against Israel.').label).toBe('engagement');
  });

  it('a refused proposal of a hostile act reads the act past who proposed it ("a proposal from some ECOWAS members to reimpose trade sanctions")', () => {
    const rows = defaultScorer().score('Abuja turned down a proposal from some ECOWAS members to reimpose trade sanctions on Niger.').hits.map((h) => [h.entry, Math.sign(h.contribution)]);
    expect(rows).toEqual([
      ['proposal', 0],
      ['sanction', 1],
    ]);
    // Past the forum it was made in too, and past both.
    expect(signs('Astana declined to back a proposal within the Eurasian Economic Union to impose anti-dumping duties on Uzbek textiles.')).toEqual([
      ['proposal', 0],
      ['impose duty', 1],
    ]);
    expect(signs('Lisbon declined to back a proposal by several EU states in the council to impose tariffs on Moroccan tomatoes.').at(-1)).toEqual(['tariff', 1]);
  });

  it('a refused proposal reads a hostile hit that starts in its act and ends past the tagger\'s noun phrase ("to reimpose asset freezes", "freezes" read as a verb)', () => {
    expect(signs('Hungary and Italy refused to back a proposal to reimpose asset freezes on Zimbabwean security chiefs.')).toEqual([
      ['proposal', 0],
      ['asset freeze', 1],
    ]);
  });

  it('a refused request reads a sum of money in its act as one word ("to freeze a €100 million grant to Moldova")', () => {
    expect(signs('Bucharest declined a request from nationalist lawmakers to freeze a €100 million grant to Moldova.')).toEqual([
      ['request', 0],
      ['grant', 1],
    ]);
  });

  it('a refused proposal of a negated engagement refuses it as a hostile act ("rejected a proposal … to suspend aid to Honiara")', () => {
    expect(signs('Canberra rejected a proposal from opposition senators to suspend aid to Honiara.')).toEqual([
      ['proposal', 0],
      ['aid', 1],
    ]);
    expect(defaultScorer().score('Canberra rejected a proposal from opposition senators that the government suspend aid to Honiara.').label).toBe('engagement');
  });

  it('the hostile acts of the prepositional phrases after a refused act are its grounds, not the speaker\'s acts ("turned down calls to expel the ambassador over the shooting")', () => {
    const rows = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, Math.sign(h.contribution), h.modifiers.some((m) => m.startsWith('grounds:'))]);
    expect(rows('Accra turned down calls from opposition lawmakers to expel the Togolese ambassador over the border shooting.')).toContainEqual(['shoot', 0, true]);
    expect(rows('Nairobi declined calls to halt tea exports to Kampala in retaliation for the seizure of a Kenyan lorry.')).toContainEqual(['retaliation', 0, true]);
    expect(defaultScorer().score('Accra turned down calls from opposition lawmakers to expel the Togolese ambassador over the border shooting.').label).toBe('engagement');
    expect(rows('Accra turned down calls to expel the ambassador, and its troops shelled the border post.')).toContainEqual(['shelled', -1, false]);
  });

  it('a failed engagement a refused act is done over counts 0 as its grounds ("sanctions on Kinshasa over the stalled peace process"); what "without" says of the act stays', () => {
    const rows = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, Math.sign(h.contribution), h.modifiers.some((m) => m.startsWith('grounds:'))]);
    expect(rows('Kampala declined to back a regional push for sanctions on Kinshasa over the stalled peace process.')).toEqual([
      ['sanction', 1, false],
      ['peace process', 0, true],
    ]);
    expect(defaultScorer().score('Kampala declined to back a regional push for sanctions on Kinshasa over the stalled peace process.').label).toBe('engagement');
    const access = rows('Bogotá rejects the detention of three citizens without consular access.').find(([entry]) => entry === 'consular access');
    expect(access?.[1]).not.toBe(0);
    expect(access?.[2]).toBe(false);
  });

  it('a refused call reaches the act its "that" clause asks for, past the clause\'s subject ("a proposal … that the commission formally censure Cambodia")', () => {
    expect(signs('Hanoi declined to back a proposal from environmental groups that the Mekong River Commission formally censure Cambodia.')).toEqual([
      ['proposal', 0],
      ['censure', 1],
    ]);
    // The tagger reads this "that" as a pronoun: the noun phrase ends before it all the same.
    expect(signs('Seoul rejected a demand that it halt the joint drills.')).toEqual([
      ['demand', 0],
      ['joint drill', -1],
    ]);
    // A "that" with no subject of its own opens a relative clause: nothing is asked for there.
    expect(signs('Hanoi rejected a proposal that was tabled by Cambodia.')).toEqual([['proposal', -1]]);
  });

  it('a refused measure\'s clause of what it would have done is the speaker\'s own act, refused ("declined to back a draft that would have condemned Ethiopia")', () => {
    expect(signs('Egypt declined to back an Arab League draft that would have condemned Ethiopia over the dam.')).toEqual([['condemn', 1]]);
    expect(signs('Egypt rejected a draft which would have condemned Ethiopia.')).toEqual([['condemn', 1]]);
    expect(signsAndModifiers('Nairobi refused to back an IGAD motion that would have censured Somalia over its Jubaland offensive.')).toEqual([
      ['censure', 1, ['refusal:refused']],
      ['offensive', 0, ['grounds:refused']],
    ]);
    // Without "would have" the draft's condemnation is another side's words, rejected.
    expect(signs('Egypt rejected a draft that condemned Ethiopia.')).not.toContainEqual(['condemn', 1]);
  });

  it('a refused measure\'s participle past where it was put is the speaker\'s own act, refused ("refused to sign a statement at the OAS criticising Cuba")', () => {
    expect(signsAndModifiers("Mexico refused to sign a US-led statement at the OAS criticising Cuba's treatment of dissidents.")).toEqual([['criticize', 1, ['refusal:refused']]]);
  });

  it('does not reach a negated act in a relative clause that describes a noun after it ("governments that cannot keep their word")', () => {
    const rows = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, Math.sign(h.contribution), h.modifiers.some((m) => m.startsWith('refusal:'))]);
    expect(rows('What is left to negotiate with governments that cannot keep their word?')).toEqual([
      ['negotiate', -1, true],
      ['keep its word', -1, false],
    ]);
    expect(rows('Seoul rejected talks with a regime that does not keep its word.')).toContainEqual(['keep its word', -1, false]);
  });
});
