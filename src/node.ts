/**
 * stancetrack's Node-only API: corpus work on worker threads and file readers. The main entry
 * (`stancetrack`) stays free of Node built-ins so it runs in browsers.
 */
export { analyzeFiles } from './node/analyze-files.js';
export type { AnalyzeFilesOptions, AnalyzeFilesResult, RunTotals } from './node/analyze-files.js';
export type { Rejection } from './node/worker.js';
export { readDocuments } from './io/documents.js';
export type { DocumentRecord, ReadDocumentsOptions } from './io/documents.js';
export { openAtomicOutput } from './io/output.js';
export type { AtomicOutput } from './io/output.js';
export { suggestEntries } from './suggest/index.js';
export type {
  CorpusStatement,
  Coverage,
  SeparatingTerm,
  SeparatingTerms,
  SuggestOptions,
  Suggestions,
  SynonymSuggestion,
  WordCount,
  WordNetPos,
} from './suggest/index.js';
