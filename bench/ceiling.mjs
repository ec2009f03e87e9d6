// The ceiling: what stancetrack's NLP stage (src/nlp/index.ts) asks of wink-nlp, and nothing else —
// the English lite model with the stages ['sbd', 'pos'] (tokenisation is implicit), one readDoc per
// text, and read out: tokens().out(its.value), .out(its.normal), .out(its.lemma), .out(its.pos) and
// sentences().out(its.span). Left out, as stancetrack's own work on top of wink: NFC normalisation,
// locating token offsets, and re-lemmatising capitalised proper nouns (cached, once per form).
// Shared by bench/run.mjs, bench/cold-start.mjs --floor and bench/result-floor.mjs.

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
