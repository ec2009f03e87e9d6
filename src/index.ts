/**
 * stancetrack — score political statements on the engagement ↔ confrontation axis with tunable
 * lexicons. Everything public is exported here, by name.
 */
export { createScorer, score } from './score/scorer.js';
export type { Scorer, ScorerOptions } from './score/scorer.js';
export { explain } from './score/explain.js';
export { defaultLexicon } from './lexicon/default.js';
export { loadLexicon, validateLexicon } from './lexicon/load.js';
export { mergeLexicons } from './lexicon/merge.js';
export type { Lexicon, LexiconEntry, LexiconOverlay, LexiconValidation } from './lexicon/types.js';
export { StancetrackError } from './errors.js';
export type { StancetrackErrorCode, ValidationIssue } from './errors.js';
export type { Hit, Pole, SentenceScore, Span, StanceLabel, StanceScore, DateGranularity, StatementTime } from './types.js';
export { defineActors } from './statements/actors.js';
export { extractStatements, analyze } from './statements/extract.js';
export type { ExtractOptions, AnalyzeOptions } from './statements/extract.js';
export type { ActorInput, ActorKind, ActorRole, Actors, AttributionMethod, DocumentInput, ScoredStatement, Statement } from './statements/types.js';
export { createTracker, mergeTrackers, Tracker, toCSV, toRecords, dedupe } from './track/index.js';
export type {
  ActorSummary,
  BucketJSON,
  DedupeInput,
  DedupeOptions,
  Deduped,
  Interval,
  Point,
  ResolvedTrackerOptions,
  Series,
  SeriesQuery,
  SeriesRecord,
  Shift,
  ShiftOptions,
  TrackerJSON,
  TrackerOptions,
  TrackInput,
  Weighting,
} from './track/index.js';
export { analyzeStream } from './statements/stream.js';
export type { AnalyzeStreamOptions } from './statements/stream.js';
export { evaluate } from './eval/evaluate.js';
export type { Evaluation, LabelledStatement, Prediction } from './eval/evaluate.js';
export type { Confusion } from './eval/metrics.js';
export { calibrate } from './eval/calibrate.js';
export type { CalibrationOptions, CalibrationReport, CrossValidated, MovedTerm } from './eval/calibrate.js';
