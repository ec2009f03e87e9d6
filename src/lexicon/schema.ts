import * as v from 'valibot';

/*
 * The one source of truth for the lexicon format: the TypeScript types below are inferred from these
 * schemas, and `lexicons/schema.json` is generated from them (`npm run schema`; a test checks it is current).
 */

const note = v.optional(v.pipe(v.string(), v.maxLength(2000)));

const term = v.pipe(
  v.string(),
  v.minLength(1, 'expected a non-empty term'),
  v.maxLength(120, 'expected a term of at most 120 characters'),
  v.regex(/^[^*]+\*?$/, 'expected words with at most one trailing "*" wildcard'),
  v.regex(/^\S(.*\S)?$/, 'expected no leading or trailing spaces'),
);

const positiveFactor = v.pipe(v.number(), v.finite('expected a finite number'), v.gtValue(0, 'expected a number > 0'), v.maxValue(10, 'expected a number ≤ 10'));
/** A factor that may be 0, which makes what it scales count nothing: a negator's flip factor ("denied that its soldiers had opened fire"), a contrast marker's `owned` or `opposed`. */
const factorOrZero = v.pipe(v.number(), v.finite('expected a finite number'), v.minValue(0, 'expected a number ≥ 0'), v.maxValue(10, 'expected a number ≤ 10'));
const window = v.pipe(v.number(), v.integer('expected an integer'), v.minValue(1), v.maxValue(50));
/** A key of `categories`. */
const categoryId = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'expected a kebab-case category id'));
/** A rule's verbs (lemmas) and the weight and category of the hit it adds: `params.concessions`, `params.defiance`. */
const verbRule = v.strictObject({
  verbs: v.array(v.pipe(v.string(), v.minLength(1))),
  weight: positiveFactor,
  category: categoryId,
  note: v.pipe(v.string(), v.minLength(1)),
});

/** Which end of the axis an entry points to. */
export const PoleSchema = v.picklist(['engagement', 'confrontation']);

/** How a negated hit behaves: `flip` turns it to the other pole (scaled by `params.negation`), `drop` removes it. */
/**
 * What a negation does to an entry: `flip` it to the other pole (default), `drop` it ("will not be
 * deterred" says nothing about engagement), or `keep` it, for an entry whose usual use is negated and
 * means the same then ("no one should mistake our patience for weakness" is the warning itself).
 */
export const OnNegationSchema = v.picklist(['flip', 'drop', 'keep']);

/** wink-nlp's Universal POS tags, as an entry's `pos` names them. */
const PosSchema = v.picklist(['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X']);

export const EntrySchema = v.strictObject({
  /**
   * A lemma, word or phrase; `escalat*` matches any word starting with `escalat`, and a word written
   * `=word` matches only that form, not its other inflections (`be =suspended`). After the first word,
   * "the", the possessive determiners and "every" match each other (`close its port`: "closed our ports").
   */
  term,
  pole: PoleSchema,
  /** Magnitude of the stance carried, 0 < weight ≤ 5 (guide: |Goldstein| / 2.5). */
  weight: v.pipe(v.number(), v.finite('expected a finite number'), v.gtValue(0, 'expected a number > 0'), v.maxValue(5, 'expected a number ≤ 5')),
  /** A key of `categories`. */
  category: categoryId,
  /** Match only this surface form (case-insensitive), not other inflections. */
  exact: v.optional(v.boolean()),
  /**
   * The parts of speech (wink-nlp's Universal POS tags) the term's first word may be tagged with; absent,
   * any. For a word whose other part of speech means something else: `annex` as a verb ("threatened to
   * annex"), not the annex of a treaty; `deal` as a noun, not "deal strongly with".
   */
  pos: v.optional(v.pipe(v.array(PosSchema), v.minLength(1, 'expected at least one part of speech'))),
  onNegation: v.optional(OnNegationSchema),
  note,
});

export const CategorySchema = v.strictObject({
  pole: PoleSchema,
  description: v.pipe(v.string(), v.minLength(1)),
  /** CAMEO root code (two digits) this category lines up with, if any. */
  cameo: v.optional(v.pipe(v.string(), v.regex(/^(0[1-9]|1[0-9]|20)$/, 'expected a CAMEO root code "01"…"20"'))),
  /** PLOVER event type this category lines up with, if any. */
  plover: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]+$/, 'expected an upper-case PLOVER type'))),
  /** The Goldstein value GDELT assigns to the CAMEO root, for reference. */
  goldstein: v.optional(v.pipe(v.number(), v.minValue(-10), v.maxValue(10))),
  /**
   * What a refusal does to a hit of this category: `flip` it (default: "refused to join the sanctions"
   * leans engagement) or `reject` it — drop the hit and count the refusal itself, for words that are
   * someone else's hostile speech ("dismissed their demands", "rejected the accusations") — or
   * `pass`: drop the hit and let the refusal reach on to what it asks for, for calls and demands
   * ("vetoed a draft calling for a ceasefire" refuses the ceasefire).
   */
  refused: v.optional(v.picklist(['flip', 'reject', 'pass'])),
});

const negatorSchema = v.strictObject({
  term,
  /** Which side the negator governs: what follows (default: "not attack") or what precedes it ("talks collapsed", "talks were suspended"). */
  direction: v.optional(v.picklist(['after', 'before'])),
  /**
   * The one pole whose hits the negator governs (default: both): "released the detainees" undoes a
   * detention, while "released a statement welcoming the talks" publishes one and negates nothing.
   */
  governs: v.optional(v.picklist(['engagement', 'confrontation'])),
  /** Overrides `params.negation.engagementFlip` for this negator. */
  engagementFlip: v.optional(factorOrZero),
  /**
   * Overrides `params.negation.confrontationFlip` for this negator ("lifted the sanctions" is a
   * concession, stronger than "did not sanction"; 0 for a denial, which is no act of what it denies).
   */
  confrontationFlip: v.optional(factorOrZero),
  /**
   * What the negator counts as when it governs no hit: a verb that undoes something is an act of its own
   * ("freed 22 fishermen", "lifted the curfew" are concessions, CAMEO 08), with this weight and
   * category (the pole is the category's).
   */
  alone: v.optional(v.strictObject({ weight: positiveFactor, category: categoryId })),
  /**
   * A verb that raises rather than removes when "to" and an amount follow its object in the clause
   * ("lifted the total tariff on Indian goods to 50%"): then it governs nothing and is no act of its own.
   */
  raisesToAmount: v.optional(v.boolean()),
  /**
   * A verb that also stands with no object ("if the threats against it stopped", "air strikes will
   * halt"): there it governs its subject, the hits before it, as a negator with direction "before" does.
   */
  intransitive: v.optional(v.boolean()),
  /**
   * A refusal to host hostile acts whose scope runs on through a relative clause right after it ("will
   * never be a launch pad for anyone who wants to harm Burundi"): who would be hosted is told by what
   * they would do.
   */
  throughRelative: v.optional(v.boolean()),
  note,
});
const scalerSchema = v.strictObject({ term, factor: positiveFactor, note });
const conditionalSchema = v.strictObject({
  term,
  factor: positiveFactor,
  /**
   * Factor, on top of `factor`, on the hits of the noun phrase right after the marker: the condition a
   * commitment is made for is no act of anyone ("help each other in the event of an attack"). 0 drops them.
   */
  condition: v.optional(factorOrZero),
  note,
});
const contrastSchema = v.strictObject({
  term,
  /** Factor on hits before the marker in its sentence (or in the previous sentence when the marker opens one). */
  before: positiveFactor,
  /** Factor on hits after the marker. */
  after: positiveFactor,
  /** How far `after` reaches: to the end of the sentence (default) or of the clause (next comma or semicolon). */
  until: v.optional(v.picklist(['sentence', 'clause'])),
  /**
   * Factor on hits after the marker, in place of `after`, when the words after it name another's act: a
   * name and its possessive ("despite Lee's offer", "in spite of Seoul's repeated proposals") or a noun
   * phrase with no verb or pronoun ("despite the sanctions"), not the speaker's. Default: `after`.
   */
  owned: v.optional(factorOrZero),
  /**
   * Factor on hits after the marker, in place of `after`, whose pole is opposite to the one the rest of
   * the sentence leans to: the condition for ending an act, not an act ("the ports will stay closed
   * until there is a permanent ceasefire"). Default: `after`.
   */
  opposed: v.optional(factorOrZero),
  /**
   * Whether a refusal of a future act after the marker that no hit names ("but we will not receive a single
   * migrant", "but no one will take our weapons") turns the hits before the marker to the other pole: what
   * the refusal takes back is the concession. Default: false.
   */
  refusal: v.optional(v.boolean()),
  /**
   * Whether the marker counts only where it opens a clause: first in its sentence, or after clause
   * punctuation or a coordinating conjunction ("a small step, yet the agreement does commit the navies"),
   * not as an adverb inside one ("its largest exercise yet"). Default: false.
   */
  opens: v.optional(v.boolean()),
  note,
});
const refusalSchema = v.strictObject({
  term,
  /**
   * Which side the refusal governs: what follows (default: "rejected the offer") or what precedes it in
   * its clause, for a dismissal said of something ("called the offer a sham", "described the peace plan
   * as detached from reality").
   */
  direction: v.optional(v.picklist(['after', 'before'])),
  /**
   * Whether what it refuses are another side's acts ("will not accept any attempt to undermine our
   * integrity", "will not allow anyone to bully us"): a hostile act in its scope is then dropped, where
   * refusing one's own hostile act ("refused to join the sanctions") leans engagement.
   */
  othersActs: v.optional(v.boolean()),
  /**
   * Whether a hostile act it governs that names another side as the one doing it is that side's, as with
   * `othersActs` (dropped, and the refusal counts): a name or a possessive before the act ("opposes India's
   * deployment of missile batteries", "rejects any American attempt to take control"), "by" and a name
   * after it ("the military exercises conducted by the United Kingdom"), "by" and "foreign" ("any incursion
   * by foreign armed forces"), "of" and a name right after it ("the incursion of Venezuelan troops"), or a relative clause whose
   * subject is a name ("the sanctions Baghdad has imposed"). An act with no such owner is the speaker's
   * to refuse ("opposes sanctions"), and so is one a call or a proposal before it asks for ("rejected
   * calls to impose tariffs").
   */
  ownedActs: v.optional(v.boolean()),
  /**
   * Whether what it refuses are the speaker's own acts, whatever their category ("ruled out retaliation",
   * "ruled out retaliatory tariffs"): a threat in its scope then flips as a refused act does, where after
   * another refusal it is someone else's threat, rejected and dropped ("rejected the threats").
   */
  ownActs: v.optional(v.boolean()),
  /** Weight of the refusal itself when it governs no stance-bearing hit ("Pyongyang refused."). */
  weight: v.pipe(v.number(), v.finite(), v.gtValue(0, 'expected a number > 0'), v.maxValue(5)),
  category: categoryId,
  note,
});

export const ModifiersSchema = v.strictObject({
  negators: v.array(negatorSchema),
  intensifiers: v.array(scalerSchema),
  dampeners: v.array(scalerSchema),
  contrast: v.array(contrastSchema),
  conditionals: v.array(conditionalSchema),
  refusals: v.array(refusalSchema),
  /** Phrases that carry no stance and hide their parts from the other lists ("Nobel Peace Prize", "prisoner of war"). */
  neutral: v.array(v.strictObject({ term, note })),
  /**
   * Words that set two acts side by side without ranking them ("kept its missiles on the coast while
   * opening a hotline", "and, on the same day, …"): in their sentence, `params.labels.juxtaposedBalance`
   * replaces `mixedBalance`. Optional.
   */
  juxtapositions: v.optional(v.array(v.strictObject({ term, note }))),
  /**
   * Things that are no party to a conflict ("inflation", "paperwork", "red tape"): a confrontation hit
   * aimed at one ("declared war on paperwork", "crush inflation") is a figure of speech and counts 0.
   * Optional.
   */
  figurative: v.optional(v.array(v.strictObject({ term, note }))),
  /**
   * Works and records ("history", "study", "documentary", "exhibition"): a hit in what one is about
   * ("a new history of the tariff") names a subject, not an act, and counts 0. Optional.
   */
  topics: v.optional(v.array(v.strictObject({ term, note }))),
  /**
   * Words of sport and games ("stadium", "tournament", "chess"): in their sentence, confrontation hits
   * of the categories in `params.arenas.categories` ("a bruising battle", "clash in the final") are
   * figures of speech and count 0. Optional; needs `params.arenas`.
   */
  arenas: v.optional(v.array(v.strictObject({ term, note }))),
  /**
   * Natural hazards ("flood", "earthquake", "cyclone", "epidemic"): as the subject or the cause of a
   * confrontation hit of the categories in `params.hazards.categories` ("floods have killed hundreds",
   * "destroyed by the cyclone") they make it no act of any actor, and it counts 0. Optional; needs
   * `params.hazards`.
   */
  hazards: v.optional(v.array(v.strictObject({ term, note }))),
  /**
   * Scheduling phrases ("is scheduled for", "will be held", "will take place"): the meeting they are said
   * of is logistics, and its hits of the categories in `params.schedules.categories` count 0. With
   * `restarts`, the phrase starts or restarts something ("will resume on", "will open on"), which may be
   * an act ("flights will resume on 1 May"): `params.schedules.meetingCategories` keep their weight there.
   * Optional; needs `params.schedules`.
   */
  schedules: v.optional(v.array(v.strictObject({ term, restarts: v.optional(v.boolean()), note }))),
  /** Words and signs of money ("dollar", "euro", "$") and units of goods ("tonne"): a sum given by a verb of `params.transfers.verbs` is aid. Optional; needs `params.transfers`. */
  currencies: v.optional(v.array(v.strictObject({ term, note }))),
  /**
   * Nouns of people a side may hand back or send home ("fisherman", "detainee", "sailor"): with a verb of
   * `params.repatriations.verbs` and a word of its `particles` they are returned, a concession. Optional;
   * needs `params.repatriations`.
   */
  returnees: v.optional(v.array(v.strictObject({ term, note }))),
  /**
   * Drugs and smuggled goods ("cocaine", "captagon", "contraband"): in the object or the passive subject
   * of a hit of `params.contraband.terms` ("seized two tonnes of cocaine") they make it policing, no act
   * against another side, and it counts 0. Optional; needs `params.contraband`.
   */
  contraband: v.optional(v.array(v.strictObject({ term, note }))),
});

const categoriesParams = v.strictObject({
  categories: v.array(categoryId),
  note: v.pipe(v.string(), v.minLength(1)),
});

const words = v.array(v.pipe(v.string(), v.minLength(1)));
/** A rule configured by a list of verb lemmas. */
const verbsParams = v.strictObject({ verbs: words, note: v.pipe(v.string(), v.minLength(1)) });
/** A rule configured by a list of entry terms. */
const termsParams = v.strictObject({ terms: words, note: v.pipe(v.string(), v.minLength(1)) });

const flipParams = v.strictObject({
  /** Tokens after the marker that it can reach; the scope also ends at clause punctuation. */
  window,
  /** Factor applied to an engagement hit it governs; the hit then counts for confrontation. */
  engagementFlip: positiveFactor,
  /** Factor applied to a confrontation hit it governs; the hit then counts for engagement. */
  confrontationFlip: positiveFactor,
  note: v.pipe(v.string(), v.minLength(1)),
});

export const ParamsSchema = v.strictObject({
  negation: v.strictObject({
    ...flipParams.entries,
    /**
     * Lemmas of verbs that report a clause with no "that" ("warned the deal would collapse"): a negator
     * looking back from that clause stops at the verb. Optional: without it, only "that" opens such a clause.
     */
    reporting: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
  }),
  refusal: flipParams,
  /** How far before a hit an intensifier or dampener can stand (tokens). */
  modifiers: v.strictObject({ window, note: v.pipe(v.string(), v.minLength(1)) }),
  /** score = x / sqrt(x² + alpha), x = engagement − confrontation. */
  normalization: v.strictObject({ alpha: positiveFactor, note: v.pipe(v.string(), v.minLength(1)) }),
  labels: v.strictObject({
    /** |score| below this is neutral. */
    neutralBelow: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
    /** Both poles present and |E − C| / (E + C) below this → mixed. */
    mixedBalance: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
    /**
     * As `mixedBalance`, for a sentence with a juxtaposition (`modifiers.juxtapositions`), or two clauses
     * joined by "and" whose acts stand on opposite sides. Absent: `mixedBalance` applies.
     */
    juxtaposedBalance: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
    /**
     * Label `mixed` a sentence whose juxtaposition has known acts on one side only and a verb on the
     * other ("halted purchases of canola and, in the same week, approved licences for beef plants"):
     * the second act is there but unscored. Absent or false: the hits decide alone.
     */
    oneSidedMixed: v.optional(v.boolean()),
    /**
     * Verbs (lemmas) of a "while" clause that says how long the acts before it last, not a second act:
     * "keep the crossing open while road works continue". Absent: every "while" sets acts side by side.
     */
    whileDurations: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
    note: v.pipe(v.string(), v.minLength(1)),
  }),
  confidence: v.strictObject({
    /** Evidence E + C at which the evidence term reaches 1 − 1/e. */
    evidenceScale: positiveFactor,
    note: v.pipe(v.string(), v.minLength(1)),
  }),
  /**
   * Hits inside capitalised names ("the Stockholm International Peace Research Institute") count for
   * nothing. Absent: the rule is off.
   */
  names: v.optional(
    v.strictObject({
      /** In a sentence where more than this share of the words after the first are capitalised, lower-case function words not counted (a headline in title case), the rule stays off. */
      titleCaseShare: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
      /**
       * Categories whose hit, as the head of a name that is a verb's object ("suspended the Indus Waters
       * Treaty", "restored the Comprehensive Military Agreement"), keeps its weight: the act is done to
       * what the name names. Absent: every hit in a name counts 0.
       */
      objectCategories: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
      note: v.pipe(v.string(), v.minLength(1)),
    }),
  ),
  /** In a sentence about a game (`modifiers.arenas`), the categories whose confrontation hits count 0. Absent: the rule is off. */
  arenas: v.optional(categoriesParams),
  /**
   * On a noun whose noun phrase opens with a year ("the 1999 Kargil conflict", "the 1973 oil embargo"),
   * the categories whose confrontation hits name a past event and count 0. Absent: the rule is off.
   */
  dated: v.optional(categoriesParams),
  /** Caused by a natural hazard (`modifiers.hazards`), the categories whose confrontation hits count 0. Absent: the rule is off. */
  hazards: v.optional(categoriesParams),
  /**
   * Words of grief ("saddened", "heartbroken", "mourning"; surface forms): in a sentence where its speaker
   * grieves, the confrontation hits of `categories` name what is mourned and count 0. Absent: the rule is off.
   */
  griefs: v.optional(v.strictObject({ words, categories: v.array(categoryId), note: v.pipe(v.string(), v.minLength(1)) })),
  /**
   * Phrases that say what befell the people they describe ("displaced by", "fleeing", "who fled",
   * "victims of"; lower-case words separated by spaces): the confrontation hits of `categories` in the
   * noun phrase right after one are their past and count 0. Absent: the rule is off.
   */
  /**
   * Words of speakers who tell the past or a record ("historians", "archivist", "statistics"; lower-case
   * surface forms) and the lemmas of their verbs of telling ("say", "note", "recall", "show"): a sentence
   * whose speaker is one counts every hit 0. Absent: the rule is off.
   */
  chronicles: v.optional(v.strictObject({ speakers: words, verbs: words, note: v.pipe(v.string(), v.minLength(1)) })),
  /**
   * Lemmas of demand verbs that assert what an indicative clause after them says ("insist": "insisted it had
   * no intention of keeping its forces there"): when that clause counts for engagement, the verb counts 0.
   * Absent: the rule is off.
   */
  assertions: v.optional(v.strictObject({ verbs: words, note: v.pipe(v.string(), v.minLength(1)) })),
  plights: v.optional(v.strictObject({ phrases: v.array(v.pipe(v.string(), v.minLength(1))), categories: v.array(categoryId), note: v.pipe(v.string(), v.minLength(1)) })),
  /**
   * Phrases that say what the people they describe are wanted or tried for ("wanted for", "suspects in",
   * "charged with"; lower-case words separated by spaces): the confrontation hits of `categories` in the
   * noun phrase right after one are a crime a court or a police force deals with and count 0. Absent: the
   * rule is off.
   */
  charges: v.optional(v.strictObject({ phrases: v.array(v.pipe(v.string(), v.minLength(1))), categories: v.array(categoryId), note: v.pipe(v.string(), v.minLength(1)) })),
  /**
   * Lemmas of the verbs of deterring ("deter", "dissuade"): after a negated passive of one ("would not be
   * deterred by the strikes from carrying messages"), the confrontation hits of the "by" phrase name an
   * obstacle and count 0. Absent: the rule is off.
   */
  obstacles: v.optional(v.strictObject({ verbs: v.array(v.pipe(v.string(), v.minLength(1))), note: v.pipe(v.string(), v.minLength(1)) })),
  /**
   * Words before a name the speaker disowns ("so-called", "self-styled"; hyphens as written): the noun
   * phrase's hits that still count for engagement count 0. Absent: the rule is off.
   */
  disowned: v.optional(v.strictObject({ words, note: v.pipe(v.string(), v.minLength(1)) })),
  /**
   * Entries (their terms) that open a question reproaching another side ("what kind of neighbour"): the
   * engagement still counting in the rest of the question counts 0. Absent: the rule is off.
   */
  reproaches: v.optional(v.strictObject({ terms: v.array(v.pipe(v.string(), v.minLength(1))), note: v.pipe(v.string(), v.minLength(1)) })),
  /**
   * In the subject of a scheduling phrase (`modifiers.schedules`), the categories whose hits count 0, and
   * (`meetingCategories`) those that count 0 only with a phrase that says when or where a meeting is held,
   * not with one that `restarts` something: the body that meets ("the joint permanent commission will
   * meet in Lubumbashi"). Absent: the rule is off.
   */
  schedules: v.optional(
    v.strictObject({
      categories: v.array(categoryId),
      meetingCategories: v.optional(v.array(categoryId)),
      note: v.pipe(v.string(), v.minLength(1)),
    }),
  ),
  /**
   * In the object of a confrontation verb of these categories ("undermined the ceasefire", "blocked
   * aid", "a threat to peace"), engagement hits name what the act harms and count 0. Absent: the rule is off.
   */
  objects: v.optional(categoriesParams),
  /**
   * Acts of giving, by category: negated, with a confrontation hit after their object's "to" or "for"
   * ("will not lend its territory to an invasion"), they rule out that hostile act, and the giving counts
   * 0. Absent: the rule is off.
   */
  lending: v.optional(categoriesParams),
  /**
   * Verbs of depicting (lemmas): a work of `modifiers.topics` as their subject ("a new exhibition documents
   * the 1904 genocide") makes what follows them to the sentence's end what the work is about, and its hits
   * count 0. Absent: only the work's prepositions ("a history of …") open what it is about.
   */
  topics: v.optional(verbsParams),
  /**
   * Verbs of speaking (lemmas): a hit on the head noun of such a verb's subject, right before it
   * ("mediators said") or after it at the sentence's end ("…, said a mediator"), names who speaks and
   * counts 0. Absent: the rule is off.
   */
  sources: v.optional(
    v.strictObject({
      verbs: words,
      /**
       * Lemmas of nouns of a written statement ("statement", "communiqué"): a hit on one said to be where
       * words were said ("said in a joint statement") or followed by what it says ("issued a joint statement
       * accusing …") is the medium of those words, not an act, and counts 0. Absent: no medium is read so.
       */
      media: v.optional(words),
      /**
       * Lemmas of nouns of an occasion ("visit"): a hit on one after "during" or "on" that follows a verb of
       * speaking ("said during a visit to Chiang Rai") is where the words were said, not an act, and counts
       * 0. Absent: no occasion is read so.
       */
      occasions: v.optional(words),
      note: v.pipe(v.string(), v.minLength(1)),
    }),
  ),
  /**
   * Verbs of asking (lemmas): a sentence that opens with one's participle ("Asked whether …,") holds a
   * reporter's question up to its first comma, whose hits count 0 when the answer after it holds one.
   * Absent: the rule is off.
   */
  questions: v.optional(verbsParams),
  /**
   * Verbs of telling (lemmas: "say", "comment", "confirm"): declined or negated before "whether" ("declined
   * to say whether Ottawa supported the surcharge"), they leave the question unanswered, and the hits of
   * its clause count 0. Absent: the rule is off.
   */
  withheld: v.optional(verbsParams),
  /**
   * What an actor is thanked or praised for, after one of these entry terms and "for", up to the clause's
   * end ("thanked him for Riyadh's condemnation of the strikes"): its confrontation hits count 0. Absent:
   * the rule is off.
   */
  credits: v.optional(
    v.strictObject({
      terms: words,
      /**
       * Entry terms of welcome and thanks whose object is another's words or act, told by a clause after
       * it ("welcomes the statement of the Secretary-General condemning the attack", "welcomes the
       * position of the United States, which has condemned the offensive"): that clause's confrontation
       * hits count 0 too, the welcome being the statement's stance. Absent: only "for" opens a reason.
       */
      said: v.optional(words),
      note: v.pipe(v.string(), v.minLength(1)),
    }),
  ),
  /**
   * Thanks for what is no act of help, with a sign of irony ("thanked Washington for its touching concern
   * for our democracy"): a dismissal, counted for confrontation. Absent: the rule is off.
   */
  ironies: v.optional(
    v.strictObject({
      /** Entry terms of thanks ("thanked", "grateful", "appreciate"). */
      terms: words,
      /** Lemmas of the nouns thanked for that are no act ("concern"): ironic with a sign of irony. */
      nouns: words,
      /** Lemmas of nouns of instruction given unasked ("lesson", "lecture"): thanks for them are ironic as such. */
      lectures: words,
      /** Lemmas of verbs of finding what was always there ("discover", "rediscover"): congratulations on doing it ("on discovering the sea") are ironic as such. Absent: none. */
      findings: v.optional(words),
      /** Words right before such a noun that mark the thanks as ironic ("touching", "sudden"). */
      markers: words,
      /** Words that deflate what thanks are for in a clause after ", which" ("nothing", "nobody"): the thanks are ironic. Absent: only thanks for `nouns` and `lectures` are read as ironic. */
      deflations: v.optional(words),
      /**
       * A remark after thanks: `verbs` are lemmas of verbs of remarking ("note", "observe", "remark",
       * "add") whose -ing form after a comma later in the sentence of thanks of `terms` (a subset of
       * `terms` above: thanks and congratulations; not praise, which took one held-out item away from
       * gold) marks them as ironic ("thanked Panama for its inspections, noting that 400 lorries had been
       * stuck for four days"). Absent: none does.
       */
      remarks: v.optional(v.strictObject({ verbs: words, terms: words })),
      /**
       * Words in front of thanks that say another side earned them ("deserved": "said Ankara deserved
       * warm thanks for generously sharing the Tigris"; surface forms, adjectives and an article may
       * stand between): reported so, the thanks are ironic. Absent: none.
       */
      merits: v.optional(words),
      note: v.pipe(v.string(), v.minLength(1)),
    }),
  ),
  /**
   * Seizures of drugs and smuggled goods (`modifiers.contraband`: "seized two tonnes of cocaine"): policing
   * of smugglers, whose hits count 0. Absent: the rule is off.
   */
  contraband: v.optional(
    v.strictObject({
      /** Entry terms of seizing ("seize", "seizure", "confiscate"): a tariff "over fentanyl" stays a tariff. */
      terms: words,
      note: v.pipe(v.string(), v.minLength(1)),
    }),
  ),
  /**
   * What an actor is accused, blamed or criticised for, after one of these entry terms and "of" or "for",
   * up to the clause's end ("accused Algiers of treating armed groups as partners"): its engagement hits
   * count 0. Absent: the rule is off.
   */
  accusations: v.optional(termsParams),
  /**
   * What an actor retaliates against or for, after one of these entry terms and "against" or "for", up
   * to the clause's end ("will not retaliate against the new US tariffs", "in retaliation for US levies"):
   * the other side's act, the cause of the retaliation, so its confrontation hits count 0. Absent: the
   * rule is off.
   */
  retaliations: v.optional(termsParams),
  /**
   * Words after a comma that give the reason for a hostile act before them: the engagement hits from
   * there to the sentence's end are another side's doing told as a grievance and count 0. Absent: the
   * rule is off.
   */
  grievances: v.optional(
    v.strictObject({
      /** Words followed by the reason itself ("citing"). */
      terms: words,
      /** Words followed by a clause that is a reason when it opens in the past perfect ("saying Avarua had not consulted it"). */
      said: words,
      /**
       * Words followed by the harm a refused hostile act would do, given as the reason for refusing it,
       * when the clause's first verb is one of `modals` ("declined to back the travel ban, arguing that
       * sanctions would only harden positions"). Off when absent.
       */
      consequences: v.optional(v.strictObject({ said: words, modals: words })),
      note: v.pipe(v.string(), v.minLength(1)),
    }),
  ),
  /**
   * Entry terms of a threatened act ("threat") whose "of" names the act: a negator that governs one
   * governs the act too ("lifting the threat of a second coastwide walkout"). Off when absent.
   */
  threats: v.optional(termsParams),
  /**
   * A meeting or visit (entries of these `terms`) whose object names a party, a proper noun or one of
   * the `parties` nouns ("met his Chinese counterpart", "visited Dhaka"), counts `factor` times: it is
   * consultation between parties, not logistics. Absent: the rule is off.
   */
  encounters: v.optional(
    v.strictObject({
      terms: v.array(v.pipe(v.string(), v.minLength(1))),
      /** Lemmas of nouns that name a party ("counterpart", "minister"). */
      parties: v.array(v.pipe(v.string(), v.minLength(1))),
      factor: v.pipe(v.number(), v.minValue(0)),
      note: v.pipe(v.string(), v.minLength(1)),
    }),
  ),
  /**
   * In what an engagement act of the `acts` categories is about ("a dialogue on water and terrorism",
   * "talks on the nuclear threat"), confrontation hits of the `topics` categories name the problem
   * discussed and count 0. Absent: the rule is off.
   */
  agenda: v.optional(
    v.strictObject({
      acts: v.array(categoryId),
      topics: v.array(categoryId),
      /**
       * Engagement categories whose hits in what the act is about are what it works towards and count 0,
       * so the act counts once: "talks on a status-of-forces agreement", "agreed on a roadmap". Absent: none.
       */
      settled: v.optional(v.array(categoryId)),
      /**
       * Confrontation categories of measures ("tariffs", "sanctions") that count 0 in what the act is about
       * as `topics` do, unless "against" names whom the measure is aimed at: "a working group on critical
       * minerals and tariffs" discusses the tariffs between the parties, "talks on new sanctions against
       * Iran" prepare a measure against a third side. Absent: none.
       */
      measures: v.optional(v.array(categoryId)),
      note: v.pipe(v.string(), v.minLength(1)),
    }),
  ),
  /**
   * Asking one other side to stop its act ("called on China to cease its aggressive actions") keeps that
   * act a confrontation hit instead of flipping it. Absent: the rule is off.
   */
  cessations: v.optional(
    v.strictObject({
      /** Negator terms, as `modifiers.negators` writes them, that stop an act ("stop", "cease", "refrain from"). */
      negators: v.array(v.pipe(v.string(), v.minLength(1))),
      /** Categories of the appeal or demand hits that ask for the stop ("call on", "urge", "demand"). */
      categories: v.array(categoryId),
      /** Modals that ask for the stop when their subject is another side ("Manila should stop"). */
      modals: v.array(v.pipe(v.string(), v.minLength(1))),
      /** Words that make the side asked several sides ("both sides", "all parties", "A and B"): an appeal to de-escalate, which flips. */
      mutual: v.array(v.pipe(v.string(), v.minLength(1))),
      /**
       * Lemmas of verbs that undo another side's act ("withdraw", "retract", "reconsider"): asked of one
       * other side by an appeal ("urged Japan to withdraw the claim"), they make the appeal a demand, which
       * counts for confrontation, and the asked act (an entry on the verb: "withdraw its forces") is not the
       * speaker's and counts 0. Absent: no appeal is read this way.
       */
      retractions: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
      /**
       * Lemmas of nouns that ask a side holding people or ground to give them up ("release", "withdrawal"):
       * an appeal naming one ("called for the release of jailed activists", "called for his release", "renews
       * its call for the full withdrawal of Israeli forces") is a demand on whoever holds them, named or not,
       * and the detention stays a confrontation hit. Absent: no appeal is read this way.
       */
      releases: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
      /**
       * Lemmas of verbs that ask without being appeal entries ("ask"): one naming one other side before a
       * stop ("We asked Russia to stop the shelling") makes the stop a demand, as an appeal hit does, and
       * before an undoing of `retractions` ("asked Russia to withdraw its troops") the act asked counts 0.
       * Absent: only appeal and demand hits and the modals ask.
       */
      askers: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
      /**
       * The weight of the demand an asker makes when it asks one other side to undo its act ("The
       * Maldives has asked India to withdraw its military personnel"): the asker counts for confrontation
       * with this weight (category "demand", modifier `demand:<verb>`). Absent: the asker adds no hit.
       */
      askerWeight: v.optional(v.pipe(v.number(), v.minValue(0))),
      /**
       * Askers (lemmas, among `askers`) that make a demand of whatever they ask one other side to do
       * after "to", not only of an undoing ("Denmark expects the United States to respect the
       * sovereignty of the Kingdom"). Absent: those askers demand only undoings.
       */
      expectations: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
      note: v.pipe(v.string(), v.minLength(1)),
    }),
  ),
  /**
   * A refusal of another side's doing (a refusal with `othersActs`: "must not allow", "should not let")
   * that keeps a relationship from harm, one of these `relations` nouns (lemmas) standing in its clause
   * after it ("must not allow recent events to cast a shadow over their relations", "should not let a
   * single drill define their relationship"), is care for that relationship, not defiance: it counts for
   * engagement, with its own weight and this `category`. So is one that keeps the speaker's ground, one of
   * the `grounds` nouns (lemmas) with a form of "use" next to it, from being used ("will not let any group use
   * its territory against Pakistan", "would not allow their airspace or territory to be used for any strike
   * on Iran"): a reassurance. Absent: the rule is off.
   */
  protections: v.optional(
    v.strictObject({
      relations: v.array(v.pipe(v.string(), v.minLength(1))),
      grounds: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
      category: categoryId,
      note: v.pipe(v.string(), v.minLength(1)),
    }),
  ),
  /**
   * A verb of regard (lemmas of `verbs`: "respect", "value") followed in its sentence by "but" concedes in
   * order to rebuff: the engagement from the verb to "but" counts 0, and when nothing after "but" counts for
   * engagement the concession counts for confrontation with this `weight` and `category` ("We value our
   * friendship with Rome, but no Italian-flagged rescue ship will dock in our ports"). Absent: the rule is off.
   */
  concessions: v.optional(verbRule),
  /**
   * "no" before the subject of a modal and a verb of effect (lemmas of `verbs`: "change", "deter") with a
   * pronoun or a determiner after it says another side's try will fail ("No threat from Belgrade will deter
   * us", "no amount of pressure from Washington will change that"): the hostile acts the subject names
   * count 0, and the verb counts for confrontation with this `weight` and `category`. Absent: the rule is off.
   */
  defiance: v.optional(verbRule),
  /**
   * People handed back or sent home ("handed four Lebanese shepherds back to the Lebanese army", "sent six
   * North Korean fishermen home"): a verb of `verbs` whose object ends in a word of `modifiers.returnees`
   * and that has a word of `particles` before or after that object is an engagement hit on the verb.
   * Absent: the rule is off.
   */
  repatriations: v.optional(
    v.strictObject({
      /** Lemmas of the verbs ("hand", "send", "return"). */
      verbs: v.array(v.pipe(v.string(), v.minLength(1))),
      /** The words that make them a return ("back", "home"). */
      particles: v.array(v.pipe(v.string(), v.minLength(1))),
      /**
       * Lemmas of the verbs of `verbs` for which "to" makes a return too ("handed 41 Syrian detainees to
       * Syrian officials"; "sent 26 cartel figures to the United States" is none). Optional: none.
       */
      handovers: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
      /**
       * Lemmas of the verbs of `verbs` that return the people with no particle or "to" ("returned two
       * detained Kinmen fishermen through the Red Cross"). Optional: none.
       */
      returns: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
      /** Tokens from the people's noun to the particle after it: "fishermen who had drifted across the maritime border in the spring back" is 11. */
      reach: window,
      weight: positiveFactor,
      category: categoryId,
      note: v.pipe(v.string(), v.minLength(1)),
    }),
  ),
  /**
   * Forces held ready ("would keep its air defences and southern forces fully ready", "the PLA is ready at
   * every moment"): an entry of `terms` said of a word of `nouns` before it in its clause, with no "to" or
   * "for" after it, counts 0 and a confrontation hit of `category` and `weight` takes its place. Absent:
   * the rule is off.
   */
  readiness: v.optional(
    v.strictObject({
      /** The entries' terms read this way ("ready"). */
      terms: v.array(v.pipe(v.string(), v.minLength(1))),
      /** Lower-case military words the readiness may be said of ("forces", "artillery", "coast", "militias"). */
      nouns: v.array(v.pipe(v.string(), v.minLength(1))),
      /** Lemmas of the verbs that may stand between them ("keep", "stay", "be"). */
      verbs: v.array(v.pipe(v.string(), v.minLength(1))),
      weight: positiveFactor,
      category: categoryId,
      note: v.pipe(v.string(), v.minLength(1)),
    }),
  ),
  /** A sum of money (`modifiers.currencies`) given by one of these verbs is an engagement hit on the verb. Absent: the rule is off. */
  transfers: v.optional(
    v.strictObject({
      /** Lemmas of the verbs that give money ("release", "fund", "disburse"). */
      verbs: v.array(v.pipe(v.string(), v.minLength(1))),
      /** Tokens from the verb to the money: "release another 50 million dollars" is 4. */
      reach: window,
      weight: positiveFactor,
      category: categoryId,
      note: v.pipe(v.string(), v.minLength(1)),
    }),
  ),
});

export const LexiconSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9.+-]*$/, 'expected a lower-case id such as "diplomacy.en"')),
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+([-+][0-9A-Za-z.+-]+)?$/, 'expected a semantic version such as "1.0.0"')),
  language: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'expected a BCP 47 language tag such as "en"')),
  description: v.pipe(v.string(), v.minLength(1)),
  license: v.pipe(v.string(), v.minLength(1)),
  categories: v.record(categoryId, CategorySchema),
  params: ParamsSchema,
  modifiers: ModifiersSchema,
  /** Multi-word phrases whose parts mislead ("olive branch"); matched before entries. */
  idioms: v.array(EntrySchema),
  entries: v.pipe(v.array(EntrySchema), v.maxLength(200_000, 'expected at most 200000 entries')),
});

const partialEntry = v.strictObject({
  term,
  pole: v.optional(PoleSchema),
  weight: v.optional(EntrySchema.entries.weight),
  category: v.optional(EntrySchema.entries.category),
  exact: v.optional(v.boolean()),
  pos: EntrySchema.entries.pos,
  onNegation: v.optional(OnNegationSchema),
  note,
});

/**
 * A change to a lexicon: entries by `term` are added or patched (later wins), `remove` drops terms,
 * and `params`/`modifiers` groups replace the base's groups of the same name. A complete lexicon is
 * also a valid overlay.
 */
export const OverlaySchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: LexiconSchema.entries.id,
  version: v.optional(LexiconSchema.entries.version),
  language: v.optional(LexiconSchema.entries.language),
  description: v.optional(v.string()),
  license: v.optional(v.string()),
  categories: v.optional(LexiconSchema.entries.categories),
  params: v.optional(v.partial(ParamsSchema)),
  modifiers: v.optional(v.partial(ModifiersSchema)),
  idioms: v.optional(v.array(partialEntry)),
  entries: v.optional(v.array(partialEntry)),
  remove: v.optional(v.array(term)),
});
