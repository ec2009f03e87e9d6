import { describe, expect, it } from 'vitest';
import { contributions, defaultScorer, hitRows as hits, miniLexicon, miniScorer, round } from '../helpers.js';

const but = miniLexicon.modifiers.contrast.find((c) => c.term === 'but')!;
const until = () => miniLexicon.modifiers.contrast.find((c) => c.term === 'until')!;

describe('contrast', () => {
  it('counts the clause after "but" more and the clause before it less', () => {
    expect(contributions('We want peace, but we will retaliate.')).toEqual([
      ['peace', round(1.5 * but.before)],
      ['retaliate', round(-2 * but.after)],
    ]);
    expect(miniScorer().score('We want peace, but we will retaliate.').label).toBe('confrontation');
  });

  it('a marker with `opens` counts only where it opens a clause ("…, yet we want dialogue", not "the largest attack yet")', () => {
    expect(hits('They condemn the attack, yet they want dialogue.').map(([text, , modifiers]) => [text, modifiers])).toEqual([
      ['condemn', ['contrast-before:yet']],
      ['attack', ['contrast-before:yet']],
      ['dialogue', ['contrast-after:yet']],
    ]);
    expect(hits('It was the largest attack yet on the town, and they want dialogue.').map(([text, , modifiers]) => [text, modifiers])).toEqual([
      ['attack', []],
      ['dialogue', []],
    ]);
  });

  it('the same words in the other order lean the other way', () => {
    expect(miniScorer().score('We will retaliate, but we want peace.').score).toBeGreaterThan(
      miniScorer().score('We want peace, but we will retaliate.').score,
    );
  });

  it('a marker opening a sentence lowers the previous sentence', () => {
    const hits = miniScorer().score('We want dialogue. However, we will retaliate.').hits;
    expect(hits.map((h) => h.modifiers)).toEqual([['contrast-before:however'], ['contrast-after:however']]);
  });

  it('"rather than" sets aside what follows', () => {
    expect(miniScorer().score('They chose dialogue rather than escalation.').label).toBe('engagement');
  });

  it('"despite" before a name\'s possessive or a noun phrase sets that other\'s act aside (owned), before a clause or a pronoun\'s act only lessens it (to `opposed` against the rest)', () => {
    const despite = miniLexicon.modifiers.contrast.find((c) => c.term === 'despite')!;
    expect(despite.owned).toBe(0);
    const owned = miniScorer().score("We want dialogue despite Pyongyang's attack.").hits;
    expect(owned.map((h) => [h.text, h.contribution, h.modifiers])).toEqual([
      ['dialogue', 2 * despite.before, []],
      ['attack', 0, ['contrast-owned:despite']],
    ]);
    expect(contributions("Despite the North's attack, we want dialogue.")).toEqual([
      ['attack', 0],
      ['dialogue', 2],
    ]);
    expect(contributions('We want dialogue despite the attack.')[1]).toEqual(['attack', 0]);
    expect(despite.opposed).toBe(0.1);
    expect(contributions('We want dialogue despite having been attacked.')[1]).toEqual(['attack', round(-3 * despite.opposed!)]);
    expect(contributions('We want dialogue despite their attack.')[1]).toEqual(['attack', round(-3 * despite.opposed!)]);
    expect(contributions('We will retaliate despite their attack.')[1]).toEqual(['attack', round(-3 * despite.after)]);
  });

  it('a clause-bounded marker ("despite") stops at the next comma', () => {
    const despite = miniLexicon.modifiers.contrast.find((c) => c.term === 'despite')!;
    expect(contributions('Despite their attack, we will retaliate.')).toEqual([
      ['attack', round(-3 * despite.after)],
      ['retaliate', -2],
    ]);
    expect(contributions('We will retaliate despite their attack.')).toEqual([
      ['retaliate', round(-2 * despite.before)],
      ['attack', round(-3 * despite.after)],
    ]);
  });

  it('"after" marks background: its clause counts less, the act before it keeps its weight and lists no contrast', () => {
    const after = miniLexicon.modifiers.contrast.find((c) => c.term === 'after')!;
    expect(contributions('They will retaliate after the attack.')).toEqual([
      ['retaliate', -2],
      ['attack', round(-3 * after.after)],
    ]);
    expect(miniScorer().score('They will retaliate after the attack.').hits.map((h) => h.modifiers)).toEqual([[], ['contrast-after:after']]);
    // The act outweighs its background, where a plain sequence leans the other way.
    expect(miniScorer().score('They agreed to dialogue after the attack.').score).toBeGreaterThan(0);
    expect(miniScorer().score('They agreed to dialogue and then the attack came.').score).toBeLessThan(0);
  });

  it('a relative clause in the past perfect is background ("the proposal that had ended in an attack"), up to a conjunction that opens a new predicate', () => {
    const had = miniLexicon.modifiers.contrast.find((c) => c.term === 'that had')!;
    const text = 'They mentioned the proposal that had ended in an attack and called for dialogue.';
    // The attack stands against the rest (proposal, dialogue): a tenth (`opposed`), as after "after".
    expect(had.opposed).toBe(0.1);
    expect(contributions(text)).toEqual([
      ['proposal', 1],
      ['attack', round(-3 * had.opposed!)],
      ['dialogue', 2],
    ]);
    expect(miniScorer().score(text).hits.map((h) => h.modifiers)).toEqual([[], ['contrast-opposed:that had'], []]);
    expect(contributions('They rejected the proposal that had ended in an attack and threatened retaliation.')[1]).toEqual(['attack', round(-3 * had.after)]);
  });

  it('the "but" of "all but" (almost) is no contrast marker and opens no clause ("levies that had all but shut the winemakers out")', () => {
    expect(hits('Beijing ended levies that had all but shut Australian winemakers out of their biggest market.', defaultScorer()).map(([text, , modifiers]) => [text, modifiers])).toEqual([
      ['levies', ['negation:ended']],
      ['shut', ['contrast-opposed:that had']],
    ]);
    expect(hits('Oslo renewed the fisheries deal and kept Russian trawlers barred from all but three Norwegian ports.', defaultScorer()).map(([, , modifiers]) => modifiers)).toEqual([[], []]);
  });

  it('"until" sets aside the condition that follows it, to the end of its clause ("the ban stays until a ceasefire")', () => {
    const until = miniLexicon.modifiers.contrast.find((c) => c.term === 'until')!;
    // The rest of the sentence leans neither way (sanction −2, talk +2): the condition keeps `after`.
    expect(contributions('They will sanction the regime until it agrees to dialogue, then talk and talk.')).toEqual([
      ['sanction', -2],
      ['dialogue', round(2 * until.after)],
      ['talk', 1],
      ['talk', 1],
    ]);
    expect(miniScorer().score('They will sanction the regime until it agrees to dialogue.').label).toBe('confrontation');
  });

  it('"until" before a condition of the pole opposite to the rest of the sentence counts it for nothing (`opposed`)', () => {
    expect(until().opposed).toBe(0);
    expect(hits('They will sanction the regime until it agrees to dialogue, then talk.')).toEqual([
      ['sanction', -2, []],
      ['dialogue', 0, ['contrast-opposed:until']],
      ['talk', 1, []],
    ]);
    // A condition on the rest's own side keeps `after`: "would stay involved until a peace deal".
    expect(hits('They will talk until the dialogue succeeds.')).toEqual([
      ['talk', 1, []],
      ['dialogue', round(2 * until().after), ['contrast-after:until']],
    ]);
    // With the marker opening the sentence, the rest is the clause after its comma.
    expect(hits('Until there is dialogue, they will sanction the regime.')).toEqual([
      ['dialogue', 0, ['contrast-opposed:until']],
      ['sanction', -2, []],
    ]);
  });

  it('harm in an "after" clause that stands against the rest counts a tenth (`opposed`), an act on the rest\'s side half', () => {
    const after = miniLexicon.modifiers.contrast.find((c) => c.term === 'after')!;
    expect(after.opposed).toBe(0.1);
    expect(hits('After a week of attacks, the two armies agreed to dialogue.')).toEqual([
      ['attacks', expect.closeTo(-3 * 0.1, 9), ['contrast-opposed:after']],
      ['dialogue', 2, []],
    ]);
    expect(hits('They will talk after the dialogue succeeds.')).toEqual([
      ['talk', 1, []],
      ['dialogue', round(2 * after.after), ['contrast-after:after']],
    ]);
  });

  it('in the default lexicon, harm conceded after "although" or "despite" against the rest of the sentence counts a tenth', () => {
    const rows = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, h.modifiers]);
    const although = 'Although the power line had been cut twice by drone strikes, engineers from both countries restored full supply to the town.';
    expect(rows(although)).toContainEqual(['drone strike', ['contrast-opposed:although']]);
    expect(rows(although)).toContainEqual(['restore supply', []]);
    expect(defaultScorer().score(although).label).toBe('engagement');
    const despite = 'Despite shelling that damaged the dam last week, the two sides agreed to let engineers repair it.';
    expect(rows(despite)).toContainEqual(['shelling', ['contrast-opposed:despite']]);
    expect(defaultScorer().score(despite).label).toBe('engagement');
    // So does background harm after "since" or in a relative clause in the past perfect.
    expect(rows('Inspectors returned to the plant on Monday, the first visit Tehran has permitted since the strikes on its facilities.')).toContainEqual(['strike on', ['contrast-opposed:since']]);
    expect(rows('The two presidents signed a border treaty, closing a dispute that had cost dozens of lives in clashes.')).toContainEqual(['clash', ['contrast-opposed:that had']]);
    // A conceded act on the rest's side keeps half: "although talks stalled, both sides signed".
    expect(defaultScorer().score('Although the talks dragged on for months, the two sides signed an agreement.').hits.map((h) => h.modifiers)).toContainEqual(['contrast-after:although']);
  });

  it('an -ing phrase set off by commas inside an opening clause belongs to it ("Weeks after …, killing one fisherman, the two …")', () => {
    const rows = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, h.modifiers]);
    const opening = 'Weeks after a patrol boat collided with a fishing boat, killing one fisherman, the two river police forces set up a hotline.';
    expect(rows(opening)).toEqual([
      ['killing', ['contrast-opposed:after']],
      ['hotline', []],
    ]);
    expect(defaultScorer().score(opening).label).toBe('engagement');
    // After the main clause's verb the -ing phrase is the main clause's: "saying it would retaliate".
    expect(rows('Seoul suspended the talks after the attack, saying it would retaliate.')).toContainEqual(['retaliate', []]);
  });

  it('"following" is background only as the preposition: "followed" is no marker', () => {
    expect(contributions('Dialogue followed the attack.')).toEqual([
      ['dialogue', 2],
      ['attack', -3],
    ]);
  });

  it('a refusal of a future act no hit names after "but" turns the concession before it (`refusal`); one of the past turns nothing', () => {
    expect(contributions('We want peace with them, but we will not receive a single migrant.')).toEqual([['peace', round(-1.5 * but.before)]]);
    expect(miniScorer().score('We want peace with them, but we will not receive a single migrant.').hits[0]?.modifiers).toEqual(['contrast-before:but', 'contrast-refusal:but']);
    expect(miniScorer().score('We want dialogue, but no one will take our weapons.').label).toBe('confrontation');
    expect(contributions('We want peace with them, but they have not replied.')).toEqual([['peace', round(1.5 * but.before)]]);
    // A refusal the lexicon knows ("will not retaliate") is a hit after the marker: the concession keeps its pole.
    expect(contributions('We want peace with them, but we will not retaliate.')[0]).toEqual(['peace', round(1.5 * but.before)]);
  });

  it('each hit takes the nearest marker when the marker word repeats', () => {
    const hits = miniScorer().score('Peace, but attack, but dialogue.').hits;
    expect(hits.map((h) => h.modifiers)).toEqual([['contrast-before:but'], ['contrast-after:but'], ['contrast-after:but']]);
  });
});
