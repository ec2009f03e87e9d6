import { GRANULARITIES, sortedKeys, type SeriesBuckets } from './buckets.js';
import { formatDay } from './calendar.js';
import { periodEnd, periodOfDay, periodOfMonth, periodOfYear, periodStart } from './intervals.js';
import { Moments } from './moments.js';
import { effectiveCount, estimate, ewmaAlpha } from './stats.js';
import type { Interval, Point, Series } from './types.js';

/** A series' buckets gathered into the periods of one interval. */
export interface Periods {
  /** Period numbers of the non-empty periods, ascending. */
  readonly periods: readonly number[];
  /** The statistics of each period in `periods`. */
  readonly moments: readonly Moments[];
  /** Statements dated too coarsely to fit a period of the interval. */
  readonly coarse: number;
}

/**
 * Gathers a series' buckets into periods. Buckets are merged in key order so the result depends only
 * on the buckets, not on the order in which statements arrived.
 */
export function gather(buckets: SeriesBuckets, interval: Interval): Periods {
  const byPeriod = new Map<number, Moments>();
  let coarse = 0;
  for (const granularity of GRANULARITIES) {
    const map = buckets[granularity];
    for (const key of sortedKeys(map)) {
      const bucket = map.get(key)!;
      const period = granularity === 'day' ? periodOfDay(interval, key) : granularity === 'month' ? periodOfMonth(interval, key) : periodOfYear(interval, key);
      if (period === undefined) {
        coarse += bucket.n;
        continue;
      }
      let moments = byPeriod.get(period);
      if (moments === undefined) {
        moments = new Moments();
        byPeriod.set(period, moments);
      }
      moments.merge(bucket);
    }
  }
  const periods = sortedKeys(byPeriod);
  return { periods, moments: periods.map((p) => byPeriod.get(p)!), coarse };
}

/** Settings that shape points but not the stored statistics. */
export interface PointSettings {
  readonly minN: number;
  readonly halfLife: number;
}

/** The series of gathered periods, with every empty period between the first and last one filled in. */
export function toSeries(actor: string, target: string | null, interval: Interval, gathered: Periods, settings: PointSettings): Series {
  const points: Point[] = [];
  const alpha = ewmaAlpha(settings.halfLife);
  let ewma: number | null = null;
  // Periods since the last mean: the earlier means age over empty periods too, so the next mean takes
  // the weight the empty periods would have taken (1 − (1 − alpha)^(empty + 1)).
  let sinceMean = 0;
  let next = 0;
  const first = gathered.periods[0];
  const last = gathered.periods[gathered.periods.length - 1];
  if (first !== undefined && last !== undefined) {
    for (let period = first; period <= last; period++) {
      const start = formatDay(periodStart(interval, period));
      const end = formatDay(periodEnd(interval, period));
      sinceMean += 1;
      if (gathered.periods[next] !== period) {
        points.push(emptyPoint(start, end, ewma));
        continue;
      }
      const moments = gathered.moments[next++]!;
      const { mean, sd, ci } = estimate(moments);
      if (mean !== null) {
        ewma = ewma === null ? mean : ewma + (1 - (1 - alpha) ** sinceMean) * (mean - ewma);
        sinceMean = 0;
      }
      const n = moments.n;
      points.push({
        start,
        end,
        n,
        mean,
        sd,
        ci,
        engagementShare: moments.engagement / n,
        confrontationShare: moments.confrontation / n,
        mixedShare: moments.mixed / n,
        neutralShare: moments.neutral / n,
        ewma,
        // Weights of confidence 0 (statements without hits) add to n but not to what the mean rests on.
        // A hair of tolerance: three equal weights of 0.3 give nₑ = 2.999999999999999.
        sparse: n < settings.minN || effectiveCount(moments) < settings.minN - 1e-9,
      });
    }
  }
  return { actor, target, interval, coarse: gathered.coarse, points };
}

function emptyPoint(start: string, end: string, ewma: number | null): Point {
  return {
    start,
    end,
    n: 0,
    mean: null,
    sd: null,
    ci: null,
    engagementShare: null,
    confrontationShare: null,
    mixedShare: null,
    neutralShare: null,
    ewma,
    sparse: true,
  };
}
