// The whole job on the demo corpus: score sentences, extract and score statements from articles,
// and summarise each actor. Run with `npm run demo` (it builds first, then imports the package by name).
import { readdirSync, readFileSync } from 'node:fs';
import { analyze, defineActors, explain, score } from 'stancetrack';

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
const statements = readdirSync(here('./articles/'))
  .filter((name) => name.endsWith('.md'))
  .sort()
  .flatMap((name) => {
    const [, header, body] = readFileSync(here(`./articles/${name}`), 'utf8').split(/^---$/m);
    const publishedAt = /^date:\s*(\S+)/m.exec(header)[1];
    return analyze({ id: name.replace(/\.md$/, ''), text: body.trim(), publishedAt, source: name }, { actors });
  });
for (const s of statements) {
  const who = (s.actor ?? `? (${s.actorMention})`).padEnd(14);
  const to = (s.target ?? '—').padEnd(12);
  console.log(`${s.time.date.padEnd(10)} ${who} → ${to} ${s.kind.padEnd(8)} ${s.stance.label.padEnd(13)} ${s.stance.score.toFixed(2).padStart(5)}  ${s.text.slice(0, 60)}`);
}

console.log('\n— Mean stance per actor (statements with hits) —\n');
const byActor = new Map();
for (const s of statements) {
  if (s.actor !== null && s.stance.hits.length > 0) byActor.set(s.actor, [...(byActor.get(s.actor) ?? []), s]);
}
for (const [actor, list] of byActor) {
  const mean = list.reduce((sum, s) => sum + s.stance.score, 0) / list.length;
  console.log(`${actor.padEnd(14)} n=${String(list.length).padStart(2)}  mean ${mean.toFixed(2)}`);
}
