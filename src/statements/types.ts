import type { StanceScore, StatementTime, Span } from '../types.js';

/**
 * What kind of actor an entry of the registry is; pronouns resolve only to compatible kinds. An
 * `organization` is an institution (a court, the United Nations, a regional body, a company, a
 * newspaper), a `group` a party to a dispute that is not a state (an armed group, a movement). An
 * organization or a person with no `affiliation` stands for no side: it is never the counterpart a
 * document sets against a speaker, and an organization is a statement's target only when no one else
 * is named and the document sets no side against the speaker's (it is more often the forum than the
 * adversary).
 */
export type ActorKind = 'person' | 'state' | 'organization' | 'group';

/** A title an actor holds between two dates, so "the president" resolves by the document's date. */
export interface ActorRole {
  /** The title as written in text, e.g. `"President"`, `"Foreign Minister"`. */
  readonly title: string;
  /** First day in office, `YYYY-MM-DD`; open when absent. */
  readonly from?: string;
  /** Last day in office, `YYYY-MM-DD`; open when absent. */
  readonly to?: string;
}

/**
 * One actor to track, as given to `defineActors`.
 *
 * @example
 * { id: 'lee-jae-myung', name: 'Lee Jae Myung', aliases: ['President Lee', 'Lee'], kind: 'person',
 *   affiliation: 'south-korea', roles: [{ title: 'President', from: '2025-06-04' }] }
 */
export interface ActorInput {
  /** Stable kebab-case id used in results, e.g. `"north-korea"`. */
  readonly id: string;
  /** The full name, matched in text like an alias. */
  readonly name: string;
  /**
   * Other names: short names ("Lee"), capitals ("Pyongyang"), titles with names ("President Lee").
   * Matching ignores case, hyphens and spacing ("Kim Yo-jong" = "Kim Yo Jong"). An alias shared by
   * several actors ("Kim") resolves to the nearest earlier full mention of one of them.
   */
  readonly aliases?: readonly string[];
  readonly kind: ActorKind;
  /** The id of the actor this one belongs to (a president's state); never its own target. */
  readonly affiliation?: string;
  /** Agent roles such as `government`, `military`, `opposition`, `ministry`, for grouping. */
  readonly agentRoles?: readonly string[];
  /** Date-bounded titles ("President" from 2025-06-04). */
  readonly roles?: readonly ActorRole[];
  /** Pronouns that may refer to this actor; default by kind (see `lexicons/attribution.en.json`). */
  readonly pronouns?: readonly string[];
}

/** A validated, frozen actor registry from `defineActors`. */
export interface Actors {
  readonly list: readonly ActorInput[];
  /** The actor with this id, if any. */
  get(id: string): ActorInput | undefined;
}

/** A document to extract statements from. */
export interface DocumentInput {
  readonly text: string;
  /** Publication date `YYYY-MM-DD`: the reference for relative dates and the fallback date. */
  readonly publishedAt: string;
  /** Where the document came from (URL, file name); copied to its statements. */
  readonly source?: string;
  /** Stable document id; default a hash of the text. */
  readonly id?: string;
  /**
   * The id (in the registry) of the actor whose own words the whole document is: an official statement,
   * a speech, a press release, a letter. Its sentences outside quotation marks that no other speaker or
   * subject claims ("We call on Sudan to…", "The Government rejects these allegations.", "It will never
   * do so.") become this actor's statements, with `attribution.method: 'author'`, dated by a date in a
   * phrase opening the sentence before a comma ("In June, we reopened the crossing"), else by the text's
   * own place-and-date line ("N'Djamena, 19 August 2025") when it has one. Without it such sentences
   * have no speaker and give no statement.
   */
  readonly author?: string;
}

/**
 * How a statement's actor was found:
 * - `explicit`: the speaker is named by an attribution ("…," Lee said) or is the subject of the verb;
 * - `alias`: the actor is named by an alias or a dated title ("the president");
 * - `pronoun`: "he said", resolved to the nearest earlier compatible full mention;
 * - `nearest-mention`: a short name shared by several actors ("Kim"), resolved to the nearest earlier full mention;
 * - `fuzzy`: a near spelling of a name;
 * - `author`: the author's own words in a document with an `author`: a sentence that names no other speaker, or a first-person subject outside quotations ("We call on…").
 */
export type AttributionMethod = 'explicit' | 'alias' | 'pronoun' | 'nearest-mention' | 'fuzzy' | 'author';

/** One statement made or action taken by an actor, located in its document. */
export interface Statement {
  /** `<documentId>#<n>`, n counting statements in text order from 0. */
  readonly id: string;
  readonly documentId: string;
  /** The actor's id, or `null` when the speaker is not in the registry (never a guess). */
  readonly actor: string | null;
  /** The words that name the speaker in the text ("Lee", "he", "the official"); `''` when none. */
  readonly actorMention: string;
  /** The id of the actor the statement is aimed at or about, or `null`. */
  readonly target: string | null;
  /**
   * Where the target came from: `named` in the statement (for a quotation, in its sentence; for "India
   * and Pakistan agreed …", the other subject); `document` when the statement names none, or names only
   * an organisation of no side (a court, the United Nations: "took the dispute to the court"), and the
   * document sets one side against the speaker's, named far more often than any other side
   * (`counterpartDominance` in lexicons/attribution.en.json): "Pakistan closed all border crossings" in
   * a story about Afghanistan and Pakistan, or, where no side is named that much more often, the side
   * the speaker's side's statements name most as their target when that side's statements name the
   * speaker's most in turn (a story of two sides and their go-between); `null` without a target. Keep
   * only `named` targets for dyads of explicit address.
   */
  readonly targetBasis: 'named' | 'document' | null;
  /**
   * `quote`: words in quotation marks; `reported`: reported speech and verbal acts ("Lee reaffirmed his
   * commitment…", "Pyongyang rejected the offer", "Tokyo protested"; the verbs are `reportingVerbs` in
   * lexicons/attribution.en.json), whose text starts at the reporting verb so a warning or a pledge
   * keeps its verb; `action`: what an actor did ("Pyongyang abolished…"). A sentence of a document's
   * `author` is a `quote`: the author's own words, though not in quotation marks; what the author's side
   * does in it is `reported`, the author's account ("Egypt remains ready to negotiate" in Egypt's statement).
   */
  readonly kind: 'quote' | 'reported' | 'action';
  /** The statement text, exactly `document.text.slice(span[0], span[1])`. */
  readonly text: string;
  readonly span: Span;
  readonly time: StatementTime;
  readonly attribution: {
    readonly method: AttributionMethod;
    /** In [0, 1]; 0 when the actor is unknown. */
    readonly confidence: number;
  };
  /** The document's source, when given. */
  readonly source?: string;
}

/** A statement with its stance score (spans in `stance.hits` are offsets into `text`). */
export interface ScoredStatement extends Statement {
  readonly stance: StanceScore;
}
