import { StancetrackError } from '../errors.js';
import { defaultScorer } from '../score/scorer.js';
import { analyze, type AnalyzeOptions } from './extract.js';
import type { DocumentInput, ScoredStatement } from './types.js';

/** Options for `analyzeStream`. */
export interface AnalyzeStreamOptions extends AnalyzeOptions {
  /**
   * Called for a document that cannot be analysed (bad shape, bad date); the stream skips it and goes
   * on. Without it, the first bad document ends the stream with its `StancetrackError`.
   */
  readonly onReject?: (error: StancetrackError, index: number) => void;
}

/**
 * Analyzes documents as they arrive and yields their scored statements in order, one document at a
 * time: memory holds one document, whatever the length of the stream, and a slow consumer slows the
 * producer (the generator only pulls the next document when the current one's statements are taken).
 *
 * @example
 * for await (const statement of analyzeStream(readArticles(), { actors, onReject: (e, i) => log(i, e.message) })) {
 *   tracker.add(statement);
 * }
 */
export async function* analyzeStream(documents: AsyncIterable<DocumentInput> | Iterable<DocumentInput>, options: AnalyzeStreamOptions): AsyncGenerator<ScoredStatement, void, undefined> {
  const scorer = options.scorer ?? defaultScorer();
  let index = 0;
  for await (const document of documents) {
    let statements: ScoredStatement[];
    try {
      statements = analyze(document, { ...options, scorer });
    } catch (cause) {
      const error = cause instanceof StancetrackError ? cause : new StancetrackError('E_INPUT', `documents[${index}]: ${(cause as Error).message}`, { cause });
      if (options.onReject === undefined) throw error;
      options.onReject(error, index);
      index += 1;
      continue;
    }
    index += 1;
    yield* statements;
  }
}
