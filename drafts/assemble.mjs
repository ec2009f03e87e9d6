import { readFileSync, writeFileSync, existsSync } from 'node:fs';
const read = (p) => JSON.parse(readFileSync(p, 'utf8'));
const lex = read('drafts/skeleton.json');
lex.categories = read('drafts/categories.json');
for (const part of ['engagement', 'confrontation', 'extra']) {
  const p = `drafts/${part}.json`;
  if (!existsSync(p)) continue;
  const d = read(p);
  lex.entries.push(...(d.entries ?? []));
  lex.idioms.push(...(d.idioms ?? []));
}
const strip = (e) => Object.fromEntries(Object.entries(e).filter(([k]) => ['term','pole','weight','category','exact','onNegation','note'].includes(k)));
lex.entries = lex.entries.map(strip); lex.idioms = lex.idioms.map(strip);
writeFileSync('lexicons/diplomacy.en.json', JSON.stringify(lex, null, 2) + '\n');
console.log('entries', lex.entries.length, 'idioms', lex.idioms.length);
