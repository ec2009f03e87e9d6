// A reproducible benchmark corpus of news-style English about the actors of examples/actors.json:
// seeded articles built from this file's own sentence templates (quotes with attribution, reported
// actions, neutral background, and the hard cases: negation, refusal, conditionals, contrast), plus the
// 18 articles of the demo corpus. Memoised to bench/out/corpus.json, keyed by a hash of this file,
// the actors and the demo corpus, so editing a template rebuilds it.
//
//   import { loadCorpus } from './corpus.mjs';
//   const { documents, sentences } = loadCorpus();   // [{ id, text, publishedAt }], string[]
//
// Run on its own to (re)build it and print its size: node bench/corpus.mjs [--megabytes 5] [--seed 7]
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => new URL(path, import.meta.url);

/** Bytes of UTF-8 in the generated part; 5 MiB, so the corpus is ≥ 5 MB in either unit. */
const DEFAULT_MEGABYTES = 5;
const DEFAULT_SEED = 20250604;

/** Mulberry32: a small seeded PRNG with a 2^32 period, good enough to pick templates. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ── Theatres: the two sides of each conflict, with places and capitals for the templates ─────────
const THEATRES = [
  {
    sides: ['south-korea', 'north-korea'],
    region: 'the Korean Peninsula',
    places: ['Panmunjom', 'the Demilitarized Zone', 'Kaesong', 'Gyeongju', 'the Yellow Sea', 'Paju', 'the Northern Limit Line', 'Yeonpyeong Island', 'Mount Kumgang'],
    capitals: ['Seoul', 'Pyongyang'],
    mediators: ['the United Nations Command', 'Beijing', 'Washington', 'the Red Cross'],
  },
  {
    sides: ['india', 'pakistan'],
    region: 'the subcontinent',
    places: ['the Line of Control', 'Kashmir', 'the Wagah crossing', 'Muzaffarabad', 'Srinagar', 'the Indus basin', 'Sialkot', 'Poonch', 'the Kartarpur corridor'],
    capitals: ['New Delhi', 'Islamabad'],
    mediators: ['Washington', 'Riyadh', 'the World Bank', 'the United Nations'],
  },
];

// ── Stance vocabulary, written for this bench (not taken from lexicons/) ─────────────────────────
// {T} target, {T's} its possessive, {P} a place, {R} the region, {N} a small number, {O} an offence.
const OFFENCES = [
  'repeated ceasefire violations',
  'reckless missile launches',
  'sending drones across the border',
  'violating the armistice',
  'cyberattacks on state networks',
  'harassing fishing boats near {P}',
  'shelling villages near {P}',
  'sheltering armed groups',
  'spreading false propaganda',
  'jamming navigation signals',
];

const ENGAGEMENT_ACTIONS = [
  'proposed fresh talks with {T}',
  'offered to send food aid to {T}',
  'agreed to resume dialogue with {T}',
  'called for a return to negotiations with {T}',
  'welcomed the latest overture from {T}',
  'pledged to work with {T} to reduce tensions near {P}',
  'reopened a communication channel with {T}',
  'returned {N} detained fishermen to {T}',
  'invited {T} to a meeting of military officers at {P}',
  'praised {T} for showing restraint',
  'signed a memorandum on border management with {T}',
  'eased travel restrictions on visitors from {T}',
  'offered cooperation on disaster relief to {T}',
  'urged {T} to return to the negotiating table',
  'expressed hope for a lasting peace with {T}',
  'agreed with {T} to keep the hotline open',
  'lifted sanctions on {T\'s} shipping companies',
  'halted loudspeaker broadcasts near {P}',
  'proposed joint family reunions with {T}',
  'thanked {T} for the safe return of its citizens',
  'backed a mediation offer from {M}',
  'pulled back artillery units from {P} as a goodwill gesture',
];

const CONFRONTATION_ACTIONS = [
  'condemned {T} for {O}',
  'warned {T} of a merciless response',
  'accused {T} of {O}',
  'imposed new sanctions on {T}',
  'threatened to retaliate against {T}',
  'fired artillery shells toward {T\'s} positions near {P}',
  'expelled two diplomats from {T\'s} mission',
  'denounced {T\'s} military drills as a rehearsal for invasion',
  'deployed additional troops near {P}',
  'suspended all trade with {T}',
  'vowed to punish {T} for {O}',
  'blamed {T} for the collapse of the talks',
  'cut the remaining communication lines with {T}',
  'declared {T} its principal enemy',
  'launched {N} ballistic missiles into the sea near {P}',
  'mobilised reserve units along the border with {T}',
  'summoned {T\'s} envoy to protest against {O}',
  'shot down a drone that it said had come from {T}',
  'closed the crossing at {P} to all traffic from {T}',
];

const ENGAGEMENT_QUOTES = [
  'We are ready to sit down with {T} at any time and without preconditions',
  'Dialogue is the only path to a lasting peace on {R}',
  'Our door remains open, and we hope {T} will walk through it',
  'We will keep working to build trust with {T}, step by step',
  'This agreement shows that cooperation with {T} is possible',
  'We welcome every sincere effort to ease tensions and restore contact',
  'Humanitarian aid must never be held hostage to politics',
  'We want to turn this ceasefire into a durable peace',
  'Both sides have an interest in stability, prosperity and reconciliation',
  'We respect the system of {T} and seek peaceful coexistence',
  'Today we take a small but important step toward reconciliation with {T}',
  'We are grateful to {M} for helping to bring the two sides together',
];

const CONFRONTATION_QUOTES = [
  'Any provocation by {T} will be met with an overwhelming response',
  '{T} will pay a heavy price for its reckless behaviour',
  'The hostile acts of {T} leave us no choice but to strengthen our deterrent',
  'These sanctions amount to a declaration of war, and we will respond accordingly',
  '{T} is a hostile state that cannot be trusted',
  'Our forces are prepared to strike back hard and without warning',
  'We condemn this barbaric attack in the strongest possible terms',
  'The aggressors near {P} will be crushed if they cross the line',
  '{T} must stop its provocations or face the consequences',
  'We hold {T} fully responsible for this escalation',
  'Nobody should mistake our patience for weakness',
];

/** Hard cases: the pole each one should get is in the comment, for a reader, not for the bench. */
const HARD_QUOTES = [
  'We will not seek confrontation with {T}', // negation → engagement
  'We have no intention of attacking anyone', // negation → engagement
  'There will be no dialogue with {T} as long as the provocations continue', // negation → confrontation
  'We will never give up on talks, however long it takes', // negation of giving up → engagement
  'It is not true that we will never negotiate with {T}', // double negation
  'If {T} fires on our positions again, we will respond with full force', // conditional
  'Should {T} return to the table, the sanctions could be eased', // conditional
  'If the ceasefire holds, we are prepared to reopen trade with {T}', // conditional
  'Unless {T} halts its tests, further sanctions will follow', // conditional
  'We want peace, but we will retaliate if we are attacked', // contrast
  'We must keep a strong deterrent while gradually reducing tensions', // mixed
  'We prefer dialogue rather than confrontation with {T}', // rather than
  'We will not be deterred by threats from {T}', // drop on negation
];

const HARD_REPORTED = [
  'refused to resume talks with {T}', // refusal → confrontation
  'rejected {T\'s} offer of humanitarian aid', // refusal → confrontation
  'declined to join the new sanctions against {T}', // refusal of a hostile act → engagement
  'dismissed the demands of {T} as interference', // refusal of others' demands
  'turned down an invitation from {T} to attend talks at {P}', // refusal → confrontation
  'said it would not lift the sanctions on {T}', // negated reversal
  'said it had no appetite for talks with {T}', // negation → confrontation
  'welcomed the ceasefire but warned {T} against any further violations', // contrast
  'said it remained committed to dialogue with {T} despite the threats', // despite
  'lifted the ban on exchanges with {T}', // reversal → engagement
  'halted the shelling near {P} after the talks collapsed', // reversal and passive
  'strongly condemned {T} but left the door open to dialogue', // intensifier and contrast
];

const NEUTRAL = [
  'The meeting took place at {P}{time}.',
  'The two sides have no formal diplomatic relations.',
  'Officials did not give a date for the next round of talks.',
  'The announcement came{time}, according to the state news agency.',
  'The talks were scheduled to last two days.',
  'Reporters were not allowed into the venue at {P}.',
  'The ministry publishes a weekly briefing on border matters.',
  'The statement was carried by state media{time}.',
  'Analysts said the wording would be studied closely in {C}.',
  'The summit will be held in {C} on Friday.',
  'Exchange rates barely moved after the announcement.',
  'About {N}00 people attended the ceremony at {P}.',
  'The border area near {P} is home to several thousand farmers.',
  'A spokesperson for {M} declined to comment.',
  'The full text of the statement ran to {N} pages.',
  'Weather forecasters expect heavy rain near {P} this week.',
  'The committee that awards the Nobel Peace Prize did not comment.',
  'Prisoners of war were exchanged under the rules of the armistice decades ago.',
  'Local newspapers carried the story on their front pages.',
  'The figures could not be independently verified.',
];

const COLOUR = ['', '', '', ', officials said', ' amid rising tensions', ' after weeks of silence', ' in a rare move', ', according to people familiar with the matter', ' on the eve of a holiday'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The actors and the sides of each theatre, read from examples/actors.json. */
function loadActors() {
  const actors = JSON.parse(readFileSync(here('../examples/actors.json'), 'utf8'));
  const byId = new Map(actors.map((a) => [a.id, a]));
  const theatres = THEATRES.map((theatre) => {
    for (const id of theatre.sides) if (!byId.has(id)) throw new Error(`bench/corpus.mjs: expected actor "${id}" in examples/actors.json, found none`);
    const sides = theatre.sides.map((state) => actors.filter((a) => a.id === state || a.affiliation === state));
    return { ...theatre, sides };
  });
  return { actors, theatres };
}

/** One article of 5–15 sentences: a lede, then quotes, reported actions, hard cases and background. */
function makeArticle(random, theatres, index) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const theatre = pick(theatres);
  const tone = 0.15 + random() * 0.7; // share of engagement in this article
  const published = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 731) * 86_400_000);
  const publishedAt = published.toISOString().slice(0, 10);
  const time = () => {
    const r = random();
    if (r < 0.35) return '';
    if (r < 0.65) return ` on ${pick(WEEKDAYS)}`;
    if (r < 0.75) return pick([' last week', ' earlier this month', ' late on Sunday', ' this week']);
    const day = new Date(published.getTime() - Math.floor(random() * 6) * 86_400_000);
    return ` on ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}`;
  };
  const nameOf = (actor) => {
    const forms = [actor.name, ...(actor.aliases ?? [])];
    const form = random() < 0.45 ? actor.name : pick(forms);
    return actor.kind === 'organization' && !/^the /i.test(form) ? `the ${form}` : form;
  };
  const fill = (template, target) =>
    template
      .replace(/\{T's\}/g, () => possessive(nameOf(target)))
      .replace(/\{T\}/g, () => nameOf(target))
      .replace(/\{O\}/g, () => pick(OFFENCES))
      .replace(/\{P\}/g, () => pick(theatre.places))
      .replace(/\{C\}/g, () => pick(theatre.capitals))
      .replace(/\{M\}/g, () => pick(theatre.mediators))
      .replace(/\{R\}/g, theatre.region)
      .replace(/\{N\}/g, () => String(2 + Math.floor(random() * 8)))
      .replace(/\{time\}/g, time);

  let lastPerson; // the last person named as a speaker, for "he said" / "she added"
  const parties = () => {
    const s = random() < 0.5 ? 0 : 1;
    const speaker = pick(theatre.sides[s]);
    const other = theatre.sides[1 - s];
    const target = random() < 0.7 ? other[0] : pick(other); // mostly the state, sometimes a leader
    return { speaker, target };
  };
  const speakerText = (speaker) => {
    if (speaker === lastPerson && speaker.pronouns?.length && random() < 0.5) return speaker.pronouns[0];
    if (speaker.kind === 'person') lastPerson = speaker;
    return nameOf(speaker);
  };
  const pole = () => (random() < tone ? 'engagement' : 'confrontation');

  const quote = () => {
    const { speaker, target } = parties();
    const roll = random();
    const body = fill(roll < 0.2 ? pick(HARD_QUOTES) : pick(pole() === 'engagement' ? ENGAGEMENT_QUOTES : CONFRONTATION_QUOTES), target);
    const who = speakerText(speaker);
    const when = time();
    switch (Math.floor(random() * 6)) {
      case 0:
        return `"${body}," ${who} said${when}.`;
      case 1:
        return `"${body}," said ${who}${when}.`;
      case 2:
        return `${who} said${when}: "${body}."`;
      case 3:
        return `"${body}," ${who} told reporters in ${pick(theatre.capitals)}${when}.`;
      case 4:
        return `“${body},” ${who} said in a statement.`;
      default:
        return `${possessive(who)} statement read: "${body}."`;
    }
  };
  const reported = () => {
    const { speaker, target } = parties();
    const who = speakerText(speaker);
    const roll = random();
    if (roll < 0.2) return `${who}${time()} ${fill(pick(HARD_REPORTED), target)}${pick(COLOUR)}.`;
    const action = fill(pick(pole() === 'engagement' ? ENGAGEMENT_ACTIONS : CONFRONTATION_ACTIONS), target);
    if (roll < 0.3) return `According to ${pick(theatre.capitals)}, ${who} ${action}${time()}.`;
    if (roll < 0.4) return `${who} ${pick(['strongly', 'firmly', 'quietly', 'gradually', 'once again'])} ${action}${time()}${pick(COLOUR)}.`;
    return `${who} ${action}${time()}${pick(COLOUR)}.`;
  };
  const background = () => fill(pick(NEUTRAL));

  const count = 5 + Math.floor(random() * 11);
  const sentences = [capitalise(reported())];
  while (sentences.length < count) {
    const r = random();
    sentences.push(capitalise(r < 0.38 ? quote() : r < 0.75 ? reported() : background()));
  }
  const paragraphs = [];
  for (let i = 0; i < sentences.length; ) {
    const size = 1 + Math.floor(random() * 3);
    paragraphs.push(sentences.slice(i, i + size).join(' '));
    i += size;
  }
  return { document: { id: `gen-${String(index).padStart(5, '0')}`, text: paragraphs.join('\n\n'), publishedAt }, sentences };
}

const PRONOUN_POSSESSIVES = { he: 'his', she: 'her', it: 'its', they: 'their' };
const possessive = (name) => PRONOUN_POSSESSIVES[name] ?? `${name}'s`;
const capitalise = (s) => s.replace(/^(["“]?)(\p{Ll})/u, (_, q, c) => q + c.toUpperCase());

/** The demo corpus as documents (front matter stripped, date from it) and as sentences. */
function demoCorpus() {
  const dir = here('../examples/corpus/');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const raw = readFileSync(new URL(name, dir), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n/.exec(raw);
      const publishedAt = /^date:\s*(\S+)/m.exec(match?.[1] ?? '')?.[1];
      if (publishedAt === undefined) throw new Error(`bench/corpus.mjs: expected "date:" in the front matter of ${name}, found none`);
      const text = raw.slice(match[0].length).trim();
      return { document: { id: name.replace(/\.md$/, ''), text, publishedAt }, sentences: splitSentences(text) };
    });
}

/** Sentences of plain prose: after . ! ? (and a closing quote), before a capital or an opening quote. */
export function splitSentences(text) {
  return text
    .split(/\n\s*\n/)
    .flatMap((p) => p.replace(/\s+/g, ' ').trim().split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?[A-Z0-9])/))
    .filter((s) => s.length > 0);
}

/** Builds the corpus (no memo): generated articles until their sentences reach `megabytes` MiB, then the demo corpus. */
export function buildCorpus({ seed = DEFAULT_SEED, megabytes = DEFAULT_MEGABYTES } = {}) {
  const { theatres } = loadActors();
  const random = mulberry32(seed);
  const documents = [];
  const sentences = [];
  const target = megabytes * 2 ** 20;
  let bytes = 0;
  while (bytes < target) {
    const article = makeArticle(random, theatres, documents.length);
    documents.push(article.document);
    for (const s of article.sentences) {
      sentences.push(s);
      bytes += Buffer.byteLength(s);
    }
  }
  for (const demo of demoCorpus()) {
    documents.push(demo.document);
    sentences.push(...demo.sentences);
  }
  return { documents, sentences };
}

/** The corpus, from bench/out/corpus.json when it was built by this version of the generator. */
export function loadCorpus({ seed = DEFAULT_SEED, megabytes = DEFAULT_MEGABYTES, rebuild = false } = {}) {
  const key = `${seed}:${megabytes}:${sourceHash()}`;
  const file = here('./out/corpus.json');
  if (!rebuild) {
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8'));
      if (saved.key === key) return saved;
    } catch {
      // no memo yet, or an unreadable one: build it
    }
  }
  const corpus = { key, seed, megabytes, ...buildCorpus({ seed, megabytes }) };
  mkdirSync(here('./out/'), { recursive: true });
  const temp = here(`./out/corpus.json.${process.pid}.tmp`);
  writeFileSync(temp, JSON.stringify(corpus));
  renameSync(temp, file); // concurrent runs never read a half-written memo
  return corpus;
}

/** FNV-1a over this generator, the actors and the demo corpus: the memo's version. */
function sourceHash() {
  const dir = here('../examples/corpus/');
  const parts = [readFileSync(here('./corpus.mjs'), 'utf8'), readFileSync(here('../examples/actors.json'), 'utf8')];
  for (const name of readdirSync(dir).sort()) parts.push(name, readFileSync(new URL(name, dir), 'utf8'));
  let hash = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i += 1) {
      hash ^= part.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** UTF-8 bytes of a list of strings. */
export const bytesOf = (texts) => texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i === -1 ? fallback : Number(process.argv[i + 1]);
  };
  const started = performance.now();
  const corpus = loadCorpus({ seed: arg('seed', DEFAULT_SEED), megabytes: arg('megabytes', DEFAULT_MEGABYTES), rebuild: process.argv.includes('--rebuild') });
  const docBytes = bytesOf(corpus.documents.map((d) => d.text));
  console.log(
    `${corpus.documents.length} documents (${(docBytes / 1e6).toFixed(2)} MB), ${corpus.sentences.length} sentences (${(bytesOf(corpus.sentences) / 1e6).toFixed(2)} MB), ` +
      `seed ${corpus.seed}, in ${(performance.now() - started).toFixed(0)} ms → bench/out/corpus.json`,
  );
  if (process.argv.includes('--sample')) {
    const doc = corpus.documents[Number(process.argv[process.argv.indexOf('--sample') + 1]) || 0];
    console.log(`\n${doc.id} ${doc.publishedAt}\n${doc.text}`);
  }
}
