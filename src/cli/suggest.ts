import { existsSync } from 'node:fs';
import { LABELS } from '../eval/metrics.js';
import { openAtomicOutput, writeStdout } from '../io/output.js';
import { suggestEntries, type CorpusStatement, type SuggestOptions, type Suggestions, type WordCount } from '../suggest/index.js';
import { lexiconFor, type CommonOptions } from './commands.js';
import { EXIT, numberFlag, UsageError } from './errors.js';
import { readCorpus } from './evaluation.js';

/** The options of `stancetrack lexicon suggest`, as commander passes them (numbers as typed). */
export interface SuggestCommandOptions extends CommonOptions {
  readonly wordnet: boolean;
  readonly coverage?: boolean;
  readonly category?: string;
  readonly limit?: string;
  readonly senses?: string;
  readonly minCount?: string;
  readonly minZ?: string;
  readonly top?: string;
  readonly json?: boolean;
  readonly out?: string;
}

/** `stancetrack lexicon suggest [CORPUS]`: proposed entries as a table or JSON, and optionally as an overlay file. */
export async function suggestCommand(file: string | undefined, options: SuggestCommandOptions): Promise<number> {
  if (file !== undefined && !existsSync(file)) throw new UsageError(`${file}: file not found`);
  if (options.coverage === true && file === undefined) throw new UsageError('--coverage: coverage is measured on a corpus; give a CORPUS file');
  const settings: SuggestOptions = {
    wordnet: options.wordnet,
    coverage: options.coverage === true,
    ...(options.category === undefined ? {} : { category: options.category }),
    ...integerOption('--limit', 'limit', options.limit),
    ...integerOption('--senses', 'senses', options.senses),
    ...integerOption('--min-count', 'minCount', options.minCount),
    ...integerOption('--top', 'maxTerms', options.top),
    ...(options.minZ === undefined ? {} : { minZ: numberFlag('--min-z', options.minZ) }),
  };
  const lexicon = lexiconFor(options);
  const corpus = file === undefined ? undefined : await readCorpus(file);
  const suggestions = await suggestEntries({ ...settings, lexicon, ...(corpus === undefined ? {} : { corpus }) });
  if (options.json === true) {
    await writeStdout(`${JSON.stringify(suggestions, null, 2)}\n`);
    if (suggestions.separating?.skipped !== undefined) process.stderr.write(`${suggestions.separating.skipped}\n`);
  } else {
    await writeStdout(formatSuggestions(file, corpus, suggestions));
  }
  if (options.out !== undefined) {
    const out = openAtomicOutput(options.out);
    await out.write(`${JSON.stringify(suggestions.overlay, null, 2)}\n`);
    await out.commit();
    const n = suggestions.overlay.entries?.length ?? 0;
    process.stderr.write(`wrote ${options.out}: ${n} proposed entr${n === 1 ? 'y' : 'ies'}; review them, then apply with --lexicon ${options.out}\n`);
  }
  return EXIT.ok;
}

function integerOption<K extends keyof SuggestOptions>(flag: string, key: K, value: string | undefined): Partial<Record<K, number>> {
  if (value === undefined) return {};
  const n = numberFlag(flag, value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} ${value}: expected an integer ≥ 1`);
  return { [key]: n } as Partial<Record<K, number>>;
}

/** The proposals as text: a header, a table per source of proposals, and the coverage figures. */
export function formatSuggestions(file: string | undefined, corpus: readonly CorpusStatement[] | undefined, s: Suggestions): string {
  const lines: string[] = [];
  if (file === undefined || corpus === undefined) lines.push(`lexicon ${s.lexicon}, no corpus`);
  else lines.push(`${file}: ${corpus.length} statements (${describeLabels(corpus)}); lexicon ${s.lexicon}`);
  if (s.synonyms !== undefined) lines.push('', ...synonymLines(s));
  if (s.separating !== undefined) lines.push('', ...separatingLines(s));
  if (s.coverage !== undefined) {
    const c = s.coverage;
    const words = (list: readonly WordCount[]) => (list.length === 0 ? '(none)' : list.map((w) => `${w.lemma} ${w.count}`).join(', '));
    lines.push(
      '',
      `Coverage: ${c.unmatched} of ${c.statements} statements (${(c.share * 100).toFixed(1)}%) have no lexicon hit. Their most frequent words (statements):`,
      `  verbs: ${words(c.verbs)}`,
      `  nouns: ${words(c.nouns)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function describeLabels(corpus: readonly CorpusStatement[]): string {
  const parts = LABELS.map((label) => `${label} ${corpus.filter((c) => c.label === label).length}`);
  const unlabelled = corpus.filter((c) => c.label === undefined).length;
  return [...parts, ...(unlabelled > 0 ? [`unlabelled ${unlabelled}`] : [])].join(', ');
}

function synonymLines(s: Suggestions): string[] {
  const synonyms = s.synonyms ?? [];
  const withCorpus = s.statements > 0;
  // With a corpus the table lists the synonyms it attests; the rest stay in --json and --out.
  const shown = withCorpus ? synonyms.filter((x) => (x.evidence ?? 0) > 0) : synonyms;
  const lines = [
    withCorpus
      ? `WordNet synonyms of lexicon entries: ${synonyms.length} proposed, ${shown.length} found in the corpus`
      : `WordNet synonyms of lexicon entries: ${synonyms.length} proposed`,
  ];
  if (shown.length === 0) return lines;
  lines.push(`  ${'term'.padEnd(22)} ${'pos'.padEnd(9)} ${'pole'.padEnd(13)} ${'weight'.padStart(6)}  ${'category'.padEnd(24)} ${'synonym of'.padEnd(18)}${withCorpus ? ' statements' : ''}`);
  for (const x of shown) {
    lines.push(
      `  ${x.term.padEnd(22)} ${x.pos.padEnd(9)} ${x.pole.padEnd(13)} ${x.weight.toFixed(2).padStart(6)}  ${x.category.padEnd(24)} ${x.source.padEnd(18)}${withCorpus ? String(x.evidence).padStart(11) : ''}`,
    );
  }
  if (shown.length < synonyms.length) lines.push(`  (${synonyms.length - shown.length} more not in the corpus: see --json or --out)`);
  return lines;
}

function separatingLines(s: Suggestions): string[] {
  const sep = s.separating;
  if (sep === undefined) return [];
  if (sep.skipped !== undefined) return [`Separating terms: skipped (${sep.skipped})`];
  const lines = [`Terms that separate engagement (${sep.engagement}) from confrontation (${sep.confrontation}) statements, by weighted log-odds: ${sep.terms.length}`];
  if (sep.terms.length === 0) return lines;
  lines.push(`  ${'term'.padEnd(22)} ${'pole'.padEnd(13)} ${'weight'.padStart(6)} ${'z'.padStart(7)}  ${'eng'.padStart(4)} ${'conf'.padStart(4)} ${'mixed'.padStart(5)} ${'neut'.padStart(4)}  examples`);
  for (const t of sep.terms) {
    const c = t.counts;
    lines.push(
      `  ${t.term.padEnd(22)} ${t.pole.padEnd(13)} ${t.weight.toFixed(2).padStart(6)} ${`${t.z > 0 ? '+' : ''}${t.z.toFixed(2)}`.padStart(7)}  ${String(c.engagement).padStart(4)} ${String(c.confrontation).padStart(4)} ${String(c.mixed).padStart(5)} ${String(c.neutral).padStart(4)}  ${t.examples.join(', ')}`,
    );
  }
  return lines;
}
