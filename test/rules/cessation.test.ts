import { describe, expect, it } from 'vitest';
import { createScorer, defaultLexicon, loadLexicon, type Scorer } from '../../src/index.js';
import { defaultScorer, hitRows } from '../helpers.js';

const rows = (text: string, with_: Scorer = defaultScorer()) => with_.score(text).hits.map((h) => [h.entry, Math.sign(h.contribution), h.modifiers]);

describe('cessation', () => {
  it('asking one other side to stop its act keeps the act a confrontation hit, and the appeal counts 0', () => {
    expect(rows('We call on China to cease its aggressive actions.')).toEqual([
      ['call on', 0, ['demand']],
      ['aggressive', -1, ['negation:cease', 'cessation:call on']],
    ]);
    expect(rows('Japan demanded that Seoul stop the drills.')).toEqual([
      ['demand', -1, []],
      ['drill', -1, ['negation:stop', 'cessation:demanded']],
    ]);
    expect(defaultScorer().score('Moscow urged Kyiv to stop shelling the plant.').label).toBe('confrontation');
  });

  it('a stop coordinated with an asked-for stop is asked for too ("to stop the arrests and to refrain from …")', () => {
    const hits = defaultScorer().score('We call on Pristina to stop the arrests and to refrain from further raids.').hits;
    expect(hits.map((h) => [h.entry, Math.sign(h.contribution), h.modifiers.at(-1)])).toEqual([
      ['call on', 0, 'demand'],
      ['arrest', -1, 'cessation:call on'],
      ['raid', -1, 'cessation:call on'],
    ]);
  });

  it('a stop coordinated with an asked-for undoing, a quotation opening between, is asked for too', () => {
    expect(rows('Gil called on the United States to withdraw its ships and to "cease its threats".')).toEqual([
      ['call on', 0, ['demand']],
      ['threat', -1, ['negation:cease', 'cessation:called on']],
    ]);
  });

  it('asking one other side to reverse its act keeps the act a confrontation hit ("called on Washington to reverse its tariffs")', () => {
    expect(rows('The EU called on Washington to reverse its tariffs.')).toEqual([
      ['call on', 0, ['demand']],
      ['tariff', -1, ['negation:reverse', 'cessation:called on']],
    ]);
    expect(rows('Washington reversed its tariffs on Canada.')).toEqual([['tariff', 1, ['negation:reversed']]]);
  });

  it('a verb of `askers` naming one other side before "to" + a stop asks for it too ("asked Russia to stop the shelling")', () => {
    expect(rows('We asked Russia to stop the shelling.')).toEqual([['ask', -1, ['demand:stop']], ['shelling', -1, ['negation:stop', 'cessation:asked']]]);
    expect(rows("We are asking Minsk to stop holding our drivers' trucks hostage.")).toEqual([['ask', -1, ['demand:stop']], ['hostage', -1, ['negation:stop', 'cessation:asking']]]);
    // Several sides, or a question rather than a request, flip as any negation does.
    expect(rows('The envoy asked both sides to stop the fighting.').at(-1)).toEqual(['fighting', 1, ['negation:stop']]);
    expect(rows('Asked whether Russia would stop the shelling, he said nothing.')).toEqual([['shelling', 1, ['negation:stop']]]);
    const { askers: _off, ...cessations } = defaultLexicon.params.cessations ?? { negators: [], categories: [], modals: [], mutual: [], note: '-' };
    const without = createScorer({ lexicons: [loadLexicon({ ...defaultLexicon, params: { ...defaultLexicon.params, cessations } })] });
    expect(rows('We asked Russia to stop the shelling.', without)).toEqual([['shelling', 1, ['negation:stop']]]);
  });

  it('an undoing a verb of `askers` asks of one other side is that side\'s act to do, and counts 0 ("asked Russia to withdraw its troops")', () => {
    expect(rows('We asked Russia to withdraw its troops from the border.')).toEqual([['ask', -1, ['demand:withdraw']], ['withdraw troops', 0, ['demanded:asked']]]);
    expect(rows('The envoy asked both sides to withdraw their troops.').at(-1)).toEqual(['withdraw troops', 1, []]);
    // "tell" asks the same way: "told the Southern Transitional Council to withdraw its forces".
    expect(rows('Riyadh told the council to withdraw its forces from Hadramawt.')).toEqual([['tell', -1, ['demand:withdraw']], ['withdraw forces', 0, ['demanded:told']]]);
  });

  it('the asker is itself a demand (`askerWeight`), unless negated or telling rather than asking ("told them that … was ready to stop")', () => {
    expect(defaultScorer().score('The Maldives has asked India to withdraw its military personnel by March 15.').label).toBe('confrontation');
    expect(rows('The Maldives has not asked India to withdraw its military personnel.').map(([entry]) => entry)).not.toContain('ask');
    expect(rows('Serbian officials told the envoys that Belgrade was ready to stop blocking the bid.').map(([entry]) => entry)).not.toContain('tell');
  });

  it('an asker of `expectations` demands whatever it asks one other side to do ("expects the United States to respect the sovereignty")', () => {
    expect(rows('The Danish Government expects the United States to respect the sovereignty of the Kingdom.')).toEqual([['expect', -1, ['demand:respect']], ['respect', 0, ['demanded:expects']]]);
    // Asked of several sides it stays an appeal; "is expected to" names no side and asks nothing.
    expect(rows('We expect both parties to respect the ceasefire.').map(([entry]) => entry)).not.toContain('expect');
    expect(rows('The two sides are expected to respect the ceasefire.').map(([entry]) => entry)).not.toContain('expect');
    // Without it, "expect" demands only an undoing.
    const { expectations: _off, ...cessations } = defaultLexicon.params.cessations ?? { negators: [], categories: [], modals: [], mutual: [], note: '-' };
    const without = createScorer({ lexicons: [loadLexicon({ ...defaultLexicon, params: { ...defaultLexicon.params, cessations } })] });
    expect(rows('The Danish Government expects the United States to respect the sovereignty of the Kingdom.', without)).toEqual([['respect', 1, []]]);
  });

  it('a demand\'s "that" clause in the subjunctive is all asked of the other side ("demanding that Beijing withdraw its vessels and pay compensation"); one in another tense is a claim', () => {
    const score = (text: string) => hitRows(text, defaultScorer());
    expect(score('She handed the ambassador a note demanding that Beijing withdraw its vessels from the area and pay compensation for the boat.')).toEqual([
      ['demanding', -1.4, []],
      ['pay compensation', 0, ['demanded:demanding']],
    ]);
    expect(score('He demanded that they be handed over.')).toEqual([
      ['demanded', -1.4, []],
      ['handed over', 0, ['demanded:demanded']],
    ]);
    // The claim keeps its hits; the insisting asserts it (see `assertion`).
    expect(score('He insisted that dialogue was the only way.')).toEqual([
      ['insisted', 0, ['asserted']],
      ['dialogue', 1.6, []],
    ]);
  });

  it('what a demand asks of another side is not the speaker\'s act and counts 0 ("demanded that Tokyo hand over the crew")', () => {
    expect(rows('Beijing demanded that Tokyo hand over the crew.')).toEqual([
      ['demand', -1, []],
      ['hand over', 0, ['demanded:demanded']],
    ]);
    expect(rows('The junta issued an ultimatum to the rebels to lay down their arms.')).toEqual([
      ['ultimatum', -1, []],
      ['lay down their arm', 0, ['demanded:ultimatum']],
    ]);
    expect(rows('The EU put pressure on Moscow to accept a ceasefire.').map(([entry, sign]) => [entry, sign])).toEqual([
      ['put pressure on', -1],
      ['accept', 0],
      ['ceasefire*', 0],
    ]);
    expect(defaultScorer().score('Islamabad gave Kabul 30 days to hand over the wanted men.').label).toBe('confrontation');
    // Adjectives joined by "and" stay inside what is asked: "demands the immediate and unconditional withdrawal".
    expect(rows('It demands the immediate and unconditional withdrawal of the foreign forces.')).toEqual([
      ['demand', -1, []],
      ['withdrawal of forces', 0, ['demanded:demands']],
    ]);

  });

  it("the speaker's own act beside a demand, a statement after 'that' and a refused demand's object still count", () => {
    expect(rows('Seoul demanded an apology and offered talks.').slice(1)).toEqual([
      ['offer', 1, []],
      ['talk', 1, []],
    ]);
    expect(rows('Seoul demanded an apology while offering talks.').at(-1)).toEqual(['talk', 1, []]);
    expect(rows('Seoul insisted that dialogue was the only way.').at(-1)).toEqual(['dialogue', 1, []]);
    expect(rows('Seoul insisted it remained committed to dialogue.').at(-1)).toEqual(['dialogue', 1, []]);
    const { categories: _all, ...rest } = defaultLexicon.params.cessations ?? { negators: [], categories: [], modals: [], mutual: [], note: '-' };
    const without = createScorer({ lexicons: [loadLexicon({ ...defaultLexicon, params: { ...defaultLexicon.params, cessations: { ...rest, categories: ['appeal'] } } })] });
    expect(rows('Beijing demanded that Tokyo hand over the crew.', without).at(-1)).toEqual(['hand over', 1, []]);
  });

  it('a modal whose subject is another side asks for the stop too ("the Philippines should stop provocations")', () => {
    expect(rows('The Philippines should stop provocations.')).toEqual([['provocat*', -1, ['negation:stop', 'cessation:should']]]);
    expect(rows('The rebels must withdraw from the towns they seized.')).toEqual([['seize', -1, ['negation:withdraw from', 'cessation:must']]]);
  });

  it('asking anyone to stop an act a name owns names that side\'s act ("asked the Security Council to stop Thailand\'s aggression")', () => {
    expect(rows('Phnom Penh asked the Security Council to "stop Thailand\'s aggression".')).toEqual([['aggression', -1, ['negation:stop', "cessation:thailand's"]]]);
    expect(rows("The ministry called for an end to Russia's aggression.")).toEqual([
      ['call for', 0, ['demand']],
      ['aggression', -1, ['negation:end to', "cessation:russia's"]],
    ]);
    // A stop that happened, asked by no one, is a reversal.
    expect(rows("Kyiv welcomed the end of Russia's blockade.").at(-1)).toEqual(['blockad*', 1, ['negation:end of']]);
  });

  it("a call on several sides or on none, and the speaker's own resolve, flip as any negation does", () => {
    expect(rows('The UN urged both sides to cease hostilities.')).toEqual([
      ['urge both sides', 1, []],
      ['hostilities', 1, ['negation:cease']],
    ]);
    expect(rows('We urge Addis Ababa and Cairo to cease hostilities.')).toEqual([
      ['urge', 1, []],
      ['hostilities', 1, ['negation:cease']],
    ]);
    expect(rows('Malaysia urged them to cease hostilities.').at(-1)).toEqual(['hostilities', 1, ['negation:cease']]);
    expect(rows('The AU urged both sides on Thursday to cease hostile rhetoric.').at(-1)).toEqual(['hostile', 1, ['negation:cease']]);
    expect(rows('The EU called for an immediate halt to hostilities.')).toEqual([
      ['call for', 1, []],
      ['hostilities', 1, ['negation:halt']],
    ]);
    expect(rows('We should halt the strikes.')).toEqual([['strikes', 1, ['negation:halt']]]);
  });

  it('a demand on no side still asks whoever does the act to stop it ("demanded an end to the embargo"); on several sides it stays a call to de-escalate', () => {
    expect(rows('Havana demanded an end to the embargo.')).toEqual([
      ['demand', -1, []],
      ['embargo', -1, ['negation:end to', 'cessation:demanded']],
    ]);
    expect(rows('Pretoria demands an immediate end to the bombardment.').at(-1)).toEqual(['bombard*', -1, ['negation:end to', 'cessation:demands']]);
    expect(rows('The envoy demanded that both sides stop the shelling.').at(-1)).toEqual(['shelling', 1, ['negation:stop']]);
  });

  it('a stop no one asks for is a reversal as before ("North Korea stopped its provocations")', () => {
    expect(rows('North Korea stopped its provocations.')).toEqual([['provocat*', 1, ['negation:stopped']]]);
  });

  it('asking one other side to undo its act makes the appeal a demand, and the act asked for is not the speaker\'s', () => {
    expect(rows('We urge the Japanese Government to withdraw the claim immediately.')).toEqual([['urge', -1, ['demand:withdraw']]]);
    // The hint "reconsider its" (a negator with a hit of its own when alone) is Thailand's act asked for here, of either pole.
    expect(rows('We call on Thailand to reconsider its decision.')).toEqual([
      ['call on', -1, ['demand:reconsider']],
      ['reconsider =its', 0, ['demanded:call on']],
    ]);
    expect(rows('We call on the Government of Eritrea to withdraw its forces from Ethiopian territory.')).toEqual([
      ['call on', -1, ['demand:withdraw']],
      ['withdraw forces', 0, ['demanded:call on']],
    ]);
    expect(defaultScorer().score('Lazaro urged Beijing to withdraw the ship.').label).toBe('confrontation');
    expect(rows('We urge the Lithuanian side to correct its mistake without delay.')[0]).toEqual(['urge', -1, ['demand:correct']]);
    // A stop asked for where the act to stop has no entry is a demand all the same.
    expect(rows('Dhaka called on India to stop the practice.')).toEqual([['call on', -1, ['demand:stop']]]);
    expect(rows('He urged Hanoi to stop its fishermen from entering Chinese waters.')[0]).toEqual(['urge', -1, ['demand:stop']]);
  });

  it('an undoing asked of several sides, or not right after "to", stays an appeal', () => {
    expect(rows('The UN urged both sides to withdraw their forces.')).toEqual([
      ['urge both sides', 1, []],
      ['withdraw forces', 1, []],
    ]);
    expect(rows('Seoul urged Pyongyang to resume talks, and Tokyo withdrew its ambassador.')[0]).toEqual(['urge', 1, []]);
    expect(rows('We urge Japan to withdraw.')).toEqual([['urge', -1, ['demand:withdraw']]]);
  });

  it('an appeal for a release is a demand on whoever holds the people, named or not', () => {
    expect(rows('The ministry called for the release of jailed activists.')).toEqual([
      ['call for', 0, ['demand']],
      ['=jailed', -1, ['negation:release', 'cessation:called for']],
    ]);
    expect(rows('France called for his immediate release.')).toEqual([['call for', -1, ['demand:release']]]);
    expect(rows('Ottawa urged the kingdom to free jailed activists.')).toEqual([
      ['urge', 0, ['demand']],
      ['=jailed', -1, ['negation:to free', 'cessation:urged']],
    ]);
    expect(defaultScorer().score('The minister welcomed the release of the detained journalists.').label).toBe('engagement');
    expect(defaultScorer().score('The UN urged both sides to release all prisoners.').label).toBe('engagement');
  });

  it('an appeal for a withdrawal is a demand on whoever holds the ground ("renews its call for the full withdrawal of Israeli forces")', () => {
    expect(rows('Cairo renews its call for the full withdrawal of Israeli forces from the Gaza Strip.')).toEqual([
      ['call for', -1, ['demand:withdrawal']],
      ['withdrawal of forces', 0, ['demanded:call for']],
    ]);
    expect(defaultScorer().score('Cairo welcomed the withdrawal of Israeli forces from the crossing.').label).toBe('engagement');
  });

  it('what a demand asks for in coordinated infinitives after its first act is asked of the same side and counts 0', () => {
    expect(rows('The Kingdom calls on Canada to correct its error and to respect the sovereignty of states.')).toEqual([
      ['call on', -1, ['demand:correct']],
      ['respect', 0, ['demanded:calls on']],
    ]);
    expect(rows('We call on the Hungarian side to refrain from unfriendly steps and to lift its objections.')).toEqual([
      ['call on', 0, ['demand']],
      ['unfriendly', -1, ['negation:refrain from', 'cessation:call on']],
      ['objection', 0, ['negation:lift', 'demanded:call on']],
    ]);
    expect(rows('We call on Canada to correct its error; we are ready to resume dialogue.').at(-1)).toEqual(['resume dialogue', 1, []]);
    expect(rows('We urge the North to stop actions that heighten tension and to respond to our offer of dialogue.').slice(-2)).toEqual([
      ['offer', 1, []],
      ['dialogue', 1, []],
    ]);
    expect(defaultScorer().score('The African Union urged the two countries to exercise restraint and to settle the incident through dialogue.').hits.every((h) => h.contribution > 0)).toBe(true);
  });

  it('reads no release as a demand without params.cessations.releases', () => {
    const { releases: _off, ...cessations } = defaultLexicon.params.cessations ?? { negators: [], categories: [], modals: [], mutual: [], note: '-' };
    const without = createScorer({ lexicons: [loadLexicon({ ...defaultLexicon, params: { ...defaultLexicon.params, cessations } })] });
    expect(rows('France called for his immediate release.', without)).toEqual([['call for', 1, []]]);
  });

  it('reads no undoing without params.cessations.retractions', () => {
    const { retractions: _off, ...cessations } = defaultLexicon.params.cessations ?? { negators: [], categories: [], modals: [], mutual: [], note: '-' };
    const without = createScorer({ lexicons: [loadLexicon({ ...defaultLexicon, params: { ...defaultLexicon.params, cessations } })] });
    expect(rows('We urge the Japanese Government to withdraw the claim immediately.', without)).toEqual([['urge', 1, []]]);
  });

  it('is off without params.cessations', () => {
    const { cessations: _off, ...params } = defaultLexicon.params;
    const without = createScorer({ lexicons: [loadLexicon({ ...defaultLexicon, params })] });
    expect(rows('We call on China to cease its aggressive actions.', without)).toEqual([
      ['call on', 1, []],
      ['aggressive', 1, ['negation:cease']],
    ]);
  });
});
