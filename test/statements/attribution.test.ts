import { describe, expect, it } from 'vitest';
import { defineActors, extractStatements } from '../../src/index.js';
import { koreaActors as actors } from '../fixtures/actors.js';

const quotes = (text: string) =>
  extractStatements({ text, publishedAt: '2025-11-02' }, { actors })
    .filter((s) => s.kind === 'quote')
    .map((s) => [s.text, s.actor, s.actorMention]);

describe('quote attribution', () => {
  it.each([
    { pattern: 'X said after', text: '"We will keep the channels open to all," Lee said.', expect: [['We will keep the channels open to all', 'lee-jae-myung', 'Lee']] },
    { pattern: 'said X after', text: '"We will keep the channels open to all," said President Lee.', expect: [['We will keep the channels open to all', 'lee-jae-myung', 'President Lee']] },
    { pattern: 'said TITLE X after', text: '"We will keep the channels open to all," said Unification Minister Lee.', expect: [['We will keep the channels open to all', 'lee-jae-myung', 'Lee']] },
    { pattern: 'X told reporters', text: '“Our door to dialogue remains open,” Lee told reporters in Seoul.', expect: [['Our door to dialogue remains open', 'lee-jae-myung', 'Lee']] },
    { pattern: 'X declared', text: '"Peace is the only way forward for us," Lee declared at the ceremony.', expect: [['Peace is the only way forward for us', 'lee-jae-myung', 'Lee']] },
    { pattern: 'X stressed / vowed / urged / warned / insisted / clarified / added', text: '"We want quiet borders and open roads," Lee stressed. "We will not give up on talks," Kim Jong Un vowed. "Return to the table now," Lee urged. "Any provocation will be punished," Kim Jong Un warned. "Our system is not negotiable," Kim Jong Un insisted. "We do not seek absorption," Lee clarified. "The offer stands for all," Lee added.', expect: [
      ['We want quiet borders and open roads', 'lee-jae-myung', 'Lee'],
      ['We will not give up on talks', 'kim-jong-un', 'Kim Jong Un'],
      ['Return to the table now', 'lee-jae-myung', 'Lee'],
      ['Any provocation will be punished', 'kim-jong-un', 'Kim Jong Un'],
      ['Our system is not negotiable', 'kim-jong-un', 'Kim Jong Un'],
      ['We do not seek absorption', 'lee-jae-myung', 'Lee'],
      ['The offer stands for all', 'lee-jae-myung', 'Lee'],
    ] },
    { pattern: 'according to X', text: '"The proposal remains on the table for now," according to Pyongyang.', expect: [['The proposal remains on the table for now', 'north-korea', 'Pyongyang']] },
    { pattern: 'X said: before', text: 'Lee said: "We will send food aid before the winter."', expect: [['We will send food aid before the winter.', 'lee-jae-myung', 'Lee']] },
    { pattern: "X's statement read", text: 'Pyongyang’s statement read: "The South is our principal enemy and nothing else."', expect: [['The South is our principal enemy and nothing else.', 'north-korea', 'Pyongyang']] },
    { pattern: 'As X told Y,', text: 'As he told his Cabinet on Monday, "Our relations with the North matter for everything we do." Lee Jae Myung spoke first.', expect: [['Our relations with the North matter for everything we do.', null, 'he']] },
    { pattern: 'quote over two sentences', text: 'Lee Jae Myung arrived. "We are ready to talk. We are ready to help," he said.', expect: [['We are ready to talk. We are ready to help', 'lee-jae-myung', 'he']] },
    { pattern: 'split quote', text: '"We will not be deterred," Lee said. "The road to peace is long, but we walk it."', expect: [
      ['We will not be deterred', 'lee-jae-myung', 'Lee'],
      ['The road to peace is long, but we walk it.', 'lee-jae-myung', 'Lee'],
    ] },
    { pattern: 'a quotation ending in a full stop takes no speaker from the next sentence', text: 'The talks ended, with Kim Jong Un accusing Seoul of "playing games with our security." Lee said he regretted it.', expect: [['playing games with our security.', 'kim-jong-un', 'Kim Jong Un']] },
    { pattern: 'unknown speaker with a hyphenated name', text: '"This is a measure to restore trust between us," spokesperson Kang Yu-jung told reporters.', expect: [['This is a measure to restore trust between us', null, 'spokesperson Kang Yu-jung']] },
    { pattern: 'unknown speaker kept', text: '"The talks were useful and calm," a senior diplomat said.', expect: [['The talks were useful and calm', null, 'a senior diplomat']] },
  ])('$pattern', ({ text, expect: expected }) => {
    expect(quotes(text)).toEqual(expected);
  });

  const carried = (text: string) => extractStatements({ text, publishedAt: '2025-11-02' }, { actors }).map((s) => [s.kind, s.actor, s.actorMention, s.text]);

  it.each([
    {
      case: 'a verb further on has its subject before the quotation',
      text: 'Kim Jong Un spoke on Monday. He called the offer "a trick to buy time for the South" and warned Seoul.',
      expect: [
        ['action', 'kim-jong-un', 'Kim Jong Un', 'spoke on Monday.'],
        ['reported', 'kim-jong-un', 'He', 'called the offer "a trick to buy time for the South"'],
        ['reported', 'kim-jong-un', 'He', 'warned Seoul.'],
      ],
    },
    {
      case: 'a name after a verb further on is no speaker of the quotation ("…", but warned that Seoul would …)',
      text: 'In Pyongyang, Kim Yo-jong said the meeting proved "the path of dialogue is the right one", but warned that Seoul would respond to any provocation.',
      expect: [['reported', 'kim-yo-jong', 'Kim Yo-jong', 'said the meeting proved "the path of dialogue is the right one", but warned that Seoul would respond to any provocation.']],
    },
    {
      case: 'a quotation followed by a full stop after its marks takes no speaker from the next sentence',
      text: 'Lee called the offer "an important first step for both sides". Kim Jong Un said nothing.',
      expect: [
        ['reported', 'lee-jae-myung', 'Lee', 'called the offer "an important first step for both sides".'],
        ['reported', 'kim-jong-un', 'Kim Jong Un', 'said nothing.'],
      ],
    },
    {
      case: 'an agent of a registry actor before the verb (X spokesperson NAME called … "…")',
      text: 'Seoul spokesperson Koo Byoung-sam called the demolition "a very abnormal act by the North."',
      expect: [['reported', 'south-korea', 'Seoul', 'called the demolition "a very abnormal act by the North."']],
    },
    {
      case: 'a reported clause the quotation only ends',
      text: 'Lee said he would take steps to ease tensions "even if the North does not respond at first."',
      expect: [['reported', 'lee-jae-myung', 'Lee', 'said he would take steps to ease tensions "even if the North does not respond at first."']],
    },
    {
      case: 'a quotation after "told … that"',
      text: 'Lee told his Cabinet that "we will keep the door to dialogue open."',
      expect: [['reported', 'lee-jae-myung', 'Lee', 'told his Cabinet that "we will keep the door to dialogue open."']],
    },
    {
      case: 'a verb of saying with no subject of its own ("…, calling on Pyongyang to join "…"")',
      text: 'Lee told the Assembly on Tuesday that Seoul would pursue talks in stages, calling on Pyongyang to join "a new era of peaceful coexistence."',
      expect: [['reported', 'lee-jae-myung', 'Lee', 'told the Assembly on Tuesday that Seoul would pursue talks in stages, calling on Pyongyang to join "a new era of peaceful coexistence."']],
    },
    {
      case: 'the conditional after the quotation stays with it',
      text: 'Kim Yo-jong warned that Pyongyang would "take all necessary measures" if the drills went ahead.',
      expect: [['reported', 'kim-yo-jong', 'Kim Yo-jong', 'warned that Pyongyang would "take all necessary measures" if the drills went ahead.']],
    },
  ])('a quotation its speaker’s words lead into is carried by the speaker’s reported clause: $case', ({ text, expect: expected }) => {
    expect(carried(text)).toEqual(expected);
  });

  it('passes over a verb of saying with no subject of its own to the speaker before it ("…, calling on Pyongyang to join "…"")', () => {
    expect(quotes('The minister told the Assembly on Tuesday that talks would come in stages, calling on Pyongyang to join "a new era of peaceful coexistence."')).toEqual([
      ['talks would come in stages, calling on Pyongyang to join "a new era of peaceful coexistence."', null, 'The minister'],
    ]);
  });

  it('a quotation a colon or a comma opens stays a quotation', () => {
    expect(quotes('Lee said: "We will keep trying to talk."')).toEqual([['We will keep trying to talk.', 'lee-jae-myung', 'Lee']]);
    expect(quotes('Lee told reporters, "We will keep trying to talk."')).toEqual([['We will keep trying to talk.', 'lee-jae-myung', 'Lee']]);
  });

  it('what the speaker goes on to say after the quotation ("…," Lee said, adding that …) is a reported statement of the speaker', () => {
    const statements = extractStatements({ text: '"We will not be intimidated," Lee said on Monday, adding that Seoul would keep its offer of talks open.', publishedAt: '2025-11-02' }, { actors });
    expect(statements.map((s) => [s.kind, s.actor, s.text, s.time.date])).toEqual([
      ['quote', 'lee-jae-myung', 'We will not be intimidated', '2025-10-27'],
      ['reported', 'lee-jae-myung', 'adding that Seoul would keep its offer of talks open.', '2025-10-27'],
    ]);
  });

  it('added words that lead into another quotation are that quotation\'s statement, from the added verb on', () => {
    const statements = extractStatements({ text: '"We will not be intimidated," Lee said on Monday, adding that Seoul had "no intention of closing the door to talks".', publishedAt: '2025-11-02' }, { actors });
    expect(statements.map((s) => [s.kind, s.actor, s.text])).toEqual([
      ['quote', 'lee-jae-myung', 'We will not be intimidated'],
      ['quote', 'lee-jae-myung', 'adding that Seoul had "no intention of closing the door to talks"'],
    ]);
  });

  it('leaves scare quotes of fewer than minQuoteWords words inside the sentence', () => {
    expect(quotes('Pyongyang calls Seoul its "main enemy" in the constitution.')).toEqual([]);
  });

  it('drops unknown speakers when asked', () => {
    const text = '"The talks were useful and calm," a senior diplomat said. "We want the talks to go on," Lee said.';
    const kept = extractStatements({ text, publishedAt: '2025-11-02' }, { actors, unknownSpeakers: 'drop' });
    expect(kept.map((s) => s.actor)).toEqual(['lee-jae-myung']);
  });
});

describe('actor resolution', () => {
  const speakers = (text: string) => extractStatements({ text, publishedAt: '2025-11-02' }, { actors }).map((s) => [s.actor, s.attribution.method]);

  it('a shared short name goes to the nearest earlier full mention', () => {
    expect(speakers('Kim Yo-jong spoke first. "Seoul should stop dreaming of talks," Kim said. Kim Jong Un spoke later. "Our army is ready for anything," Kim said.')).toEqual([
      ['kim-yo-jong', 'explicit'],
      ['kim-yo-jong', 'nearest-mention'],
      ['kim-jong-un', 'explicit'],
      ['kim-jong-un', 'nearest-mention'],
    ]);
  });

  it('a shared short name with no full mention before it stays unresolved, with its words kept', () => {
    const [s] = extractStatements({ text: '"We reject every one of the proposals," Kim said.', publishedAt: '2025-11-02' }, { actors });
    expect([s?.actor, s?.actorMention, s?.attribution.confidence]).toEqual([null, 'Kim', 0]);
  });

  it('a pronoun goes to the nearest earlier compatible person outside quotations', () => {
    expect(speakers('Kim Yo-jong issued a statement. "We are done with the South for good," she said.')).toEqual([
      ['kim-yo-jong', 'explicit'],
      ['kim-yo-jong', 'pronoun'],
    ]);
  });

  it("a pronoun in a later sentence goes to its antecedent sentence's subject rather than an object after it", () => {
    expect(speakers('Lee thanked Kim Jong Un for the letter. He said the two Koreas could talk again.')).toEqual([
      ['lee-jae-myung', 'alias'],
      ['lee-jae-myung', 'pronoun'],
    ]);
    // The first mention of a sentence is not its subject when a clause is fronted ("After meeting Kim Jong Un, Lee said").
    expect(speakers('After meeting Kim Jong Un, Lee said talks were possible. He added that trust would take time.').map(([a]) => a)).toEqual(['lee-jae-myung', 'lee-jae-myung']);
  });

  it('the subject of what a speaker reports does not take the speaker\'s place as the antecedent of a later pronoun ("Lee said Kim Jong Un had written to him. He said …")', () => {
    const rowsOf = (text: string) => extractStatements({ text, publishedAt: '2025-11-02' }, { actors }).map((s) => [s.actor, s.text]);
    expect(rowsOf('Lee said Kim Jong Un had written to him on Saturday. He said the letter was a welcome first step.').at(-1)).toEqual(['lee-jae-myung', 'said the letter was a welcome first step.']);
  });

  it('"it" names a state or an organisation only as the subject of a verb of saying, resolved like "he"', () => {
    const registry = defineActors([...actors.list, { id: 'pakistan', name: 'Pakistan', aliases: ['Islamabad'], kind: 'state' }]);
    const rowsOf = (text: string) => extractStatements({ text, publishedAt: '2025-11-02' }, { actors: registry }).map((s) => [s.kind, s.actor, s.actorMention, s.text]);
    expect(rowsOf("Pakistan's foreign ministry issued a statement. It called on Seoul to return to talks.")).toEqual([
      ['action', 'pakistan', 'Pakistan', 'issued a statement.'],
      ['reported', 'pakistan', 'It', 'called on Seoul to return to talks.'],
    ]);
    expect(rowsOf('Islamabad protested. "Our forces will stay where they are," it said in a statement.').map(([kind, actor]) => [kind, actor])).toEqual([
      ['reported', 'pakistan'],
      ['quote', 'pakistan'],
    ]);
    // Elsewhere "it" names no one: the crossing remained shut, not Pakistan.
    expect(rowsOf('Pakistan closed the crossing. It remained shut on Monday.').map(([, actor, , text]) => [actor, text])).toEqual([['pakistan', 'closed the crossing.']]);
  });

  it('matches names regardless of case, hyphens and spacing', () => {
    expect(speakers('KIM YO JONG issued a statement. Kim Yo-jong issued another. kim yo-jong issued a third.').map(([a]) => a)).toEqual(['kim-yo-jong', 'kim-yo-jong', 'kim-yo-jong']);
  });

  it('an alias written in capitals as one word ("US") names only in capitals: "stop us" names no one', () => {
    const registry = defineActors([
      { id: 'united-states', name: 'United States', aliases: ['US'], kind: 'state' },
      { id: 'guyana', name: 'Guyana', kind: 'state' },
    ]);
    const run = (text: string) => extractStatements({ text, publishedAt: '2025-06-10' }, { actors: registry }).map((s) => [s.actor, s.target]);
    expect(run('Guyana said nobody could stop us from defending our border.')).toEqual([['guyana', null]]);
    expect(run('Guyana thanked the US for its support.')).toEqual([['guyana', 'united-states']]);
  });

  it('resolves the name after a title, listed as an alias or not ("President Donald Trump", "President Trump")', () => {
    const registry = defineActors([
      { id: 'donald-trump', name: 'Donald Trump', aliases: ['Trump'], kind: 'person', roles: [{ title: 'President', from: '2025-01-20' }] },
      { id: 'north-korea', name: 'North Korea', kind: 'state' },
    ]);
    const text = 'President Donald Trump urged North Korea to return to talks. President Trump repeated the offer.';
    expect(extractStatements({ text, publishedAt: '2025-10-30' }, { actors: registry }).map((s) => [s.actor, s.actorMention])).toEqual([
      ['donald-trump', 'Donald Trump'],
      ['donald-trump', 'Trump'],
    ]);
  });

  it('extends a mention over the rest of its name across a hyphen ("President Lee" + "Jae-myung")', () => {
    expect(quotes('"We will keep the door to dialogue open," President Lee Jae-myung told reporters.')).toEqual([['We will keep the door to dialogue open', 'lee-jae-myung', 'President Lee Jae-myung']]);
  });

  it('resolves an alias that describes ("the ministry") only to its actor named earlier in the document', () => {
    const registry = defineActors([...actors.list, { id: 'sk-defense', name: 'Defense Ministry', aliases: ['the ministry'], kind: 'organization', affiliation: 'south-korea' }]);
    const run = (text: string) => extractStatements({ text, publishedAt: '2025-12-02' }, { actors: registry }).filter((s) => s.kind === 'quote').map((s) => [s.actor, s.attribution.method]);
    // Another ministry was meant: no guess.
    expect(run('North Korea\'s Foreign Ministry denounced the drills. "The reckless moves are pushing the region to the brink of war," the ministry said.')).toEqual([[null, 'alias']]);
    expect(run('The Defense Ministry warned Pyongyang. "We will respond sternly to any provocation," the ministry said.')).toEqual([['sk-defense', 'nearest-mention']]);
  });

  it('describes an organisation by a noun of its name that descriptionHeads lists ("the ministry"), never in place of a registered name', () => {
    const registry = defineActors([...actors.list, { id: 'sk-defense', name: 'Ministry of National Defense', aliases: ["South Korea's defence ministry"], kind: 'organization', affiliation: 'south-korea' }]);
    const run = (text: string) => extractStatements({ text, publishedAt: '2025-12-02' }, { actors: registry }).map((s) => [s.actor, s.attribution.method]);
    expect(run("South Korea's defence ministry tracked the launch. The ministry condemned it as a grave provocation.")).toEqual([
      ['sk-defense', 'alias'],
      ['sk-defense', 'nearest-mention'],
    ]);
    expect(run('The Ministry of National Defense condemned the launch as a grave provocation.')).toEqual([['sk-defense', 'explicit']]);
    // Named nowhere before, the ministry may be any.
    expect(run('The ministry condemned the launch as a grave provocation.')).toEqual([[null, 'alias']]);
  });

  it('describes an organisation by an article, a head of its name and a noun of its people (memberNouns): "a ministry official"', () => {
    const registry = defineActors([...actors.list, { id: 'sk-defense', name: 'Ministry of National Defense', aliases: ["South Korea's defence ministry"], kind: 'organization', affiliation: 'south-korea' }]);
    const run = (text: string) => extractStatements({ text, publishedAt: '2025-12-02' }, { actors: registry }).map((s) => [s.actor, s.attribution.method]);
    expect(run('South Korea\'s defence ministry went further on Thursday. "We will not allow any provocation to go unanswered," a ministry official told reporters.').at(-1)).toEqual(['sk-defense', 'nearest-mention']);
    // Named nowhere before, the official may be any ministry's.
    expect(run('"We will not allow any provocation to go unanswered," a ministry official told reporters.')).toEqual([[null, 'alias']]);
  });

  it('takes "It" for an actor as the first word of a sentence before a verb in the past tense, unless the verb is impersonal ("It scrambled jets", not "It took three hours")', () => {
    const run = (text: string) => extractStatements({ text, publishedAt: '2025-12-02' }, { actors }).map((s) => [s.actor, s.attribution.method, s.text]);
    expect(run('Seoul tracked the launch from the east coast. It scrambled jets in response.')).toEqual([
      ['south-korea', 'alias', 'tracked the launch from the east coast.'],
      ['south-korea', 'pronoun', 'scrambled jets in response.'],
    ]);
    expect(run('Seoul tracked the launch from the east coast. It took three hours to end.').map(([actor]) => actor)).toEqual(['south-korea']);
    expect(run('Seoul tracked the launch from the east coast, and the drill it planned went ahead.').map(([actor]) => actor)).toEqual(['south-korea']);
  });

  it('names a state by its demonym (attribution.en demonyms) where agent nouns follow it at the start of a clause, and nowhere else', () => {
    const run = (text: string) => extractStatements({ text, publishedAt: '2025-12-02' }, { actors }).map((s) => [s.actor, s.actorMention, s.text]);
    expect(run('North Korean border guards crossed the line on Friday.')).toEqual([['north-korea', 'North Korean', 'crossed the line on Friday.']]);
    expect(run('Seoul said North Korean border guards crossed the line.').map(([actor]) => actor)).toEqual(['south-korea']);
    expect(run('A North Korean defector spoke in Seoul on Friday.')).toEqual([]);
    // An indefinite article may open the clause, and boats are agents.
    expect(run('A North Korean navy vessel crossed the line on Friday.')).toEqual([['north-korea', 'North Korean', 'crossed the line on Friday.']]);
    expect(run('North Korean patrol boats crossed the line on Friday.')).toEqual([['north-korea', 'North Korean', 'crossed the line on Friday.']]);
    expect(run('Seoul said the arrest of a North Korean officer had angered the North.').map(([actor]) => actor)).toEqual(['south-korea']);
    // A clause a conjunction opens has its subject right after it.
    expect(run('Seoul withdrew its delegation on Thursday, a day after North Korean jets crossed the line.').map(([actor, mention]) => [actor, mention])).toEqual([
      ['south-korea', 'Seoul'],
      ['north-korea', 'North Korean'],
    ]);
  });

  it("takes an organisation's title before a name of the organisation's side set off by commas for that person's (\"the command's spokesman, Li Xi,\")", () => {
    const registry = defineActors([
      ...actors.list,
      { id: 'kpa', name: "Korean People's Army", kind: 'organization', affiliation: 'north-korea' },
      { id: 'pak-jong-chon', name: 'Pak Jong Chon', kind: 'person', affiliation: 'north-korea' },
    ]);
    const run = (text: string) => extractStatements({ text, publishedAt: '2025-12-02' }, { actors: registry }).map((s) => s.actor);
    expect(run("The Korean People's Army's general staff chief, Pak Jong Chon, rejected the offer.")).toEqual(['pak-jong-chon']);
  });

  it('narrows a title held by several actors to those of the owner named before it ("the American president", "South Korea\'s president")', () => {
    const registry = defineActors([
      ...actors.list,
      { id: 'united-states', name: 'United States', aliases: ['American'], kind: 'state' },
      { id: 'donald-trump', name: 'Donald Trump', kind: 'person', affiliation: 'united-states', roles: [{ title: 'President', from: '2025-01-20' }] },
    ]);
    const run = (text: string) => extractStatements({ text, publishedAt: '2025-11-02' }, { actors: registry }).map((s) => s.actor);
    expect(run('The American president said the talks had gone well.')).toEqual(['donald-trump']);
    expect(run("South Korea's president said the talks had gone well.")).toEqual(['lee-jae-myung']);
    expect(run('The president said the talks had gone well.')).toEqual([null]);
  });

  it('gives a sentence to the registered name set off after an unresolved title ("A former president, Lee Jae Myung, said")', () => {
    const rowsOf = (text: string) => extractStatements({ text, publishedAt: '2025-07-01' }, { actors }).map((s) => [s.actor, s.actorMention, s.text]);
    expect(rowsOf('A former president, Lee Jae Myung, said the talks should resume.')).toEqual([['lee-jae-myung', 'Lee Jae Myung', 'said the talks should resume.']]);
  });

  it("gives a title to the owner named before it when the owner has no registered holder (\"North Korea's president\" is North Korea, not Lee)", () => {
    const rowsOf = (text: string) => extractStatements({ text, publishedAt: '2025-07-01' }, { actors }).map((s) => [s.actor, s.actorMention]);
    expect(rowsOf("North Korea's president said the talks would resume.")).toEqual([['north-korea', 'president']]);
    expect(rowsOf("South Korea's president said the talks would resume.")).toEqual([['lee-jae-myung', 'president']]);
  });

  it('resolves a title by the date it was held, and leaves it unresolved outside those dates', () => {
    const before = extractStatements({ text: 'The president offered talks to Pyongyang.', publishedAt: '2025-05-01' }, { actors });
    const after = extractStatements({ text: 'The president offered talks to Pyongyang.', publishedAt: '2025-07-01' }, { actors });
    expect([before[0]?.actor, before[0]?.actorMention, after[0]?.actor]).toEqual([null, 'president', 'lee-jae-myung']);
  });

  it('leaves a title after an indefinite article unresolved: "a student union president" is one holder of many', () => {
    const rowsOf = (text: string) => extractStatements({ text, publishedAt: '2025-07-01' }, { actors }).map((s) => [s.actor, s.actorMention]);
    expect(rowsOf('A student union president said the talks should resume.')).toEqual([[null, 'president']]);
    expect(rowsOf('The president said the talks should resume.')).toEqual([['lee-jae-myung', 'president']]);
  });
});

describe('subjects of reported speech and actions', () => {
  const actorsWithIndia = defineActors([
    ...actors.list,
    { id: 'india', name: 'India', aliases: ['New Delhi'], kind: 'state' },
    { id: 'pakistan', name: 'Pakistan', aliases: ['Islamabad'], kind: 'state' },
    { id: 'saad-warraich', name: 'Saad Warraich', kind: 'person', affiliation: 'pakistan' },
    { id: 'ispr', name: 'Inter-Services Public Relations', aliases: ['ISPR'], kind: 'organization', affiliation: 'pakistan' },
  ]);
  const rows = (text: string) => extractStatements({ text, publishedAt: '2025-05-11' }, { actors: actorsWithIndia }).map((s) => [s.kind, s.actor, s.text]);

  it('a condition an auxiliary opens before its subject at the sentence\'s start ends at its comma, as one after "if" does ("Should Pakistan provoke us, we will respond")', () => {
    const run = (text: string) => extractStatements({ text, publishedAt: '2025-05-11', author: 'india' }, { actors: actorsWithIndia }).map((s) => [s.actor, s.text]);
    expect(run('Should Pakistan provoke us, we will respond firmly.').at(-1)).toEqual(['india', 'will respond firmly.']);
    expect(run('If Pakistan provokes us, we will respond firmly.').at(-1)).toEqual(['india', 'will respond firmly.']);
  });

  it.each([
    { case: 'a time phrase between subject and verb', text: 'India on Wednesday closed its airspace to Pakistani airlines.', expect: [['action', 'india', 'on Wednesday closed its airspace to Pakistani airlines.']] },
    { case: 'a clause after "after" with a subject of its own is that subject\'s', text: 'India closed its airspace after Pakistan shelled border villages.', expect: [['action', 'india', 'closed its airspace'], ['action', 'pakistan', 'shelled border villages.']] },
    { case: 'an adverb and a time phrase between subject and verb', text: 'India also on Wednesday closed its airspace to Pakistani airlines.', expect: [['action', 'india', 'also on Wednesday closed its airspace to Pakistani airlines.']] },
    { case: 'a time phrase without a preposition between subject and verb', text: 'India last week closed its airspace to Pakistani airlines.', expect: [['action', 'india', 'last week closed its airspace to Pakistani airlines.']] },
    { case: 'an appositive after the subject', text: 'Kim Yo-jong, the leader’s sister, rejected the offer.', expect: [['reported', 'kim-yo-jong', 'rejected the offer.']] },
    { case: 'a short aside in brackets after the subject', text: 'The Inter-Services Public Relations (ISPR) on Friday rejected the claim.', expect: [['reported', 'ispr', 'on Friday rejected the claim.']] },
    { case: 'a subject that is itself an appositive', text: 'His counterpart, Kim Jong Un, has dismantled the agencies.', expect: [['action', 'kim-jong-un', 'has dismantled the agencies.']] },
    { case: 'coordinated subjects each get the statement', text: 'India and Pakistan agreed to a ceasefire.', expect: [['action', 'india', 'agreed to a ceasefire.'], ['action', 'pakistan', 'agreed to a ceasefire.']] },
    { case: 'objects of a preposition are no subjects', text: 'A ceasefire between India and Pakistan took effect on Saturday.', expect: [] },
    {
      case: 'a relative clause after a name is what the named actor did, beside its main clause',
      text: 'India, which hosted the talks in March, said on Friday it would keep talking.',
      expect: [['action', 'india', 'hosted the talks in March'], ['reported', 'india', 'said on Friday it would keep talking.']],
    },
    { case: 'but not a passive relative clause, whose subject is acted on', text: 'Pakistan, which was shelled overnight, protested on Friday.', expect: [['reported', 'pakistan', 'protested on Friday.']] },
    { case: 'a conjunction tagged as a preposition opens a clause with its subject', text: 'The truce held, although India accused Pakistan of violations.', expect: [['reported', 'india', 'accused Pakistan of violations.']] },
    { case: '"after" and "since" tagged as prepositions open a clause with its subject', text: 'Talks resumed after Pakistan agreed to reopen the crossing.', expect: [['action', 'pakistan', 'agreed to reopen the crossing.']] },
    { case: 'not "until" or "before", whose clause tells of what has not happened', text: 'The treaty will stay in abeyance until Pakistan abjures terrorism.', expect: [] },
    {
      case: 'a subordinate clause opened right before its subject ends at the comma where the main clause begins',
      text: 'After India struck camps in Pakistan on May 7, Lee urged both sides to show restraint.',
      expect: [['action', 'india', 'struck camps in Pakistan on May 7'], ['reported', 'lee-jae-myung', 'urged both sides to show restraint.']],
    },
    {
      case: 'a name in apposition to a verb’s object is no subject of what follows its comma',
      text: "The foreign ministry summoned Pakistan's high commissioner, Saad Warraich, on Tuesday and lodged a protest.",
      expect: [],
    },
    {
      case: 'an actor’s own title before a name of its side set off by commas is that person’s',
      text: "North Korea's top official, Kim Yo-jong, rejected the offer. South Korea's top official, Kim Yo-jong, rejected it again.",
      expect: [['reported', 'kim-yo-jong', 'rejected the offer.'], ['reported', 'south-korea', 'rejected it again.']],
    },
    { case: 'a possessive is no subject', text: "Seoul's ability to manage the North could decide much.", expect: [] },
    { case: 'what a possessive owns can be', text: "South Korea's President Lee said he was closely monitoring the North.", expect: [['reported', 'lee-jae-myung', 'said he was closely monitoring the North.']] },
    { case: 'the agent of a passive acts on its subject', text: 'The ceasefire offer was swiftly rejected by Islamabad.', expect: [['reported', 'pakistan', 'The ceasefire offer was swiftly rejected by Islamabad.']] },
    { case: 'a participle without "be" and an owner after "by" make no agent', text: "Talks hosted by Islamabad ended. The region was hit by Islamabad's missiles.", expect: [] },
    { case: 'an owner acts through its agents', text: "Pakistan's army said it had downed five Indian jets.", expect: [['reported', 'pakistan', 'said it had downed five Indian jets.']] },
    { case: 'a quotation ending a clause before its attribution is the clause\'s, which ends at the closing mark', text: 'Pakistan closed the crossing and promised to reopen it "as soon as possible," Islamabad said.', expect: [['action', 'pakistan', 'closed the crossing'], ['reported', 'pakistan', 'promised to reopen it "as soon as possible,"']] },
    { case: 'whoever reports it: the words are the clause subject\'s', text: 'India called the strikes "an act of war," Islamabad said.', expect: [['reported', 'india', 'called the strikes "an act of war,"']] },
    { case: 'a head of state or government left unnamed acts for the owner', text: "Pakistan's president spoke by telephone with the Afghan leader on Monday.", expect: [['action', 'pakistan', 'spoke by telephone with the Afghan leader on Monday.']] },
    { case: 'words reported before their attribution', text: 'Any attempt to stop the flow of water would be an act of war, Islamabad said on Thursday.', expect: [['reported', 'pakistan', 'Any attempt to stop the flow of water would be an act of war']] },
    { case: 'an action ends where its source’s attribution begins', text: 'India closed its airspace to Pakistani airlines, the Defense Ministry said in a statement.', expect: [['action', 'india', 'closed its airspace to Pakistani airlines']] },
    { case: 'what a subject would do, before a registry actor’s closing attribution, is that actor’s warning', text: 'Pyongyang would pay a heavy price for any provocation, Seoul said on Monday.', expect: [['reported', 'south-korea', 'Pyongyang would pay a heavy price for any provocation']] },
    { case: 'what it did stays its act', text: 'Pyongyang fired two missiles into the sea, Seoul said on Monday.', expect: [['action', 'north-korea', 'fired two missiles into the sea']] },
    { case: 'and so does what it would do by an unregistered source’s account', text: 'Pyongyang would never return to talks, the ministry said.', expect: [['action', 'north-korea', 'would never return to talks']] },
    { case: 'according to a source, opening the sentence', text: 'According to Islamabad, the treaty cannot be suspended by one side.', expect: [['reported', 'pakistan', 'the treaty cannot be suspended by one side.']] },
    { case: 'according to a source, closing the sentence', text: 'The treaty cannot be suspended by one side, according to Islamabad.', expect: [['reported', 'pakistan', 'The treaty cannot be suspended by one side']] },
    { case: 'an action ends where “according to” begins', text: 'Pakistan agreed on Saturday to halt all firing, according to India’s foreign ministry.', expect: [['action', 'pakistan', 'agreed on Saturday to halt all firing']] },
    { case: 'a short clause before an attribution is not the words reported', text: 'As expected, Islamabad said on Thursday.', expect: [['reported', 'pakistan', 'said on Thursday.']] },
    { case: 'a subject after a verb of saying without "that"', text: 'Officials said Kim Jong Un warned that the North would respond with force.', expect: [['reported', 'kim-jong-un', 'warned that the North would respond with force.']] },
    { case: 'an actor relaying another side’s words reports that side’s statement', text: 'Seoul said on Monday that Pyongyang had rejected the offer of talks.', expect: [['reported', 'north-korea', 'had rejected the offer of talks.']] },
    { case: 'also a named relayer of a speaker’s warning', text: 'Lee said Kim Yo-jong warned that the South would regret it.', expect: [['reported', 'kim-yo-jong', 'warned that the South would regret it.']] },
    { case: 'and a person of the relayer’s own side', text: 'Kim Yo-jong said Kim Jong Un rejected the proposal.', expect: [['reported', 'kim-jong-un', 'rejected the proposal.']] },
    { case: 'but not the relayer’s own state', text: 'Kim Jong Un said Pyongyang rejected the proposal.', expect: [['reported', 'kim-jong-un', 'said Pyongyang rejected the proposal.']] },
    { case: 'nor what the other would do: a warning of the relayer’s', text: 'Seoul said Pyongyang would reject any talks.', expect: [['reported', 'south-korea', 'said Pyongyang would reject any talks.']] },
    { case: 'nor what the other did in words of no report: an accusation of the relayer’s', text: 'Seoul said Pyongyang fired two missiles.', expect: [['reported', 'south-korea', 'said Pyongyang fired two missiles.']] },
    { case: 'nor when the relayer goes on after a comma', text: 'Lee said Kim Yo-jong warned that the South would regret it, adding that talks remained possible.', expect: [['reported', 'lee-jae-myung', 'said Kim Yo-jong warned that the South would regret it, adding that talks remained possible.']] },
    { case: 'nor with a verb of the relayer’s after a relayed past perfect', text: 'Lee said Kim Jong Un had rejected the offer and described the North as ready.', expect: [['reported', 'lee-jae-myung', 'said Kim Jong Un had rejected the offer and described the North as ready.']] },
    {
      case: 'but a relayed past perfect may go on in one, each verb an act of its own',
      text: 'Lee said Kim Jong Un had rejected the offer and had raised the alert.',
      expect: [
        ['reported', 'kim-jong-un', 'had rejected the offer'],
        ['action', 'kim-jong-un', 'had raised the alert.'],
      ],
    },
    { case: 'nor the addressee of a relaying verb, with an infinitive', text: 'Lee wrote to President Kim Jong Un to propose talks.', expect: [['reported', 'lee-jae-myung', 'wrote to President Kim Jong Un to propose talks.']] },
    { case: 'an object of a verb of saying with an infinitive is no subject', text: 'Lee urged Pyongyang to resume talks.', expect: [['reported', 'lee-jae-myung', 'urged Pyongyang to resume talks.']] },
    { case: 'a mention before the comma of a closing attribution is no coordinated subject', text: 'There will be no talks with the South, Kim Jong Un said.', expect: [['reported', 'kim-jong-un', 'There will be no talks with the South']] },
    {
      case: 'a closing attribution may go on with a participle of speech',
      text: 'Pyongyang would pay a heavy price for any provocation, Seoul said on Monday, calling the drills "a rehearsal for invasion."',
      expect: [
        ['reported', 'south-korea', 'Pyongyang would pay a heavy price for any provocation'],
        ['quote', 'south-korea', 'calling the drills "a rehearsal for invasion."'],
      ],
    },
    {
      case: 'a clause of the writer’s after a closing attribution is none of the speaker’s words, and its subject acts in it',
      text: 'Pakistan will reopen the crossing, Islamabad said on Thursday, two days after India fired shells across the border.',
      expect: [
        ['action', 'pakistan', 'will reopen the crossing'],
        ['action', 'india', 'fired shells across the border.'],
      ],
    },
    { case: 'even without a subject of its own', text: 'Any talks with Seoul would be a waste of time, Kim Yo-jong said on Friday, as the drills began near the border.', expect: [['reported', 'kim-yo-jong', 'Any talks with Seoul would be a waste of time']] },
    { case: 'a hyphenated name as the source of a closing attribution', text: 'Any talks with Seoul would be a waste of time, Kim Yo-jong said.', expect: [['reported', 'kim-yo-jong', 'Any talks with Seoul would be a waste of time']] },
    { case: 'a clause with a subject of its own after a conjunction is that subject’s', text: 'India closed its airspace on Wednesday, and Pakistan suspended all trade in response.', expect: [['action', 'india', 'closed its airspace on Wednesday'], ['action', 'pakistan', 'suspended all trade in response.']] },
    { case: 'a comma and a conjunction after one mention close its clause; a pronoun subject opens the next', text: 'Kim Jong Un said he was not interested in talks with Seoul, and he ordered the army to prepare for war.', expect: [['reported', 'kim-jong-un', 'said he was not interested in talks with Seoul'], ['action', 'kim-jong-un', 'ordered the army to prepare for war.']] },
    { case: 'a list with a serial comma', text: 'India, Pakistan, and North Korea agreed to talks.', expect: [['action', 'india', 'agreed to talks.'], ['action', 'pakistan', 'agreed to talks.'], ['action', 'north-korea', 'agreed to talks.']] },
    { case: 'names joined without a comma share their verb, and open no clause of their own', text: 'Lee announced on Saturday that India and Pakistan had agreed to talks.', expect: [['reported', 'lee-jae-myung', 'announced on Saturday that India and Pakistan had agreed to talks.']] },
    { case: 'a clause after "while" with a subject of its own, after a title', text: 'Lee said the talks should resume, while North Korean leader Kim Jong Un said the South could not be trusted.', expect: [['reported', 'lee-jae-myung', 'said the talks should resume'], ['reported', 'kim-jong-un', 'said the South could not be trusted.']] },
    { case: 'coordinated subjects with titles', text: 'South Korean President Lee and North Korean leader Kim Jong Un met at the border.', expect: [['action', 'lee-jae-myung', 'met at the border.'], ['action', 'kim-jong-un', 'met at the border.']] },
    { case: 'objects joined by a conjunction are no new subject', text: 'Lee met envoys from India and Pakistan seeking support.', expect: [['action', 'lee-jae-myung', 'met envoys from India and Pakistan seeking support.']] },
    { case: 'according to a source with an article', text: 'Most of the shells fell short, according to the Islamabad authorities.', expect: [['reported', 'pakistan', 'Most of the shells fell short']] },
    { case: 'a closing attribution by a name with "of"', text: 'India moved troops to the border, the Ministry of Defence of Pakistan said.', expect: [['action', 'india', 'moved troops to the border']] },
    { case: '"added that" is reported speech too', text: 'Lee added that the offer of talks still stood.', expect: [['reported', 'lee-jae-myung', 'added that the offer of talks still stood.']] },
    { case: 'a quotation nobody is named as saying is carried by the clause around it', text: 'Pyongyang condemned the drills as "a rehearsal for an invasion of our country" on Monday.', expect: [['reported', 'north-korea', 'condemned the drills as "a rehearsal for an invasion of our country" on Monday.']] },
    { case: 'a reporting verb makes it reported speech', text: 'Lee reaffirmed his commitment to restoring relations.', expect: [['reported', 'lee-jae-myung', 'reaffirmed his commitment to restoring relations.']] },
    { case: 'a finding is reported speech', text: 'India concluded that Pakistan had violated the ceasefire.', expect: [['reported', 'india', 'concluded that Pakistan had violated the ceasefire.']] },
    {
      case: 'a wire’s note that an actor said nothing is no statement; silence toward an offer is',
      text: 'Pyongyang did not immediately respond to the offer. Islamabad declined to comment. India could not be reached for comment. Pakistan has not commented publicly. Pyongyang did not respond to the offer.',
      expect: [['reported', 'north-korea', 'did not respond to the offer.']],
    },
    { case: 'also after a phrase between subject and verb', text: "Pakistan's ambassador to India declined to comment on the motion. Islamabad on Friday declined to comment.", expect: [] },
    {
      case: 'a predicate that goes on after "and" with a finite verb of the same subject is two acts',
      text: 'Lee arrived in Panmunjom on Thursday, and pledged that aid would keep flowing.',
      expect: [
        ['action', 'lee-jae-myung', 'arrived in Panmunjom on Thursday'],
        ['reported', 'lee-jae-myung', 'pledged that aid would keep flowing.'],
      ],
    },
    {
      case: 'also inside words the subject reports of its own side',
      text: 'India said it stood by its neighbours and was preparing new sanctions against Pakistan.',
      expect: [
        ['reported', 'india', 'said it stood by its neighbours'],
        ['action', 'india', 'was preparing new sanctions against Pakistan.'],
      ],
    },
    {
      case: 'a list of predicates with commas before the last "and": one act per verb',
      text: 'India suspended the treaty on Wednesday, closed the border crossing at Attari and expelled two Pakistani diplomats.',
      expect: [
        ['action', 'india', 'suspended the treaty on Wednesday'],
        ['action', 'india', 'closed the border crossing at Attari'],
        ['action', 'india', 'expelled two Pakistani diplomats.'],
      ],
    },
    {
      case: 'but not at a participle after a comma, whose agent follows it',
      text: 'India closed the border crossing, backed by its allies, and expelled two Pakistani diplomats.',
      expect: [
        ['action', 'india', 'closed the border crossing, backed by its allies'],
        ['action', 'india', 'expelled two Pakistani diplomats.'],
      ],
    },
    { case: 'a closing attribution after a blank line: the words start at the first word', text: 'India made an offer.\n\nMost of the shells fell short of the border posts, Pakistan said.', expect: [['action', 'india', 'made an offer.'], ['reported', 'pakistan', 'Most of the shells fell short of the border posts']] },
    { case: 'a passive after a blank line: the clause starts at the first word', text: 'India made an offer.\n\nThe offer was rejected by Pakistan.', expect: [['action', 'india', 'made an offer.'], ['reported', 'pakistan', 'The offer was rejected by Pakistan.']] },
    { case: 'not at an "and" inside quotation marks', text: 'India said the border posts were "safe and guarded" and that Pakistan had "no reason to fear them."', expect: [['reported', 'india', 'said the border posts were "safe and guarded" and that Pakistan had "no reason to fear them."']] },
    { case: 'nor at a comma inside quotation marks', text: 'India said it had "closed, sealed and guarded" the border and expelled two Pakistani diplomats.', expect: [['reported', 'india', 'said it had "closed, sealed and guarded" the border'], ['action', 'india', 'expelled two Pakistani diplomats.']] },
    { case: 'not two verbs of one object', text: 'India signed and ratified the treaty.', expect: [['action', 'india', 'signed and ratified the treaty.']] },
    { case: 'not a verb that is the first one’s object', text: 'India agreed to meet and discuss the border.', expect: [['action', 'india', 'agreed to meet and discuss the border.']] },
    { case: 'not the verbs of another side’s clause', text: 'India said that Pakistan had shelled the post and wounded two soldiers.', expect: [['reported', 'india', 'said that Pakistan had shelled the post and wounded two soldiers.']] },
    { case: 'not the verbs of a relative clause', text: 'India thanked the envoys, who arrived on Monday and praised the truce.', expect: [['reported', 'india', 'thanked the envoys, who arrived on Monday and praised the truce.']] },
  ])('$case', ({ text, expect: expected }) => {
    expect(rows(text)).toEqual(expected);
  });

  it('dates each act of a predicate by its own words first, then by the first verb ("arrived … on Thursday, and pledged")', () => {
    const dated = (text: string) => extractStatements({ text, publishedAt: '2025-05-11' }, { actors: actorsWithIndia }).map((s) => s.time.date);
    expect(dated('Lee arrived in Panmunjom on Thursday, a year after the talks broke down, and pledged that aid would keep flowing.')).toEqual(['2025-05-08', '2025-05-08']);
    expect(dated('Lee arrived in Panmunjom on Thursday and met Kim Jong Un on Friday.')).toEqual(['2025-05-08', '2025-05-09']);
  });

  it('finds the actor behind the nouns it acts through ("U.S. officials said"), and no actor behind other nouns', () => {
    const registry = defineActors([
      { id: 'united-states', name: 'United States', aliases: ['U.S.'], kind: 'state' },
      { id: 'pakistan', name: 'Pakistan', aliases: ['Pakistani'], kind: 'state' },
      { id: 'china', name: 'China', aliases: ['Chinese'], kind: 'state' },
      { id: 'india', name: 'India', kind: 'state' },
    ]);
    const run = (text: string) => extractStatements({ text, publishedAt: '2025-04-24' }, { actors: registry }).map((s) => [s.kind, s.actor, s.text]);
    expect(run('U.S. officials said the talks would resume.')).toEqual([['reported', 'united-states', 'said the talks would resume.']]);
    expect(run('Pakistani military officials rejected the claim.')).toEqual([['reported', 'pakistan', 'rejected the claim.']]);
    expect(run('Pakistani officials, speaking on condition of anonymity, said the talks would resume.')).toEqual([['reported', 'pakistan', 'said the talks would resume.']]);
    // Its weapons act for it too: "Pakistani artillery killed …, India said." is Pakistan's act.
    expect(run('Pakistani artillery killed two soldiers, India said.')).toEqual([['action', 'pakistan', 'killed two soldiers']]);
    expect(run('Chinese airstrikes hit two depots.')).toEqual([['action', 'china', 'hit two depots.']]);
    expect(run('The Pakistani soldiers withdrew from the post.')).toEqual([['action', 'pakistan', 'withdrew from the post.']]);
    expect(run('Chinese army commanders said the drills would go on.')).toEqual([['reported', 'china', 'said the drills would go on.']]);
    expect(run('A Chinese fighter-bomber made unusual approaches to the patrol plane.')).toEqual([['action', 'china', 'made unusual approaches to the patrol plane.']]);
    expect(run('A Pakistani unmanned aerial vehicle crossed the line of control.')).toEqual([['action', 'pakistan', 'crossed the line of control.']]);
    expect(run('"We will not accept this at all," Chinese officials said.')).toEqual([['quote', 'china', 'We will not accept this at all']]);
    expect(run('India missile tests worried Pakistan.')).toEqual([]);
    // Common nouns joined by "and" act with the actor named first; a name may be another actor and stops it.
    expect(run('Pakistani troops and tanks took control of the crossing.')).toEqual([['action', 'pakistan', 'took control of the crossing.']]);
    expect(run('Pakistan and Kabul agreed to talk.')).toEqual([]);
    expect(run('Pakistani police closed the crossing, and Chinese coast guard vessels entered the bay.')).toEqual([
      ['action', 'pakistan', 'closed the crossing'],
      ['action', 'china', 'entered the bay.'],
    ]);
    // An agent named after its noun acts for its actor, unless the name is registered.
    expect(run('Pakistani Defence Minister Khawaja Asif said the strikes would be answered.')).toEqual([['reported', 'pakistan', 'said the strikes would be answered.']]);
    const withAsif = defineActors([...registry.list, { id: 'khawaja-asif', name: 'Khawaja Asif', kind: 'person', affiliation: 'pakistan' }]);
    expect(extractStatements({ text: 'Pakistani Defence Minister Khawaja Asif said the strikes would be answered.', publishedAt: '2025-04-24' }, { actors: withAsif }).map((s) => s.actor)).toEqual(['khawaja-asif']);
  });

  it('finds the owner after the agent it acts through and "of" or "in" ("the Government of Pakistan", "the Foreign Ministry in Islamabad"), when that phrase is a subject', () => {
    expect(rows('The Government of Pakistan strongly protested the strikes.')).toEqual([['reported', 'pakistan', 'strongly protested the strikes.']]);
    expect(rows('The Ministry of Foreign Affairs of India rejected the report.')).toEqual([['reported', 'india', 'rejected the report.']]);
    expect(rows('The Foreign Ministry in Islamabad summoned the envoy.')).toEqual([['action', 'pakistan', 'summoned the envoy.']]);
    // No agent noun before "of", or the phrase is an object: no subject.
    expect(rows('The people of Pakistan want peace.')).toEqual([]);
    expect(rows('Talks with the government of Pakistan began on Monday.')).toEqual([]);
  });

  it('finds each owner coordinated after the agent ("the foreign ministers of India and Pakistan signed"), and the owner after "from" when the agents open the phrase', () => {
    expect(rows('The foreign ministers of India and Pakistan signed the accord.')).toEqual([
      ['action', 'india', 'signed the accord.'],
      ['action', 'pakistan', 'signed the accord.'],
    ]);
    expect(rows('Officials from Pakistan attended the talks.')).toEqual([['action', 'pakistan', 'attended the talks.']]);
    // Troops leaving a place: "from" after an act names where from, not who acts.
    expect(rows('The withdrawal of troops from Pakistan began.')).toEqual([]);
  });

  describe('a subject naming two sides ("Both sides agreed", "The two leaders met")', () => {
    const pairRows = (text: string) => extractStatements({ text, publishedAt: '2025-05-11' }, { actors: actorsWithIndia }).map((s) => [s.actor, s.target, s.text]);

    it('is each of the two sides the sentence before named as a pair, aimed at the other', () => {
      expect(pairRows('Talks between India and Pakistan opened in Riyadh. Both sides agreed to extend the ceasefire.')).toEqual([
        ['india', 'pakistan', 'agreed to extend the ceasefire.'],
        ['pakistan', 'india', 'agreed to extend the ceasefire.'],
      ]);
      expect(pairRows('Talks between India and Pakistan opened in Riyadh.\n\nThe leaders of the two countries agreed to meet again.').map(([actor]) => actor)).toEqual(['india', 'pakistan']);
      expect(pairRows('Talks between India and Pakistan opened in Riyadh. After a long day, the two foreign ministers shook hands.').map(([actor]) => actor)).toEqual(['india', 'pakistan']);
      expect(pairRows('Talks between India and Pakistan opened in Riyadh. Regional commanders from both armies met on Friday.').map(([actor]) => actor)).toEqual(['india', 'pakistan']);
    });

    it('resolves through an earlier pair phrase, and to sides: an actor\'s affiliation ("Both said …")', () => {
      const text = 'President Lee and Kim Jong Un met at Panmunjom. The two leaders agreed to talk again. Both said the meeting was useful.';
      expect(extractStatements({ text, publishedAt: '2025-05-11' }, { actors }).map((s) => [s.actor, s.text])).toEqual([
        ['lee-jae-myung', 'met at Panmunjom.'],
        ['kim-jong-un', 'met at Panmunjom.'],
        ['south-korea', 'agreed to talk again.'],
        ['north-korea', 'agreed to talk again.'],
        ['south-korea', 'said the meeting was useful.'],
        ['north-korea', 'said the meeting was useful.'],
      ]);
    });

    it('is not the go-betweens the sentence before names ("talks mediated by Qatar and Turkey")', () => {
      const withMediators = defineActors([...actorsWithIndia.list, { id: 'qatar', name: 'Qatar', kind: 'state' }, { id: 'turkey', name: 'Turkey', kind: 'state' }]);
      const text = 'India and Pakistan agreed to a truce after talks mediated by Qatar and Turkey. The two sides agreed to meet again in Istanbul.';
      expect(extractStatements({ text, publishedAt: '2025-05-11' }, { actors: withMediators }).map((s) => [s.actor, s.target, s.text])).toEqual([
        ['india', 'pakistan', 'agreed to a truce after talks mediated by Qatar and Turkey.'],
        ['pakistan', 'india', 'agreed to a truce after talks mediated by Qatar and Turkey.'],
        ['india', 'pakistan', 'agreed to meet again in Istanbul.'],
        ['pakistan', 'india', 'agreed to meet again in Istanbul.'],
      ]);
    });

    it('is not the two sides of a sentence that speaks of "the two sides" as others', () => {
      const withThirdParties = defineActors([...actorsWithIndia.list, { id: 'qatar', name: 'Qatar', kind: 'state' }, { id: 'turkey', name: 'Turkey', kind: 'state' }]);
      const text = 'India and Pakistan signed a truce in Doha on Friday. Turkey praised Qatar for bringing the two sides together. Both sides agreed to meet again in May.';
      expect(extractStatements({ text, publishedAt: '2025-05-11' }, { actors: withThirdParties }).map((s) => [s.actor, s.target, s.text]).slice(-2)).toEqual([
        ['india', 'pakistan', 'agreed to meet again in May.'],
        ['pakistan', 'india', 'agreed to meet again in May.'],
      ]);
    });

    it('is no one when the sentences before name no pair, or three sides without one', () => {
      expect(pairRows('India closed its airspace. Both sides agreed to talk.')).toEqual([['india', null, 'closed its airspace.']]);
      const three = defineActors([...actorsWithIndia.list, { id: 'china', name: 'China', kind: 'state' }]);
      const text = 'India, Pakistan and China sent envoys to Riyadh. The two countries agreed to talk.';
      expect(extractStatements({ text, publishedAt: '2025-05-11' }, { actors: three }).map((s) => s.text)).toEqual(['sent envoys to Riyadh.', 'sent envoys to Riyadh.', 'sent envoys to Riyadh.']);
    });
  });

  it('what a mention after the clause\'s subject did in a relative clause is its own statement ("… by Pakistan, which accused India of …")', () => {
    const rows = (text: string) => extractStatements({ text, publishedAt: '2025-05-11' }, { actors: actorsWithIndia }).map((s) => [s.actor, s.target, s.time.date, s.text]);
    expect(rows('India rejected the remarks made on Friday by Pakistan, which accused India of funding the attackers.')).toEqual([
      ['india', 'pakistan', '2025-05-09', 'rejected the remarks made on Friday by Pakistan, which accused India of funding the attackers.'],
      ['pakistan', 'india', '2025-05-09', 'the remarks made on Friday by Pakistan'],
      ['pakistan', 'india', '2025-05-09', 'accused India of funding the attackers.'],
    ]);
  });

  it('what a noun of statements or acts names, with a participle and its agent after it, is the agent\'s statement ("the offer made on Friday by Pakistan")', () => {
    const rows = (text: string, author?: string) =>
      extractStatements({ text, publishedAt: '2025-05-11', ...(author === undefined ? {} : { author }) }, { actors: actorsWithIndia }).map((s) => [s.actor, s.time.date, s.text]);
    expect(rows('India welcomed the offer made on Friday by Pakistan to reopen the Kartarpur corridor.')).toEqual([
      ['india', '2025-05-09', 'welcomed the offer made on Friday by Pakistan to reopen the Kartarpur corridor.'],
      ['pakistan', '2025-05-09', 'the offer made on Friday by Pakistan to reopen the Kartarpur corridor.'],
    ]);
    // In an official text it leaves the author its sentence.
    expect(rows('The Government welcomes the offer made on Friday by Pakistan to reopen the Kartarpur corridor.', 'india')).toEqual([
      ['india', '2025-05-11', 'The Government welcomes the offer made on Friday by Pakistan to reopen the Kartarpur corridor.'],
      ['pakistan', '2025-05-09', 'the offer made on Friday by Pakistan to reopen the Kartarpur corridor.'],
    ]);
    // A participle after "be" is the clause's own passive: "the offer was made by Pakistan" tells of it.
    expect(rows('India said the offer was made by Pakistan.').map(([actor]) => actor)).toEqual(['india']);
  });

  it('a relative clause after a comma with a subject of its own is that subject\'s reply to the sentence\'s first subject ("…, which Islamabad denied")', () => {
    const replies = (text: string) => extractStatements({ text, publishedAt: '2025-05-11' }, { actors: actorsWithIndia }).map((s) => [s.kind, s.actor, s.target, s.text]);
    expect(replies('India accused Pakistan of backing the attackers, which Islamabad denied.')).toEqual([
      ['reported', 'india', 'pakistan', 'accused Pakistan of backing the attackers'],
      ['reported', 'pakistan', 'india', 'which Islamabad denied.'],
    ]);
    expect(replies('India accused Pakistan of backing the attackers, a charge Islamabad has rejected.')).toEqual([
      ['reported', 'india', 'pakistan', 'accused Pakistan of backing the attackers'],
      ['reported', 'pakistan', 'india', 'a charge Islamabad has rejected.'],
    ]);
    // An organisation of no side that a reply answers is its target, not a forum.
    const withUn = defineActors([...actorsWithIndia.list, { id: 'un', name: 'United Nations', aliases: ['the UN'], kind: 'organization' }]);
    const text = 'Pakistan shelled border posts, and Pakistan closed the crossing. The UN accused India of blocking aid convoys, which New Delhi denied.';
    expect(extractStatements({ text, publishedAt: '2025-05-11' }, { actors: withUn }).map((s) => [s.actor, s.target]).slice(-2)).toEqual([
      ['un', 'india'],
      ['india', 'un'],
    ]);
    // A step named by a noun of acts ("a move", "a step", "a decision") is answered the same way.
    expect(replies('India closed the border crossings, a move Islamabad condemned.')).toEqual([
      ['action', 'india', 'pakistan', 'closed the border crossings'],
      ['reported', 'pakistan', 'india', 'a move Islamabad condemned.'],
    ]);
    // A proposal or an offer answered the same way: "a proposal Kyiv turned down", "an offer Islamabad has ignored".
    expect(replies('India proposed joint patrols, an offer Islamabad has so far ignored.')).toEqual([
      ['reported', 'india', 'pakistan', 'proposed joint patrols'],
      ['action', 'pakistan', 'india', 'an offer Islamabad has so far ignored.'],
    ]);
    // Not a noun of no claim, nor one without a comma.
    expect(replies('India closed the border, a route Pakistan uses.').map(([, actor]) => actor)).toEqual(['india']);
    expect(replies('India rejected the charges Pakistan made.').map(([, actor]) => actor)).toEqual(['india']);
  });

  it('a subject in what a claim says or a demand asks acts in no statement ("the allegation that India supports the rebels")', () => {
    expect(rows('The ministry rejected the false allegation that India supports the rebels.')).toEqual([]);
    expect(rows('Lawmakers passed a motion demanding that all Indian troops leave the area.')).toEqual([]);
    expect(rows('Lawmakers asked the council to ensure that India withdraws its troops.')).toEqual([]);
    // "insisted that" claims: India's firing is what the envoy says, not India's act.
    expect(rows('The envoy insisted that India had fired first.')).toEqual([]);
    expect(rows('The envoy said that India had fired first.').map(([, actor]) => actor)).toEqual(['india']);
  });

  it('a name registered without its article is an object after a verb or preposition, as one with none is ("called on the United States to pressure …")', () => {
    const withUs = defineActors([...actorsWithIndia.list, { id: 'united-states', name: 'United States', aliases: ['Washington'], kind: 'state' }]);
    const rowsOf = (text: string) => extractStatements({ text, publishedAt: '2025-05-11' }, { actors: withUs }).map((s) => [s.actor, s.text]);
    expect(rowsOf('The statement called on the United States to pressure Pakistan.')).toEqual([]);
    expect(rowsOf('The statement called on Washington to pressure Pakistan.')).toEqual([]);
    expect(rowsOf('Officials said the United States had sent envoys.')).toEqual([['united-states', 'had sent envoys.']]);
  });

  it('finds the owner behind the capitalised name of an office ("Pakistan\'s Foreign Office rejected"), unless that name is registered', () => {
    const rowsOf = (text: string, registry = actorsWithIndia) => extractStatements({ text, publishedAt: '2025-05-11' }, { actors: registry }).map((s) => [s.kind, s.actor, s.text]);
    expect(rowsOf("Pakistan's Foreign Office rejected the claim as baseless.")).toEqual([['reported', 'pakistan', 'rejected the claim as baseless.']]);
    expect(rowsOf("India's National Security Council said the treaty was suspended.")).toEqual([['reported', 'india', 'said the treaty was suspended.']]);
    expect(rowsOf("Pakistan's army-led government said the treaty was still in force.")).toEqual([['reported', 'pakistan', 'said the treaty was still in force.']]);
    expect(rowsOf("Pakistan's National Security Committee said the water was a red line.")).toEqual([['reported', 'pakistan', 'said the water was a red line.']]);
    expect(rowsOf("Pakistan's Ministry of Foreign Affairs said on Monday that talks were possible.")).toEqual([['reported', 'pakistan', 'said on Monday that talks were possible.']]);
    const withMinistry = defineActors([...actorsWithIndia.list, { id: 'pakistan-foreign-office', name: 'Foreign Office', kind: 'organization', affiliation: 'pakistan' }]);
    expect(rowsOf("Pakistan's Foreign Office rejected the claim as baseless.", withMinistry)).toEqual([['reported', 'pakistan-foreign-office', 'rejected the claim as baseless.']]);
    expect(rowsOf("India's Kashmir Policy angered Pakistan.")).toEqual([]);
    // A name owned by another is part of the office's name, not an owner acting through it.
    expect(rowsOf("Pakistan's India Affairs Office accused New Delhi of lying.")).toEqual([]);
  });

  it('takes no target from the source of a closing attribution', () => {
    const [launch] = extractStatements({ text: "North Korea fired two missiles into the sea on Monday, the South's military said.", publishedAt: '2025-03-12' }, { actors });
    // The source names no target; South Korea is the act's target only as the document's other side.
    expect([launch?.actor, launch?.target, launch?.targetBasis, launch?.text]).toEqual(['north-korea', 'south-korea', 'document', 'fired two missiles into the sea on Monday']);
  });

  it('a quotation after a line break is not attributed to the next paragraph’s speaker', () => {
    const text = '"We are ready to talk at any time," Lee said. "We will wait for an answer from the North."\nPyongyang said nothing more about it.';
    expect(rows(text).map(([kind, actor]) => [kind, actor])).toEqual([
      ['quote', 'lee-jae-myung'],
      ['quote', 'lee-jae-myung'],
      ['reported', 'north-korea'],
    ]);
  });
});
