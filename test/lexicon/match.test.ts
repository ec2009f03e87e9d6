import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/index.js';
import { defaultScorer, miniLexicon, miniScorer } from '../helpers.js';

const found = (text: string) => miniScorer().score(text).hits.map((h) => [h.entry, h.text]);

/** What the mini lexicon with one entry of weight 1 per `pole:category:term` added as an overlay finds in a text: each hit's entry and text. */
const foundWith = (...entries: `${'engagement' | 'confrontation'}:${string}:${string}`[]) => {
  const overlay = {
    id: 'overlay',
    entries: entries.map((spec) => {
      const [pole, category, term] = spec.split(':') as ['engagement' | 'confrontation', string, string];
      return { term, pole, weight: 1, category };
    }),
  };
  const scorer = createScorer({ lexicons: [miniLexicon, overlay] });
  return (text: string) => scorer.score(text).hits.map((h) => [h.entry, h.text]);
};

describe("matchPatterns (through the scorer)", () => {
  it.each([
    { text: 'They attacked. Attacks continue.', expect: [['attack', 'attacked'], ['attack', 'Attacks']] },
    { text: 'The talks resumed; talking helps.', expect: [['talk', 'talks'], ['talk', 'talking']] },
    { text: 'It escalated into an escalation that was escalatory.', expect: [['escalat*', 'escalated'], ['escalat*', 'escalation'], ['escalat*', 'escalatory']] },
    { text: 'A threat, then threats.', expect: [['threat', 'threat']] },
    { text: 'They reduced tensions; reducing tension matters.', expect: [['reduce tension', 'reduced tensions'], ['reduce tension', 'reducing tension']] },
  ])('matches on lemmas, wildcards and exact forms: "$text"', ({ text, expect: expected }) => {
    expect(found(text)).toEqual(expected);
  });

  it('matches an -ing form that wink-nlp tags as a noun before its object by its verb ("by closing the crossings")', () => {
    const hits = (text: string) => createScorer().score(text).hits.map((h) => [h.entry, h.text]);
    expect(hits('Algiers responded by closing the crossings to goods.')).toEqual([['close the crossing', 'closing the crossings']]);
  });

  it('matches a word written `=word` only in that form (case ignored), and the other words in any form (lexicons/README.md)', () => {
    const hits = (text: string) => foundWith('confrontation:threaten:fist be =clenched')(text).map(([, matched]) => matched);
    expect(hits('His fist was clenched. Their FISTS ARE CLENCHED.')).toEqual(['fist was clenched', 'FISTS ARE CLENCHED']);
    expect(hits('His fist is clenching. The fist was clenching.')).toEqual([]);
  });

  it('matches a determiner after the first word of a term by any other, and `=its` only by itself (lexicons/README.md)', () => {
    const hits = foundWith('confrontation:coerce:close its port', 'engagement:intent-to-cooperate:at =the disposal');
    expect(hits('We will close our ports to their ships. They closed the main port. They may close every port. They closed that port.')).toEqual([
      ['close its port', 'close our ports'],
      ['close its port', 'closed the main port'],
      ['close its port', 'close every port'],
      ['close its port', 'closed that port'],
    ]);
    // "=the": experts at the disposal of the inquiry are an offer; every means at its disposal is no offer.
    expect(hits('Experts remain at the disposal of the inquiry. It will use every means at its disposal.')).toEqual([['at =the disposal', 'at the disposal']]);
    // A determiner is never skipped where the term has none: "close a port" is no "close its port".
    expect(hits('They may close a port.')).toEqual([]);
    // A number stands where a determiner does: "closed two ports" counts the ports closed.
    expect(hits('They closed two ports. They closed 12 ports.')).toEqual([
      ['close its port', 'closed two ports'],
      ['close its port', 'closed 12 ports'],
    ]);
    // So does a name or an adjective right before the noun, or a name's possessive, but not nothing.
    expect(hits("Tehran closed Iranian ports. They closed northern ports. They closed Iran's ports. They closed ports.")).toEqual([
      ['close its port', 'closed Iranian ports'],
      ['close its port', 'closed northern ports'],
      ['close its port', "closed Iran's ports"],
    ]);
  });

  it('skips "all of" or "some of" before a determiner, and an adjective joined to another by "and" or "or", as one skipped word', () => {
    const hits = foundWith('confrontation:coerce:close its port', 'engagement:intent-to-cooperate:value tie');
    expect(hits('They closed all of its ports. They closed some of their ports. They closed most of its ports. They closed all of ports.')).toEqual([
      ['close its port', 'closed all of its ports'],
      ['close its port', 'closed some of their ports'],
      ['close its port', 'closed most of its ports'],
    ]);
    expect(hits('India valued its deep and lasting ties with Dhaka. India valued its old or new ties.')).toEqual([
      ['value tie', 'valued its deep and lasting ties'],
      ['value tie', 'valued its old or new ties'],
    ]);
    // An "and" between other words ends the phrase: "valued its partners and ties" is no "value tie".
    expect(hits('India valued its partners and ties.')).toEqual([]);
  });

  it('skips an approximation before a number as part of the number ("withdrew its roughly 80 troops", "at least 60")', () => {
    const hits = foundWith('engagement:de-escalation:withdraw troop', 'engagement:yield:release prisoner');
    expect(hits('India withdrew its roughly 80 troops. Benin released at least 60 prisoners. Chad released up to 12 prisoners.')).toEqual([
      ['withdraw troop', 'withdrew its roughly 80 troops'],
      ['release prisoner', 'released at least 60 prisoners'],
      ['release prisoner', 'released up to 12 prisoners'],
    ]);
    // Only before a number: "released at least the prisoners" is no approximation.
    expect(hits('Benin released at least the prisoners.')).toEqual([]);
  });

  it("skips a noun right before a term's last word, the first noun of a compound ('reached a trade deal', 'the bargaining table')", () => {
    const hits = foundWith('engagement:agreement:reach a deal', 'engagement:consult:to the table', 'engagement:appeal:call on');
    expect(hits('They reached a trade deal. They went back to the bargaining table.')).toEqual([
      ['reach a deal', 'reached a trade deal'],
      ['to the table', 'to the bargaining table'],
    ]);
    // Only before a noun: "called an attack on the right to strike" is no "call on".
    expect(hits('The union called an attack on the right to strike.')).toEqual([['attack', 'attack']]);
    // A term without a determiner too: "suspended cobalt exports".
    expect(foundWith('confrontation:coerce:suspend export')('Kinshasa suspended cobalt exports.')).toEqual([['suspend export', 'suspended cobalt exports']]);
    // A noun that is an entry of its own is not skipped: "a round of ceasefire talks" keeps "ceasefire".
    expect(foundWith('engagement:consult:round of talk', 'engagement:de-escalation:ceasefire')('They held a new round of ceasefire talks.')).toEqual([
      ['ceasefire', 'ceasefire'],
      ['talk', 'talks'],
    ]);
  });

  it('matches a term with `pos` only where its first word has one of those parts of speech (lexicons/README.md)', () => {
    const overlay = { id: 'annex', entries: [{ term: 'annex', pole: 'confrontation' as const, weight: 1, category: 'threaten', pos: ['VERB' as const] }] };
    const scorer = createScorer({ lexicons: [miniLexicon, overlay] });
    const hits = (text: string) => scorer.score(text).hits.map((h) => h.text);
    expect(hits('Moscow threatened to annex the region. The Ohrid annex sets out the steps.')).toEqual(['annex']);
    expect(scorer.score('Moscow threatened to annex the region.').hits[0]?.span).toEqual([21, 26]);
  });

  it('prefers the longest match, so an idiom beats its parts', () => {
    expect(found('Seoul called the North its main enemy.')).toEqual([['main enemy', 'main enemy']]);
    expect(found('The enemy offered an olive branch.')).toEqual([['enemy', 'enemy'], ['olive branch', 'olive branch']]);
  });

  it('finds every occurrence of a repeated word at its own offset', () => {
    const text = 'Peace, peace and peace.';
    expect(miniScorer().score(text).hits.map((h) => h.span)).toEqual([[0, 5], [7, 12], [17, 22]]);
  });

  it('lets a stance phrase skip up to three names, adjectives, numbers, articles, possessives or a compound\'s first noun inside it, and modifier phrases none', () => {
    expect(found('Seoul called the North its main and only enemy.')).toEqual([['enemy', 'enemy']]);
    // A noun only as the first of a compound before the term's last word (see below): "the border tensions".
    expect(found('They reduced the border tensions.')).toEqual([['reduce tension', 'reduced the border tensions']]);
    expect(found('They reduced the border patrol tensions.')).toEqual([]);
    expect(found('They reduced their tensions.')).toEqual([['reduce tension', 'reduced their tensions']]);
    expect(found('They reduced all the old tensions.')).toEqual([['reduce tension', 'reduced all the old tensions']]);
    expect(found('They reduced all the old border tensions.')).toEqual([]);
    // "no" is a negator, never skipped: "reduced no tensions" is no reduction.
    expect(found('They reduced no tensions.')).toEqual([]);
    expect(found('They reduced Korean military tensions.')).toEqual([['reduce tension', 'reduced Korean military tensions']]);
    // A name's possessive marker is skipped with the name ("reduced Seoul's tensions").
    expect(found("They reduced Seoul's tensions.")).toEqual([['reduce tension', "reduced Seoul's tensions"]]);
    // …and takes nothing of the two: a name and its possessive are one word ("freeze Turkey's pre-accession funds").
    expect(found("They reduced Seoul's military tensions.")).toEqual([['reduce tension', "reduced Seoul's military tensions"]]);
    expect(found("They reduced Seoul's old military tensions.")).toEqual([['reduce tension', "reduced Seoul's old military tensions"]]);
    expect(found("They reduced Seoul's long old military tensions.")).toEqual([]);
    expect(found('They reduced the long, bitter, old tensions.')).toEqual([]);
    // wink-nlp tags "full" before an adjective as an adverb; it is skipped all the same.
    expect(found('They reduced full military tensions.')).toEqual([['reduce tension', 'reduced full military tensions']]);
    // So is "extra" ("moved an extra armoured brigade").
    expect(found('They reduced the extra military tensions.')).toEqual([['reduce tension', 'reduced the extra military tensions']]);
    // "rather than" is a contrast marker: "rather strange than" is not.
    expect(miniScorer().score('Dialogue rather strange than attack.').hits.map((h) => h.modifiers)).toEqual([[], []]);
  });

  it('lets a passive modifier phrase skip adverbs after its "be" that start no pattern ("were once again suspended"), never a negator ("were never lifted")', () => {
    const modifiers = (text: string) => miniScorer().score(text).hits.map((h) => [h.text, h.modifiers]);
    expect(modifiers('The talks were once again suspended.')).toEqual([['talks', ['negation:were once again suspended']]]);
    expect(modifiers('The sanctions were abruptly lifted.')).toEqual([['sanctions', ['negation:were abruptly lifted']]]);
    expect(modifiers('The sanctions were never lifted.')[0]).toEqual(['sanctions', []]);
  });

  it('lets a stance phrase\'s "be", "remain" or "stay" follow a modal or a perfect\'s "have" ("no troops would be sent", "flights have been suspended", "the border will stay open"), not a negation', () => {
    const stay = foundWith('engagement:yield:border stay open');
    expect(stay('Our border will stay open to them.')).toEqual([['border stay open', 'border will stay open']]);
    expect(stay('The border with Chad will stay open.')).toEqual([['border stay open', 'border with Chad will stay open']]);
    const find = foundWith('confrontation:military-posture:troop be =sent');
    expect(find('No troops would be sent to the border.')).toEqual([['troop be =sent', 'troops would be sent']]);
    expect(find('Troops have been sent to the border.')).toEqual([['troop be =sent', 'Troops have been sent']]);
    expect(find('Troops of the guard have been sent to the border.')).toEqual([['troop be =sent', 'Troops of the guard have been sent']]);
    expect(find('Troops would not be sent to the border.')).toEqual([]);
  });

  it('skips a number\'s percent sign with the number, as one word ("impose a 25% duty", "a 35 percent duty", "80.5 per cent duties")', () => {
    const hits = (text: string) => createScorer().score(text).hits.map((h) => [h.entry, h.text]);
    expect(hits('Washington will impose a 25% duty on the goods.')).toEqual([['impose duty', 'impose a 25% duty']]);
    expect(hits('Washington imposed a 35 percent duty on the goods.')).toEqual([['impose duty', 'imposed a 35 percent duty']]);
    expect(hits('Beijing imposed 80.5 per cent duties on the goods.')).toEqual([['impose duty', 'imposed 80.5 per cent duties']]);
    // Still two words at most: the article, the number and an adjective are three.
    expect(hits('Washington imposed a 35% punishing duty on the goods.').map(([entry]) => entry)).not.toContain('impose duty');
  });

  it('skips "some" as it skips an article ("reopening some checkpoints")', () => {
    const hits = (text: string) => createScorer().score(text).hits.map((h) => [h.entry, h.text]);
    expect(hits('Bangkok reopened some checkpoints on the border.')).toEqual([['reopen checkpoint', 'reopened some checkpoints']]);
  });

  it('skips "every" as it skips "all" ("shut every road crossing")', () => {
    const hits = (text: string) => createScorer().score(text).hits.map((h) => [h.entry, h.text]);
    expect(hits('Warsaw shut every road crossing on the border.').map(([, text]) => text)).toContain('shut every road crossing');
  });

  it('skips "any" as it skips "every" ("would honour any commitment")', () => {
    const hits = (text: string) => createScorer().score(text).hits.map((h) => [h.entry, h.text]);
    expect(hits('Tashkent would honour any commitment it had made.')).toEqual([['honour commitment', 'honour any commitment']]);
    // A concern that may arise is no protest ("raise any concern" is a neutral phrase).
    expect(hits('Delhi preferred to raise any concerns with Tehran directly.')).toEqual([]);
  });

  it('skips a hyphenated name as one word ("reopened the Ekok-Mfum border crossing"), still three words at most', () => {
    const hits = (text: string) => createScorer().score(text).hits.map((h) => [h.entry, h.text]);
    expect(hits('Cameroon reopened the Ekok-Mfum border crossing with Nigeria.')).toEqual([['reopen the border crossing', 'reopened the Ekok-Mfum border crossing']]);
    expect(hits('Cameroon reopened the Ekok-Mfum crossing.')).toEqual([['reopen the crossing', 'reopened the Ekok-Mfum crossing']]);
    expect(hits('Cameroon reopened the old Ekok-Mfum rail crossing.')).toEqual([['reopen the crossing', 'reopened the old Ekok-Mfum rail crossing']]);
    expect(hits('Cameroon reopened the old disused Ekok-Mfum rail crossing.').map(([entry]) => entry)).not.toContain('reopen the crossing');
  });

  it('skips a name of several words after an article or "all" as one word, and an en dash joins a name as a hyphen does', () => {
    const hits = (text: string) => createScorer().score(text).hits.map((h) => [h.entry, h.text]);
    expect(hits('Eritrea suspended all Ethiopian Airlines flights to Asmara.')).toEqual([['suspend flight', 'suspended all Ethiopian Airlines flights']]);
    expect(hits('Israel reopened the Kerem Shalom crossing on Sunday.')).toEqual([['reopen the crossing', 'reopened the Kerem Shalom crossing']]);
    expect(hits('Thailand reopened the Khlong Luek–Poipet checkpoint.')).toEqual([['reopen checkpoint', 'reopened the Khlong Luek–Poipet checkpoint']]);
    // After a number each word of the name counts: three words are too many.
    expect(hits('Mexico sent 10,000 National Guard troops north.').map(([entry]) => entry)).not.toContain('send troop');
    // Except a nationality of two words, which is one: "18 Sri Lankan fishermen".
    expect(hits('The release of 18 Sri Lankan fishermen was completed on Wednesday.')).toEqual([['release of fisherman', 'release of 18 Sri Lankan fishermen']]);
    // The name's last word is the name's, not the term's: "by the Border Security Force" is no "by force".
    expect(hits('Dhaka protested over fencing by the Border Security Force.').map(([entry]) => entry)).not.toContain('by force');
  });

  it('skips up to three words before a word of an entry, a name of several words only among the first two', () => {
    const hits = (text: string) => createScorer().score(text).hits.map((h) => [h.entry, h.text]);
    expect(hits('Police closed three Serbian-run municipal offices.')).toEqual([['close office', 'closed three Serbian-run municipal offices']]);
    expect(hits('Burundi announced the suspension of all cross-border bus services.')).toEqual([['suspension of service', 'suspension of all cross-border bus services']]);
    expect(hits('Kinshasa will sign the regional economic framework.')).toEqual([['sign framework', 'sign the regional economic framework']]);
    // A fourth word is too many, and so is a name of several words reaching the third; a one-word name may be the third.
    expect(hits('Police closed the three Serbian-run municipal offices.').map(([entry]) => entry)).not.toContain('close office');
    expect(hits('Rwanda would sign a regional North Kivu framework.').map(([entry]) => entry)).not.toContain('sign framework');
    expect(hits('Lima would release the 23 Ecuadorian fishermen held in Paita.')).toEqual([['release fisherman', 'release the 23 Ecuadorian fishermen']]);
  });

  it('lets an entry\'s "be" have adverbs after it that start no pattern ("our hand is still stretched out"), but not "never"', () => {
    const hits = (text: string) => createScorer().score(text).hits.map((h) => [h.entry, h.text]);
    expect(hits('Our hand is still stretched out to Niamey.')).toEqual([['hand be stretch out', 'hand is still stretched out']]);
    expect(hits('The crossing was quickly reopened.')).toEqual([['crossing be =reopened', 'crossing was quickly reopened']]);
    expect(hits('Our hand is never stretched out to Niamey.')).toEqual([]);
    // An adverb the phrase has is its word, not one to skip.
    expect(hits('Tehran must change course before it is too late.')).toEqual([['before it is too late', 'before it is too late']]);
  });

  it('matches a verb and its particle around an object as the verb alone, so the object stays in its scope', () => {
    const modifiers = (text: string) => miniScorer().score(text).hits.map((h) => [h.text, h.modifiers]);
    expect(modifiers('They called the planned attack off.')).toEqual([['attack', ['negation:called']]]);
    expect(modifiers('They called off the attack.')).toEqual([['attack', ['negation:called off']]]);
    expect(modifiers('They called the attack and the dialogue off.')).toEqual([['attack', []], ['dialogue', []]]);
    // A "particle" with a noun phrase of its own after it is a preposition, no particle of the verb.
    const cut = foundWith('confrontation:coerce:cut off');
    expect(cut('Russia cut the gas off on Monday.')).toEqual([['cut off', 'cut']]);
    expect(cut('The ministers opened a crossing, cutting two hours off the drive.')).toEqual([]);
    // An approximation before the object's number goes with the number ("forced at least 60 people back").
    const forced = foundWith('confrontation:coerce:force back');
    expect(forced('Guards forced at least 60 people back across the fence.')).toEqual([['force back', 'forced']]);
    // A participle before a noun of the object describes it ("handed 47 detained fishermen back").
    const rows = (text: string) => defaultScorer().score(text).hits.map((h) => [h.text, h.pole, h.negated, h.modifiers]);
    expect(rows("Libya's eastern authorities handed 47 detained Egyptian fishermen back to Cairo.")).toEqual([['detained', 'confrontation', true, ['negation:handed']]]);
  });

  it('lets a stance phrase skip a participle before a noun as it skips an adjective ("restoring scheduled flights")', () => {
    const found = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, h.text]);
    expect(found('The two governments would work towards restoring scheduled flights to the islands.')).toEqual([['restore flight', 'restoring scheduled flights']]);
  });

  it('lets a stance phrase skip an -ing form before a noun after a determiner, a possessive or a number ("close its remaining crossings"), not after anything else', () => {
    const found = (text: string) => defaultScorer().score(text).hits.map((h) => [h.entry, h.text]);
    expect(found('Warsaw will close its remaining crossings with Belarus.')).toEqual([['close the crossing', 'close its remaining crossings']]);
    expect(found('Vilnius closed the two remaining checkpoints.')).toEqual([['close checkpoint', 'closed the two remaining checkpoints']]);
    // After the verb itself the -ing form is a verb of its own: "stop sending troops" is no "stop troop".
    expect(found('They will resume sending flights.').map(([entry]) => entry)).not.toContain('resume flight');
  });

  it('lets a stance phrase whose second word is "be", "remain" or "stay" skip a prepositional phrase after its noun ("the door to talks is closed")', () => {
    const door = foundWith('confrontation:reject:door be close', 'engagement:intent-to-cooperate:door remain open');
    const hits = (text: string) => door(text).map(([, matched]) => matched);
    expect(hits('The door to talks is closed.')).toEqual(['door to talks is closed']);
    expect(hits('The door to a peace treaty with Baku remained open.')).toEqual(['door to a peace treaty with Baku remained open']);
    // A conjunction may join the phrase's nouns; "for" opens a phrase however wink-nlp tags it.
    expect(hits('The door to talks between Baku and Yerevan is closed.')).toEqual(['door to talks between Baku and Yerevan is closed']);
    expect(hits('The door for reopening the consulate is closed.')).toEqual(['door for reopening the consulate is closed']);
    // Only a phrase of prepositions and noun-phrase words, up to seven of them, and only before the predicate.
    expect(hits('The door, to be fair, is closed.')).toEqual([]);
    expect(hits('The door to the long and winding and bitter and costly talks is closed.')).toEqual(['talks']);
  });

  it('does not match across a sentence boundary', () => {
    expect(found('We want to reduce. Tension is high.')).toEqual([]);
  });

  it('matches a hyphenated phrase with or without the hyphen', () => {
    const scorer = miniScorer();
    expect(scorer.score('reduce-tension').hits).toHaveLength(1);
  });

  it("skips a noun before a term's last word that wink-nlp reads as a verb's -ing form ('opened the road crossing')", () => {
    expect(foundWith('engagement:yield:open the crossing')('They opened the Kairagach-Guliston road crossing to trucks.')).toEqual([['open the crossing', 'opened the Kairagach-Guliston road crossing']]);
    // Only the term's word as written: "the army crossing" is no "crossing" for "cross".
    expect(foundWith('engagement:yield:open the crossing')('They opened the road, crossing into Chad.')).toEqual([]);
  });
});
