import { describe, expect, it } from 'vitest';
import { analyze, score } from '../../src/index.js';
import { koreaActors } from '../fixtures/actors.js';
import { koreaArticle } from '../fixtures/korea-article.js';

const statements = analyze({ text: koreaArticle, publishedAt: '2025-11-02', id: 'korea', source: 'fixture' }, { actors: koreaActors });
const row = (s: (typeof statements)[number]) => [s.kind, s.actor, s.target, s.targetBasis, s.time.date, s.time.granularity, s.time.basis, s.attribution.method];
const find = (fragment: string) => {
  const found = statements.find((s) => s.text.includes(fragment));
  if (found === undefined) throw new Error(`no statement contains "${fragment}"`);
  return found;
};

describe('extraction on an inter-Korean article (golden)', () => {
  it.each([
    { fragment: 'addressed his Cabinet', expect: ['action', 'lee-jae-myung', 'north-korea', 'document', '2025-08-18', 'day', 'explicit', 'alias'] },
    { fragment: 'Lasting security', expect: ['quote', 'lee-jae-myung', 'north-korea', 'document', '2025-08-18', 'day', 'explicit', 'alias'] },
    { fragment: 'urged the ministries', expect: ['reported', 'lee-jae-myung', 'north-korea', 'document', '2025-08-18', 'day', 'explicit', 'pronoun'] },
    { fragment: 'will not pursue unification', expect: ['quote', 'lee-jae-myung', 'north-korea', 'named', '2025-08-18', 'day', 'explicit', 'alias'] },
    { fragment: 'Trust can grow', expect: ['quote', 'lee-jae-myung', 'north-korea', 'document', '2025-08-18', 'day', 'explicit', 'alias'] },
    { fragment: 'issued a sharp statement', expect: ['action', 'kim-yo-jong', 'south-korea', 'document', '2025-07-28', 'day', 'explicit', 'explicit'] },
    { fragment: 'cannot undo its hostile acts', expect: ['quote', 'kim-yo-jong', 'south-korea', 'named', '2025-07-28', 'day', 'explicit', 'nearest-mention'] },
    { fragment: 'abolished the agencies', expect: ['action', 'north-korea', 'south-korea', 'document', '2024', 'year', 'relative', 'alias'] },
    { fragment: 'named the South its main enemy', expect: ['action', 'north-korea', 'south-korea', 'named', '2024', 'year', 'relative', 'alias'] },
    { fragment: 'not interested', expect: ['reported', 'kim-jong-un', 'south-korea', 'named', '2025-11-02', 'day', 'published', 'explicit'] },
    { fragment: 'prepare for the occupation', expect: ['action', 'kim-jong-un', 'south-korea', 'named', '2025-11-02', 'day', 'published', 'nearest-mention'] },
    { fragment: 'repeatedly offered talks', expect: ['action', 'lee-jae-myung', 'north-korea', 'named', '2025-06', 'month', 'explicit', 'alias'] },
    { fragment: 'keep building trust', expect: ['reported', 'lee-jae-myung', 'north-korea', 'named', '2025-11-01', 'day', 'relative', 'alias'] },
    { fragment: 'feel more secure', expect: ['quote', 'lee-jae-myung', 'north-korea', 'named', '2025-11-01', 'day', 'relative', 'pronoun'] },
    { fragment: 'The talks were useful', expect: ['quote', null, null, null, '2025-11-02', 'day', 'published', 'explicit'] },
  ])('"$fragment" → $expect', ({ fragment, expect: expected }) => {
    expect(row(find(fragment))).toEqual(expected);
  });

  it('finds exactly these statements, in text order, with ids counting from 0', () => {
    expect(statements).toHaveLength(15);
    expect(statements.map((s) => s.id)).toEqual(statements.map((_, i) => `korea#${i}`));
    expect(statements.map((s) => s.span[0])).toEqual([...statements.map((s) => s.span[0])].sort((a, b) => a - b));
  });

  it('every statement text is its span of the document, and carries the source', () => {
    for (const s of statements) {
      expect(koreaArticle.slice(s.span[0], s.span[1])).toBe(s.text);
      expect(s.source).toBe('fixture');
    }
  });

  it('each stance is scored from the document, with hit and sentence spans into the statement text', () => {
    for (const s of statements) {
      for (const hit of s.stance.hits) expect(s.text.slice(hit.span[0], hit.span[1])).toBe(hit.text);
      for (const sentence of s.stance.sentences) expect(s.text.slice(sentence.span[0], sentence.span[1])).toBe(sentence.text);
    }
    expect(statements.map((s) => s.stance.label)).toEqual(statements.map((s) => score(s.text).label));
  });

  it.each([
    { fragment: 'Lasting security', label: 'engagement' },
    { fragment: 'will not pursue unification', label: 'engagement' },
    { fragment: 'keep building trust', label: 'engagement' },
    { fragment: 'cannot undo its hostile acts', label: 'confrontation' },
    { fragment: 'abolished the agencies', label: 'confrontation' },
    { fragment: 'named the South its main enemy', label: 'confrontation' },
    { fragment: 'not interested', label: 'confrontation' },
    { fragment: 'prepare for the occupation', label: 'confrontation' },
  ])('"$fragment" leans $label', ({ fragment, label }) => {
    expect(find(fragment).stance.label).toBe(label);
  });

  it('keeps the words that named an unknown speaker, with confidence 0', () => {
    const s = find('The talks were useful');
    expect([s.actorMention, s.attribution.confidence]).toEqual(['a senior diplomat', 0]);
  });
});
