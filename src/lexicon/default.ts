import data from '../../lexicons/diplomacy.en.json';
import { loadLexicon } from './load.js';
import type { Lexicon } from './types.js';

/**
 * The default lexicon, `diplomacy.en`: engagement and confrontation vocabulary of international
 * relations, with categories aligned to CAMEO/PLOVER and the modifier lists. Frozen.
 */
export const defaultLexicon: Lexicon = loadLexicon(data, 'lexicons/diplomacy.en.json');
