import { describe, expect, it } from 'vitest';
import { StancetrackError } from '../../src/errors.js';
import { dedupe, type DedupeInput } from '../../src/track/index.js';

function said(actor: string | null, text: string, date: string, source?: string): DedupeInput {
  const granularity = date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
  return { actor, text, time: { date, granularity }, ...(source === undefined ? {} : { source }) };
}

const ORIGINAL = said('kim', 'We will never give up our nuclear deterrent.', '2024-03-01', 'kcna');

/**
 * 40 days of 5 statements a day, each followed by a wire copy, with a far-future typo at position 50;
 * records how much of it has been pulled and whether it is exhausted.
 */
function typoFeed() {
  const feed = { pulled: 0, exhausted: false, positions: new Map<string, number>(), items: [] as DedupeInput[] };
  const add = (statement: DedupeInput) => {
    feed.positions.set(statement.text, feed.items.length);
    feed.items.push(statement);
  };
  for (let day = 0; day < 40; day++) {
    const date = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
    for (let n = 0; n < 5; n++) {
      if (feed.items.length === 50) add(said('kim', 'Typo.', '2052-01-01', 'kcna'));
      add(said('kim', `Statement ${day}.${n}.`, date, 'kcna'));
      feed.items.push(said('kim', `Statement ${day}.${n}.`, date, 'yonhap'));
    }
  }
  return feed;
}

/** A statement `dedupe` yielded, with how much of the input had been pulled then. */
interface Yielded {
  readonly text: string;
  readonly sources: number;
  readonly pulled: number;
  readonly exhausted: boolean;
}

/** Checks what `dedupe` yielded from a `typoFeed`. */
function expectTypoHeldAlone(feed: ReturnType<typeof typoFeed>, out: Yielded[]) {
  expect(out).toHaveLength(201);
  expect(out.filter((s) => s.sources !== 2).map((s) => s.text)).toEqual(['Typo.']);
  // Everything dated more than 3 days before the last day (39) is yielded while the input is still being read.
  expect(out.filter((s) => !s.exhausted)).toHaveLength(36 * 5);
  // A statement waits only for the first statement dated 4 days later: at most 4 days of 10 statements, plus the typo.
  const waits = out.filter((s) => !s.exhausted).map((s) => s.pulled - feed.positions.get(s.text)!);
  expect(Math.max(...waits)).toBeLessThanOrEqual(41);
}

describe('dedupe', () => {
  it.each([
    { name: 'same text from another source the next day', copy: said('kim', 'We will never give up our nuclear deterrent.', '2024-03-02', 'yonhap'), kept: 1 },
    { name: 'case, punctuation and spacing differ', copy: said('kim', '  we WILL never give up our nuclear   deterrent!!', '2024-03-01', 'ap'), kept: 1 },
    { name: 'curly quotes and dashes differ', copy: said('kim', 'We will never—give up our “nuclear deterrent”', '2024-03-01', 'ap'), kept: 1 },
    { name: 'the copy has no source', copy: said('kim', 'We will never give up our nuclear deterrent.', '2024-03-04'), kept: 1 },
    { name: 'exactly windowDays (3) later', copy: said('kim', 'We will never give up our nuclear deterrent.', '2024-03-04', 'ap'), kept: 1 },
    { name: 'more than windowDays later', copy: said('kim', 'We will never give up our nuclear deterrent.', '2024-03-05', 'ap'), kept: 2 },
    { name: 'the same source (said twice)', copy: said('kim', 'We will never give up our nuclear deterrent.', '2024-03-02', 'kcna'), kept: 2 },
    { name: 'another actor', copy: said('lee', 'We will never give up our nuclear deterrent.', '2024-03-01', 'ap'), kept: 2 },
    { name: 'another text', copy: said('kim', 'We will never give up our nuclear weapons.', '2024-03-01', 'ap'), kept: 2 },
  ])('$name → $kept kept', ({ copy, kept }) => {
    const out = [...dedupe([ORIGINAL, copy])];
    expect(out).toHaveLength(kept);
    expect(out.map((s) => s.sources)).toEqual(kept === 1 ? [2] : [1, 1]);
    expect(out[0]).toEqual({ ...ORIGINAL, sources: kept === 1 ? 2 : 1 });
  });

  it('keeps the first copy, counts every copy in sources and leaves the input objects untouched', () => {
    const input = [ORIGINAL, said('kim', ORIGINAL.text, '2024-03-01', 'ap'), said('kim', ORIGINAL.text, '2024-03-02', 'afp')];
    const out = [...dedupe(input)];
    expect(out).toEqual([{ ...ORIGINAL, sources: 3 }]);
    expect(out[0]).not.toBe(ORIGINAL);
    expect(ORIGINAL).not.toHaveProperty('sources');
  });

  it('counts a YYYY-MM date from its first day', () => {
    const out = [...dedupe([said('kim', 'Talks now.', '2024-03', 'a'), said('kim', 'Talks now.', '2024-03-03', 'b'), said('kim', 'Talks now.', '2024-03-09', 'c')])];
    expect(out.map((s) => [s.time.date, s.sources])).toEqual([
      ['2024-03', 2],
      ['2024-03-09', 1],
    ]);
  });

  it('honours windowDays: 0 merges only copies of the same day', () => {
    const input = [said('kim', 'Talks now.', '2024-03-01', 'a'), said('kim', 'Talks now.', '2024-03-01', 'b'), said('kim', 'Talks now.', '2024-03-02', 'c')];
    expect([...dedupe(input, { windowDays: 0 })].map((s) => s.sources)).toEqual([2, 1]);
  });

  it('streams: yields a kept statement as soon as a statement dated beyond its window arrives, in input order', () => {
    let pulled = 0;
    function* input() {
      for (let day = 1; day <= 28; day++) {
        pulled++;
        yield said('kim', `Statement ${day}.`, `2024-02-${String(day).padStart(2, '0')}`);
      }
    }
    const stream = dedupe(input(), { windowDays: 3 });
    expect(stream.next().value?.text).toBe('Statement 1.');
    // Statement 1 (Feb 1) is final once Feb 5 arrives: more than 3 days later.
    expect(pulled).toBe(5);
    expect([...stream].map((s) => s.text)).toEqual(Array.from({ length: 27 }, (_, i) => `Statement ${i + 2}.`));
  });

  it('drops a copy that arrives after its original was yielded, as wire copies of a back-dated statement do', () => {
    // Each article says what Kim said "in 2023" among its 2025 news; the 2025 statement makes the 2023 one final.
    const input = [said('kim', 'Talks now.', '2023-05-01', 'a'), said('kim', 'Other.', '2025-03-10', 'a'), said('kim', 'Talks now.', '2023-05-01', 'b'), said('kim', 'Other.', '2025-03-10', 'b')];
    expect([...dedupe(input)].map((s) => [s.text, s.sources])).toEqual([
      ['Talks now.', 1],
      ['Other.', 2],
    ]);
  });

  it('forgets a yielded statement once a statement dated more than windowDays after the one that made it final arrives (input should be roughly date-ordered)', () => {
    const input = [said('kim', 'Talks now.', '2024-03-01', 'a'), said('kim', 'Other.', '2024-03-10', 'a'), said('kim', 'Another.', '2024-03-14', 'a'), said('kim', 'Talks now.', '2024-03-02', 'b')];
    expect([...dedupe(input)].map((s) => s.text)).toEqual(['Talks now.', 'Other.', 'Another.', 'Talks now.']);
    // On the day after 03-10 + 3 days the copy still finds it.
    const sooner = [input[0]!, input[1]!, said('kim', 'Another.', '2024-03-13', 'a'), input[3]!];
    expect([...dedupe(sooner)].map((s) => s.text)).toEqual(['Talks now.', 'Other.', 'Another.']);
  });

  it('still counts a statement said again by its own source after its original was yielded', () => {
    const input = [said('kim', 'Talks now.', '2023-05-01', 'a'), said('kim', 'Other.', '2025-03-10', 'a'), said('kim', 'Talks now.', '2023-05-01', 'a')];
    expect([...dedupe(input)].map((s) => s.text)).toEqual(['Talks now.', 'Other.', 'Talks now.']);
  });

  it('does not let a statement dated far ahead (a typo) hold back those after it: output resumes and memory stays bounded', () => {
    const feed = typoFeed();
    function* input() {
      for (const statement of feed.items) {
        feed.pulled++;
        yield statement;
      }
      feed.exhausted = true;
    }
    const out: Yielded[] = [];
    for (const s of dedupe(input())) out.push({ text: s.text, sources: s.sources, pulled: feed.pulled, exhausted: feed.exhausted });
    expectTypoHeldAlone(feed, out);
  });

  it('treats statements without an actor like any other actor', () => {
    expect([...dedupe([said(null, 'Talks now.', '2024-03-01', 'a'), said(null, 'Talks now.', '2024-03-01', 'b')])].map((s) => s.sources)).toEqual([2]);
  });

  it.each([{ windowDays: -1 }, { windowDays: NaN }, { window: 3 }])('rejects options %o with E_OPTIONS when called', (options) => {
    expect(() => dedupe([], options as never)).toThrowError(expect.objectContaining({ code: 'E_OPTIONS' }) as unknown as Error);
  });

  it.each([
    { item: { ...ORIGINAL, text: 5 }, issue: '[1].text: expected the statement text, found 5' },
    { item: { ...ORIGINAL, actor: '' }, issue: '[1].actor: expected a non-empty actor id or null, found ""' },
    { item: { ...ORIGINAL, source: 7 }, issue: '[1].source: expected a string or nothing, found 7' },
    { item: 'text', issue: '[1]: expected a statement object { actor, text, time }, found "text"' },
  ])('rejects a bad statement with E_INPUT and its index while iterating: $issue', ({ item, issue }) => {
    const stream = dedupe([ORIGINAL, item as DedupeInput]);
    let error: unknown;
    try {
      [...stream];
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StancetrackError);
    expect((error as StancetrackError).code).toBe('E_INPUT');
    expect((error as StancetrackError).message).toContain(issue);
  });
});

describe('dedupe input', () => {
  it('rejects a date that is not a calendar date with E_DATE and its index', () => {
    const bad = { ...ORIGINAL, time: { date: '2024-02-30', granularity: 'day' } } as DedupeInput;
    expect(() => [...dedupe([ORIGINAL, bad])]).toThrowError(
      expect.objectContaining({ code: 'E_DATE', issues: [{ path: '[1].time.date', message: 'expected a calendar date YYYY-MM-DD (granularity "day"), found "2024-02-30"' }] }) as unknown as Error,
    );
  });

  it.each([null, undefined, 5, {}])('rejects %o as statements with E_INPUT when called', (statements) => {
    expect(() => dedupe(statements as never)).toThrowError(
      expect.objectContaining({ code: 'E_INPUT', message: expect.stringContaining('dedupe: statements: expected an iterable or async iterable of statements') as unknown as string }) as unknown as Error,
    );
  });
});

describe('dedupe over an async stream', () => {
  it('gives the same statements and counts as over an array', async () => {
    const input = [ORIGINAL, said('kim', 'we will NEVER give up our nuclear deterrent', '2024-03-02', 'yonhap'), said('lee', 'Talks now.', '2024-03-02'), said('kim', 'Other words.', '2024-03-20')];
    async function* stream() {
      for (const s of input) yield s;
    }
    const out: unknown[] = [];
    for await (const s of dedupe(stream())) out.push(s);
    expect(out).toEqual([...dedupe(input)]);
    expect(out.map((s) => (s as { sources: number }).sources)).toEqual([2, 1, 1]);
  });

  it('keeps producing output after a statement dated far ahead (a typo)', async () => {
    const feed = typoFeed();
    async function* input() {
      for (const statement of feed.items) {
        feed.pulled++;
        yield statement;
      }
      feed.exhausted = true;
    }
    const out: Yielded[] = [];
    for await (const s of dedupe(input())) out.push({ text: s.text, sources: s.sources, pulled: feed.pulled, exhausted: feed.exhausted });
    expectTypoHeldAlone(feed, out);
  });
});
