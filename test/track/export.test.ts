import { describe, expect, it } from 'vitest';
import { StancetrackError } from '../../src/errors.js';
import { createTracker, toCSV, toRecords, type Series } from '../../src/track/index.js';
import { statement } from './fixtures.js';

const HEADER =
  'actor,target,interval,start,end,n,mean,sd,ci_low,ci_high,engagement_share,confrontation_share,mixed_share,neutral_share,ewma,sparse';

function tracked(): Series[] {
  const tracker = createTracker({ interval: 'month', minN: 2 });
  tracker.addMany([
    statement('kim', '2024-01-10', 0.5, { target: 'lee' }),
    statement('kim', '2024-01-11', 0.25),
    statement('kim', '2024-03-01', -0.5),
  ]);
  return tracker.series();
}

describe('toRecords', () => {
  it('gives one snake_case row per point, with null for missing values', () => {
    const records = toRecords(tracked());
    expect(records).toHaveLength(4);
    expect(records[1]).toEqual({
      actor: 'kim',
      target: null,
      interval: 'month',
      start: '2024-02-01',
      end: '2024-02-29',
      n: 0,
      mean: null,
      sd: null,
      ci_low: null,
      ci_high: null,
      engagement_share: null,
      confrontation_share: null,
      mixed_share: null,
      neutral_share: null,
      ewma: 0.375,
      sparse: true,
    });
    expect(records[3]).toMatchObject({ actor: 'kim', target: 'lee', n: 1, mean: 0.5, sd: null, ci_low: -1, ci_high: 1, engagement_share: 1, sparse: true });
  });

  it('gives no rows for no series', () => {
    expect(toRecords([])).toEqual([]);
  });
});

describe('toCSV', () => {
  it('writes a header, NA for null, TRUE/FALSE, full-precision numbers and \\n after every row (as R and pandas read them)', () => {
    const csv = toCSV(tracked());
    const lines = csv.split('\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines[2]).toBe('kim,NA,month,2024-02-01,2024-02-29,0,NA,NA,NA,NA,NA,NA,NA,NA,0.375,TRUE');
    expect(lines[4]).toBe('kim,lee,month,2024-01-01,2024-01-31,1,0.5,NA,-1,1,1,0,0,0,0.5,TRUE');
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe('');
    expect(csv).not.toMatch(/NaN|null|undefined|true|false|,,|\r/);
  });

  it.each([
    { actor: 'plain', cell: 'plain' },
    { actor: 'a,b', cell: '"a,b"' },
    { actor: 'say "hi"', cell: '"say ""hi"""' },
    { actor: 'two\nlines', cell: '"two\nlines"' },
    { actor: 'cr\rhere', cell: '"cr\rhere"' },
  ])('quotes a field only when it holds a comma, quote or line break: $actor → $cell', ({ actor, cell }) => {
    const tracker = createTracker({ interval: 'year' });
    tracker.add(statement(actor, '2024-01-01', 0));
    expect(toCSV(tracker.series())).toBe(`${HEADER}\n${cell},NA,year,2024-01-01,2024-12-31,1,0,NA,-1,1,0,0,0,1,0,TRUE\n`);
  });

  it('writes only the header for no series', () => {
    expect(toCSV([])).toBe(`${HEADER}\n`);
  });
});

describe('toRecords and toCSV input', () => {
  it.each([
    { series: null, message: 'series: expected an array of series such as tracker.series(), found null' },
    { series: [null], message: 'series[0]: expected a series from tracker.series(), found null' },
    { series: [{ actor: 'kim' }], message: 'series[0].points: expected an array of points, found undefined' },
    { series: [{ actor: 'kim', points: [7] }], message: 'series[0].points[0]: expected a point object, found 7' },
  ])('reject $series with E_INPUT naming the path', ({ series, message }) => {
    for (const [name, fn] of [['toRecords', toRecords], ['toCSV', toCSV]] as const) {
      expect(() => fn(series as never)).toThrowError(expect.objectContaining({ code: 'E_INPUT', message: `stancetrack: ${name}: ${message}` }) as unknown as Error);
    }
  });

  it('says to pass tracker.series() when given the tracker itself', () => {
    const tracker = createTracker({ interval: 'month' });
    expect(() => toCSV(tracker as never)).toThrowError(StancetrackError);
    expect(() => toCSV(tracker as never)).toThrowError('toCSV: series: expected an array of series such as tracker.series(), found object');
  });
});
