import type { Lexicon, LexiconOverlay } from '../lexicon/types.js';
import { termKey } from '../lexicon/util.js';
import type { Pole } from '../types.js';
import type { SeparatingTerm } from './log-odds.js';

/**
 * What the overlay needs of a WordNet suggestion (`SynonymSuggestion`), stated here so that calibration,
 * which builds overlays in the browser-safe core, does not reach the Node-only WordNet module's types.
 */
interface Synonym {
  readonly term: string;
  readonly pos: string;
  readonly source: string;
  readonly sense: number;
  readonly pole: Pole;
  readonly category: string;
  readonly weight: number;
  readonly evidence?: number | undefined;
}

/**
 * Words found from labels are not event types, so such proposals go to one holding category per pole
 * that the reviewer empties by moving each entry to a real category.
 */
const HOLDING: Readonly<Record<Pole, string>> = { engagement: 'suggested-engagement', confrontation: 'suggested-confrontation' };
const POLES: readonly Pole[] = ['engagement', 'confrontation'];

/** A proposed entry whose category is the holding category of its pole. */
export interface HeldEntry {
  readonly term: string;
  readonly pole: Pole;
  readonly weight: number;
  /** Why it is proposed: its evidence, for the reviewer. */
  readonly note: string;
}

/**
 * The proposals as an overlay of new entries (each with a note giving its evidence), to review and then
 * apply with `mergeLexicons` or `--lexicon`. A term proposed both ways is written once, as the synonym,
 * whose category comes from a hand-made entry.
 */
export function proposalOverlay(lexicon: Lexicon, synonyms: readonly Synonym[], separating: readonly SeparatingTerm[]): LexiconOverlay {
  const entries: NonNullable<LexiconOverlay['entries']> = synonyms.map((s) => ({
    term: s.term,
    pole: s.pole,
    weight: s.weight,
    category: s.category,
    note: `WordNet synonym of "${s.source}" (${s.pos}, sense ${s.sense})${s.evidence === undefined ? '' : `; in ${s.evidence} corpus statement${s.evidence === 1 ? '' : 's'}`}`,
  }));
  const taken = new Set(synonyms.map((s) => termKey(s.term)));
  const held = separating
    .filter((t) => !taken.has(termKey(t.term)))
    .map((t) => ({
      term: t.term,
      pole: t.pole,
      weight: t.weight,
      note: `log-odds z = ${t.z.toFixed(2)}: in ${t.counts.engagement} engagement and ${t.counts.confrontation} confrontation statements (e.g. ${t.examples.join(', ')})`,
    }));
  const holding = heldOverlay(lexicon, held, 'suggested');
  return { ...holding, entries: [...entries, ...holding.entries] };
}

/** New entries in the holding categories of their poles, with those categories, as an overlay on `lexicon` with id `<lexicon id>.<suffix>`. */
export function heldOverlay(lexicon: Lexicon, held: readonly HeldEntry[], suffix: string): LexiconOverlay & { entries: NonNullable<LexiconOverlay['entries']> } {
  const poles = new Set(held.map((h) => h.pole));
  const categories = Object.fromEntries(
    POLES.filter((pole) => poles.has(pole)).map((pole) => [HOLDING[pole], { pole, description: `Proposed by stancetrack from labelled statements; move each entry to a fitting ${pole} category.` }]),
  );
  return {
    id: `${lexicon.id}.${suffix}`,
    version: lexicon.version,
    ...(poles.size > 0 ? { categories } : {}),
    entries: held.map((h) => ({ term: h.term, pole: h.pole, weight: h.weight, category: HOLDING[h.pole], note: h.note })),
  };
}
