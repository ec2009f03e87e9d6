// The library, end to end on the demo corpus: score sentences, extract and score statements from
// articles, and track each actor by month. Run after a build: `npm run build && node examples/library.mjs`.
import { readdirSync, readFileSync } from 'node:fs';
import { analyze, createTracker, defineActors, dedupe, explain, score } from 'stancetrack';

const here = (path) => new URL(path, import.meta.url);

console.log('— Scoring single statements —\n');
for (const text of [
  'South Korea will respect the North’s system and will not seek unification by absorption.',
  'Pyongyang rejected Seoul’s proposals and warned of a merciless response.',
  'We must keep a strong deterrent while gradually reducing tensions.',
]) {
  const result = score(text);
  console.log(`${text}\n→ ${result.label} ${result.score.toFixed(2)}\n${explain(result).replace(/^/gm, '   ')}\n`);
}

console.log('— Statements in the demo corpus —\n');
const actors = defineActors(JSON.parse(readFileSync(here('./actors.json'), 'utf8')));
const statements = readdirSync(here('./corpus/'))
  .filter((name) => name.endsWith('.md'))
  .sort()
  .flatMap((name) => {
    const [, header, body] = readFileSync(here(`./corpus/${name}`), 'utf8').split(/^---$/m);
    const publishedAt = /^date:\s*(\S+)/m.exec(header)[1];
    // An official text names its issuer: its sentences that no one else claims are the author's.
    const author = /^author:\s*(\S+)/m.exec(header)?.[1];
    return analyze({ id: name.replace(/\.md$/, ''), text: body.trim(), publishedAt, source: name, ...(author ? { author } : {}) }, { actors });
  });
for (const s of statements) {
  const who = (s.actor ?? `? (${s.actorMention})`).padEnd(14);
  const to = (s.target ?? '—').padEnd(12);
  console.log(`${s.time.date.padEnd(10)} ${who} → ${to} ${s.kind.padEnd(8)} ${s.stance.label.padEnd(13)} ${s.stance.score.toFixed(2).padStart(5)}  ${s.text.slice(0, 60)}`);
}

console.log('\n— Stance per actor (tracker, by month) —\n');
const tracker = createTracker({ interval: 'month' });
tracker.addMany(dedupe(statements));
for (const a of tracker.actors()) console.log(`${a.actor.padEnd(28)} n=${String(a.n).padStart(3)}  mean ${a.mean?.toFixed(2)}`);
for (const s of tracker.shifts()) console.log(`shift: ${s.actor}${s.target ? ` → ${s.target}` : ''} at ${s.at}: ${s.before.toFixed(2)} → ${s.after.toFixed(2)}`);
