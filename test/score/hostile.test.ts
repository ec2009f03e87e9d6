import { describe, expect, it } from 'vitest';
import { score, type StanceScore } from '../../src/index.js';

/** The invariants every result must keep, whatever the input. */
function expectSound(text: string, r: StanceScore) {
  expect(Number.isFinite(r.score) && r.score >= -1 && r.score <= 1).toBe(true);
  expect(r.confidence >= 0 && r.confidence <= 1).toBe(true);
  for (const hit of r.hits) expect(text.slice(hit.span[0], hit.span[1])).toBe(hit.text);
  for (const s of r.sentences) expect(text.slice(s.span[0], s.span[1])).toBe(s.text);
}

const unit = 'Pyongyang rejected the proposals and warned of retaliation, but Seoul offered talks and humanitarian aid. ';

describe('hostile and unusual text', () => {
  it.each([
    { name: 'a 200,000-character sentence with no punctuation', text: 'the envoys held talks and threatened sanctions '.repeat(4300).slice(0, 200_000) },
    { name: 'a 200,000-character word', text: `They signed ${'a'.repeat(200_000)} the agreement.` },
    { name: 'binary junk', text: Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('') },
    { name: 'lone surrogates', text: 'They signed \uD800 the agreement \uDFFF and then \uD83D attacked.' },
    { name: 'emoji', text: 'We welcome the talks 🤝🕊️ but condemn the attack 💣🔥.' },
    { name: 'right-to-left text', text: 'قالت الوزارة إن المحادثات مستمرة. Israel and Jordan signed a water agreement. השיחות נמשכו' },
    { name: 'zero-width characters', text: 'They re\u200Bjected the pro\u200Dposal and offered\u2060 humanitarian aid.\uFEFF' },
    { name: 'HTML tags and entities', text: '<p>Seoul &amp; Pyongyang <b>agreed</b> to resume talks&nbsp;&mdash; then <i>cancelled</i> them.</p><script>alert(1)</script>' },
    { name: 'CRLF line ends', text: 'Seoul offered talks.\r\nPyongyang rejected them.\r\n\r\nThe ministry said nothing.\r\n' },
    { name: 'only punctuation and spaces', text: ' ,.;:!?"“”()—–-… \t\n ' },
  ])('scores $name without throwing, with spans into the original string', ({ text }) => {
    expectSound(text, score(text));
  });

  it('reads what follows a run of non-spaces longer than any word as it reads it alone', () => {
    const sentence = 'Seoul offered talks, but Pyongyang rejected them.';
    const run = `${'\u00e9x'.repeat(400)}\u{1F54A}`;
    const alone = score(sentence);
    const after = score(`${run} ${sentence}`);
    expect(after.hits.map((h) => [h.entry, h.span[0] - run.length - 1, h.span[1] - run.length - 1])).toEqual(alone.hits.map((h) => [h.entry, ...h.span]));
    expect(after.score).toBe(alone.score);
  });

  it('scores 10 MB of text, each copy of a sentence found at its own offset', { timeout: 120_000 }, () => {
    const text = unit.repeat(Math.ceil(10_000_000 / unit.length));
    const r = score(text);
    expectSound(text, r);
    expect(r.hits.length).toBe(score(unit).hits.length * Math.ceil(10_000_000 / unit.length));
  });

  it('scores NFC and NFD spellings of the same words alike', () => {
    const nfc = 'The détente held; the communiqué welcomed the rapprochement but rejected the proposal.';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const [a, b] = [score(nfc), score(nfd)];
    expect([b.score, b.label, b.hits.map((h) => h.entry)]).toEqual([a.score, a.label, a.hits.map((h) => h.entry)]);
    expectSound(nfd, b);
  });

  it('CRLF and LF texts score alike', () => {
    const lf = 'Seoul offered talks.\nPyongyang rejected them.';
    expect(score(lf.replace(/\n/g, '\r\n')).score).toBe(score(lf).score);
  });
});
