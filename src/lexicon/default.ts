import data from '../../lexicons/diplomacy.en.json';
import type { Lexicon } from './types.js';
import { deepFreeze, markValidated } from './util.js';

/**
 * The default lexicon, `diplomacy.en`: engagement and confrontation vocabulary of international
 * relations, with categories aligned to CAMEO/PLOVER and the modifier lists. Frozen.
 *
 * Shipped data is validated by the test suite (test/lexicon/default.test.ts: valid, and validation
 * returns it unchanged) rather than at every import, where it took ~25 ms of a cold start.
 */
export const defaultLexicon: Lexicon = markValidated(deepFreeze(data as unknown as Lexicon));
