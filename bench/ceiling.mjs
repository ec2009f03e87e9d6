// The ceiling: what stancetrack's NLP stage (src/nlp/index.ts) asks of wink-nlp, and nothing else —
// the English lite model with the stages ['sbd', 'pos'] (tokenisation is implicit), one readDoc per
// text, and read out: tokens().out(its.value), .out(its.normal), .out(its.lemma), .out(its.pos) and
// sentences().out(its.span). Left out, as stancetrack's own work on top of wink: NFC normalisation,
// locating token offsets, and re-lemmatising capitalised proper nouns (cached, once per form).
// Shared by bench/run.mjs, bench/cold-start.mjs --floor and bench/result-floor.mjs.
//
// scoreMany reads short texts joined by a blank line, up to 64 texts or 16,384 characters in one readDoc
// (JOIN_TEXTS and JOIN_CHARS in src/nlp/index.ts); `joinedBlocks` joins texts the same way, so the
// ceiling can be read as scoreMany reads and stays a ceiling for it.

/** Loads the pipeline; the returned function reads one text and returns the fields stancetrack reads. */
export function ceilingReader(winkNLP, model) {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  return (text) => {
    const doc = nlp.readDoc(text);
    const tokens = doc.tokens();
    return { values: tokens.out(its.value), normals: tokens.out(its.normal), lemmas: tokens.out(its.lemma), tags: tokens.out(its.pos), spans: doc.sentences().out(its.span) };
  };
}

/** How many items a read produced, so a benchmark can fold it into its sink. */
export function fieldCount({ values, normals, lemmas, tags, spans }) {
  return values.length + normals.length + lemmas.length + tags.length + spans.length;
}

/** The texts in groups of at most 64 texts and 16,384 characters (with separators), as scoreMany joins them. */
export function joinedGroups(texts) {
  const groups = [];
  let group = [];
  let chars = 0;
  for (const text of texts) {
    if (group.length === 64 || chars + text.length > 16_384) {
      groups.push(group);
      group = [];
      chars = 0;
    }
    group.push(text);
    chars += text.length + 2;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** The texts joined by a blank line into blocks of at most 64 texts and 16,384 characters, as scoreMany reads them. */
export function joinedBlocks(texts) {
  return joinedGroups(texts).map((group) => group.join('\n\n'));
}
