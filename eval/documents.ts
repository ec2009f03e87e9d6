/**
 * `npm run eval:documents`: statements found in whole documents, and their actor, target, date and label,
 * against the annotation of the sets in eval/documents/ (see GUIDELINE.md, "Documents").
 * Usage: tsx eval/documents.ts [SET…] [--misses]   (a set's folder name under eval/documents/ or a path; default:
 * every set there; --misses lists the disagreements)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { analyze, defineActors, type ActorInput, type DocumentInput, type ScoredStatement } from '../src/index.js';

const Label = v.picklist(['engagement', 'confrontation', 'mixed', 'neutral']);
const GoldSchema = v.object({
  id: v.string(),
  document: v.string(),
  evidence: v.pipe(v.string(), v.minLength(1)),
  actor: v.string(),
  target: v.nullable(v.string()),
  date: v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)),
  label: Label,
  doubtful: v.optional(v.boolean()),
  notes: v.optional(v.string()),
});
type Gold = v.InferOutput<typeof GoldSchema>;

const DocumentSchema = v.object({
  id: v.string(),
  text: v.string(),
  publishedAt: v.string(),
  source: v.optional(v.string()),
  author: v.optional(v.string()),
});

/** Each line of a JSONL file checked against a schema; a bad line stops the run, naming file and line. */
function readLines<const S extends v.GenericSchema>(file: string, schema: S): v.InferOutput<S>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, index) => {
      if (line.trim() === '') return [];
      const parsed = v.safeParse(schema, JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.issues.map((i) => `${v.getDotPath(i) ?? '(line)'}: ${i.message}`).join('; ')}`);
      return [parsed.output];
    });
}

/** A gold item, the statement it was matched with (if any) and where its evidence lies. */
interface Match {
  readonly gold: Gold;
  readonly statement: ScoredStatement | undefined;
}

/** Where the evidence stands in the document's text; it must occur exactly once. */
function evidenceSpan(gold: Gold, text: string, file: string): readonly [number, number] {
  const start = text.indexOf(gold.evidence);
  if (start < 0 || text.indexOf(gold.evidence, start + 1) >= 0) {
    throw new Error(`${file}: ${gold.id}: the evidence must occur exactly once in document ${gold.document}; it occurs ${start < 0 ? 'nowhere' : 'more than once'}`);
  }
  return [start, start + gold.evidence.length];
}

/**
 * The statement of the document whose span overlaps the evidence most, by at least half the evidence's
 * length; among equal overlaps (the two statements of "Both sides agreed…"), the one of the gold actor.
 */
function matchOf(gold: Gold, [start, end]: readonly [number, number], statements: readonly ScoredStatement[]): ScoredStatement | undefined {
  let best: ScoredStatement | undefined;
  let bestOverlap = 0;
  for (const s of statements) {
    const overlap = Math.min(end, s.span[1]) - Math.max(start, s.span[0]);
    if (overlap > bestOverlap || (overlap === bestOverlap && overlap > 0 && s.actor === gold.actor && best?.actor !== gold.actor)) {
      best = s;
      bestOverlap = overlap;
    }
  }
  return bestOverlap * 2 >= gold.evidence.length ? best : undefined;
}

interface SetResult {
  readonly name: string;
  readonly matches: readonly Match[];
  readonly statements: number;
  /** Statements whose span overlaps no gold evidence. */
  readonly unannotated: number;
  readonly sideOf: (id: string | null) => string | null;
}

function runSet(dir: string, name: string): SetResult {
  const actorsFile = join(dir, 'actors.json');
  const registry = JSON.parse(readFileSync(actorsFile, 'utf8')) as ActorInput[];
  const actors = defineActors(registry);
  const affiliation = new Map(registry.map((a) => [a.id, a.affiliation ?? a.id]));
  const sideOf = (id: string | null): string | null => (id === null ? null : (affiliation.get(id) ?? id));
  const documents = readLines(join(dir, 'documents.jsonl'), DocumentSchema) as DocumentInput[];
  const goldFile = join(dir, 'gold.jsonl');
  const gold = readLines(goldFile, GoldSchema);
  const matches: Match[] = [];
  let statements = 0;
  let unannotated = 0;
  for (const document of documents) {
    const found = analyze(document, { actors });
    const items = gold.filter((g) => g.document === document.id);
    const spans = items.map((g) => evidenceSpan(g, document.text, goldFile));
    items.forEach((g, i) => matches.push({ gold: g, statement: matchOf(g, spans[i] as readonly [number, number], found) }));
    statements += found.length;
    unannotated += found.filter((s) => !spans.some(([start, end]) => Math.min(end, s.span[1]) > Math.max(start, s.span[0]))).length;
  }
  const known = new Set(documents.map((d) => d.id));
  const stray = gold.find((g) => !known.has(g.document));
  if (stray !== undefined) throw new Error(`${goldFile}: ${stray.id}: no document ${stray.document} in documents.jsonl`);
  return { name, matches, statements, unannotated, sideOf };
}

/** The share of matched items on which `agrees` holds, as a percentage string. */
function share(matches: readonly Match[], agrees: (gold: Gold, s: ScoredStatement) => boolean): string {
  const matched = matches.filter((m) => m.statement !== undefined);
  if (matched.length === 0) return '    —';
  const n = matched.filter((m) => agrees(m.gold, m.statement as ScoredStatement)).length;
  return (n / matched.length * 100).toFixed(1).padStart(5);
}

function row(label: string, matches: readonly Match[], sideOf: SetResult['sideOf'], extra: string): string {
  const found = matches.length === 0 ? '    —' : (matches.filter((m) => m.statement !== undefined).length / matches.length * 100).toFixed(1).padStart(5);
  return [
    label.padEnd(22),
    String(matches.length).padStart(5),
    found,
    share(matches, (g, s) => s.stance.label === g.label),
    share(matches, (g, s) => s.actor === g.actor),
    share(matches, (g, s) => sideOf(s.actor) === sideOf(g.actor)),
    share(matches, (g, s) => s.target === g.target),
    share(matches, (g, s) => sideOf(s.target) === sideOf(g.target)),
    share(matches, (g, s) => s.time.date === g.date),
    extra,
  ].join('  ');
}

const root = fileURLToPath(new URL('./documents/', import.meta.url));
const args = process.argv.slice(2);
const misses = args.includes('--misses');
const chosen = args.filter((a) => a !== '--misses');
const names = chosen.length > 0 ? chosen : readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
let sets: SetResult[];
try {
  sets = names.map((name) => runSet(resolve(root, name), basename(name)));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

console.log(`${'set'.padEnd(22)}  items  found  label  actor   side  target   side   date  statements (unannotated)`);
for (const set of sets) {
  const undoubted = set.matches.filter((m) => m.gold.doubtful !== true);
  console.log(row(set.name, set.matches, set.sideOf, `${set.statements} (${set.unannotated})`));
  console.log(row(`  not doubtful`, undoubted, set.sideOf, ''));
}
console.log('\nfound: gold items matched with a statement; the other columns: share of the matched items that agree (side: the affiliation, or the actor itself)');

if (misses) {
  for (const set of sets) {
    for (const { gold, statement: s } of set.matches) {
      const wrong = s === undefined
        ? ['not found']
        : [
            s.stance.label !== gold.label && `label ${gold.label} → ${s.stance.label}`,
            s.actor !== gold.actor && `actor ${gold.actor} → ${s.actor}`,
            s.target !== gold.target && `target ${gold.target} → ${s.target}`,
            s.time.date !== gold.date && `date ${gold.date} → ${s.time.date}`,
          ].filter((x): x is string => typeof x === 'string');
      if (wrong.length === 0) continue;
      console.log(`\n${gold.id}${gold.doubtful === true ? ' (doubtful)' : ''}: ${wrong.join('; ')}\n  gold: ${gold.evidence}${s === undefined ? '' : `\n  statement: ${s.text}`}`);
    }
  }
}
