import data from '../../lexicons/attribution.en.json';

/** The attribution word lists (`lexicons/attribution.en.json`) as sets for lookups. */
export interface AttributionWords {
  readonly speechVerbs: ReadonlySet<string>;
  readonly reportingVerbs: ReadonlySet<string>;
  readonly statementNouns: ReadonlySet<string>;
  /** Nouns (lemmas) through which a named actor acts: "U.S. officials said", "Pakistani troops fired". */
  readonly agentNouns: ReadonlySet<string>;
  /** Nouns that describe an organisation or group whose name or alias holds them: "the ministry", "the army" (see `compileActors`). */
  readonly descriptionHeads: ReadonlySet<string>;
  /** Nouns of an organisation's people that, after "a" or "the" and a description head, describe the organisation: "a ministry official". */
  readonly memberNouns: readonly string[];
  /** A state's demonyms by the state's name (lower case): "russia" → "Russian"; see `compileActors`. */
  readonly demonyms: ReadonlyMap<string, readonly string[]>;
  /** Nouns (lemmas) of a subject naming two sides ("the two countries", "both sides", "the two leaders"); see `pairPhrase`. */
  readonly pairNouns: ReadonlySet<string>;
  /** Verbs (lemmas) of acts done with each other: coordinated subjects are each other's targets ("India and Pakistan agreed"). */
  readonly reciprocalVerbs: ReadonlySet<string>;
  /** Lemma sequences opening a predicate that says an actor said nothing ("declined to comment"): no statement. */
  readonly noCommentPhrases: readonly (readonly string[])[];
  /** Lower-case word sequences naming a go-between right before a mention ("mediated by Qatar"): no target. */
  readonly mediatorPhrases: readonly (readonly string[])[];
  /** Lower-case word sequences naming a venue right before a mention ("a summit in Abuja", "talks in Muscat"): no target. */
  readonly venuePhrases: readonly (readonly string[])[];
  /**
   * Lower-case word sequences naming an existing agreement by its other party right before a mention ("the
   * memorandum with Somaliland", "Ethiopia's deal with"): that party names the agreement, no target.
   */
  readonly agreementPhrases: readonly (readonly string[])[];
  /** Phrases before a source's name ("according to"), as lower-case words. */
  readonly sourcePhrases: readonly (readonly string[])[];
  /**
   * Lower-case word sequences that, after a comma, open the writer's clause after a closing attribution
   * ("…, the minister said on Tuesday, days after army patrols shot dozens of cattle"): the attribution
   * ends at that comma. `trailingClauseLeads` may stand before them, as may a number ("three days after").
   */
  readonly trailingClauseOpeners: readonly (readonly string[])[];
  readonly trailingClauseLeads: ReadonlySet<string>;
  /** Pronoun → actor kinds it can refer to. */
  readonly pronouns: ReadonlyMap<string, readonly string[]>;
  /**
   * Pronouns that name an actor only as the subject of a verb of saying ("It called on Mogadishu to…", "…,"
   * it said), or as a sentence's first word before a verb in the past tense ("It scrambled jets").
   */
  readonly sayingOnlyPronouns: ReadonlySet<string>;
  /** Verbs (lemmas) whose "it" names no one: "It took three hours", "It remained unclear"; see `sayingOnlyPronouns`. */
  readonly impersonalVerbs: ReadonlySet<string>;
  /** First-person subjects that, outside quotations, name a document's author ("We call on Khartoum to…"). */
  readonly authorPronouns: ReadonlySet<string>;
  /** Speaker labels of a transcript (lower case) that mark a question from the floor ("QUESTION:", "Q:"): no statement of the author's. */
  readonly questionLabels: ReadonlySet<string>;
  /** Quotations with fewer words are scare quotes inside a sentence, not statements. */
  readonly minQuoteWords: number;
  /** A document's counterpart side is named at least this many times as often as the next side (see `documentCounterpart`). */
  readonly counterpartDominance: number;
  /** `counterpartDominance` in a document with an author: an official text addresses the side it names most. */
  readonly authorCounterpartDominance: number;
  /** A day at most this many days before publication is the story's own: it dates the document's later words that have no date (see `settle`). */
  readonly storyDays: number;
  /** Words (lower case) that tie a statement in a later sentence to the occasion the story last dated ("Speaking at the same news conference"): see `storyDays`. */
  readonly occasionWords: ReadonlySet<string>;
  /** Days before publication within which the story's last day is its event's, reaching every later statement (see `storyDays`). */
  readonly eventDays: number;
  /** Nouns (lemmas) whose "that" clause is what a claim says ("the allegation that Rwanda supports the rebels"): no act of its subject. */
  readonly contentNouns: ReadonlySet<string>;
  /**
   * Nouns (lemmas) of what an actor decides, offers or says, beside `statementNouns` and `contentNouns`,
   * which a participle with its agent after them makes that actor's act ("welcomes the offer made on
   * Thursday by SADC to send veterinary experts").
   */
  readonly actNouns: ReadonlySet<string>;
  /** Verbs (lemmas) whose "that" clause is what a demand asks ("demanding that all Ethiopian troops leave"): no act of its subject. */
  readonly directiveVerbs: ReadonlySet<string>;
  /** Verbs (lemmas) by which an actor relays another's words ("Seoul said Pyongyang rejected the offer"): the words are the other's. */
  readonly relayVerbs: ReadonlySet<string>;
  /**
   * Verbs (lemmas) whose object is what a statement is aimed at, even an organisation of no side, which
   * elsewhere is more often the forum ("accused the European Union of trying to turn Georgia into a
   * second front" is aimed at the EU); a verb with its preposition is written with it ("call on").
   */
  readonly aimVerbs: ReadonlySet<string>;
  /**
   * Titles and nouns of a state's representative ("ambassador", "high commissioner", "counterpart"): a
   * person named after one, or with one, stands for the state as a target ("summoned the Russian
   * ambassador, Pavel Demin" is aimed at Russia, "met his Greek counterpart George Gerapetritis" at Greece).
   */
  readonly representativeWords: readonly (readonly string[])[];
  /** Verbs (lemmas) that address a representative in person, not the state: in their sentence the person stays the target ("I thank Ambassador Hideo Mizuno for his tireless work"). */
  readonly personalVerbs: ReadonlySet<string>;
  /** Modal verbs: before a relayed verb they make the relaying actor's own prediction or warning ("said Pyongyang would regret it"). */
  readonly modalVerbs: ReadonlySet<string>;
}

export const attributionWords: AttributionWords = {
  speechVerbs: new Set(data.speechVerbs),
  reportingVerbs: new Set(data.reportingVerbs),
  statementNouns: new Set(data.statementNouns),
  agentNouns: new Set(data.agentNouns),
  descriptionHeads: new Set(data.descriptionHeads),
  memberNouns: data.memberNouns,
  demonyms: new Map(Object.entries(data.demonyms).map(([state, forms]) => [state.toLowerCase(), forms])),
  pairNouns: new Set(data.pairNouns),
  reciprocalVerbs: new Set(data.reciprocalVerbs),
  noCommentPhrases: data.noCommentPhrases.map((phrase) => phrase.split(' ')),
  mediatorPhrases: data.mediatorPhrases.map((phrase) => phrase.split(' ')),
  venuePhrases: data.venuePhrases.map((phrase) => phrase.split(' ')),
  agreementPhrases: data.agreementPhrases.map((phrase) => phrase.split(' ')),
  sourcePhrases: data.sourcePhrases.map((phrase) => phrase.split(' ')),
  trailingClauseOpeners: data.trailingClauseOpeners.map((phrase) => phrase.split(' ')),
  trailingClauseLeads: new Set(data.trailingClauseLeads),
  pronouns: new Map(Object.entries(data.pronouns)),
  sayingOnlyPronouns: new Set(data.sayingOnlyPronouns),
  impersonalVerbs: new Set(data.impersonalVerbs),
  authorPronouns: new Set(data.authorPronouns),
  questionLabels: new Set(data.questionLabels),
  minQuoteWords: data.minQuoteWords,
  counterpartDominance: data.counterpartDominance,
  authorCounterpartDominance: data.authorCounterpartDominance,
  storyDays: data.storyDays,
  occasionWords: new Set(data.occasionWords),
  eventDays: data.eventDays,
  contentNouns: new Set(data.contentNouns),
  actNouns: new Set(data.actNouns),
  directiveVerbs: new Set(data.directiveVerbs),
  relayVerbs: new Set(data.relayVerbs),
  modalVerbs: new Set(data.modalVerbs),
  aimVerbs: new Set(data.aimVerbs),
  representativeWords: data.representativeWords.map((words) => words.split(' ')),
  personalVerbs: new Set(data.personalVerbs),
};
