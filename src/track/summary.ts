import { GRANULARITIES, sortedKeys, type SeriesBuckets } from './buckets.js';
import { formatDay } from './calendar.js';
import { keyEnd, keyStart, periodEnd, periodStart } from './intervals.js';
import { Moments } from './moments.js';
import { gather } from './series.js';
import { estimate, weightedTrend } from './stats.js';
import type { ActorSummary, Interval } from './types.js';

/** Mean length of a Gregorian year in days, the unit of `trend`. */
const DAYS_PER_YEAR = 365.2425;

/** The summary of an actor's overall buckets; `trend` uses the periods of `interval`. */
export function summarize(actor: string, buckets: SeriesBuckets, interval: Interval): ActorSummary {
  const total = new Moments();
  let first = Infinity;
  let last = -Infinity;
  for (const granularity of GRANULARITIES) {
    const map = buckets[granularity];
    for (const key of sortedKeys(map)) {
      total.merge(map.get(key)!);
      first = Math.min(first, keyStart(granularity, key));
      last = Math.max(last, keyEnd(granularity, key));
    }
  }
  const gathered = gather(buckets, interval);
  const trend = weightedTrend(
    gathered.periods.map((period, i) => ({ x: (periodStart(interval, period) + periodEnd(interval, period)) / 2 / DAYS_PER_YEAR, moments: gathered.moments[i]! })),
  );
  const { mean, sd } = estimate(total);
  return { actor, n: total.n, mean, sd, first: formatDay(first), last: formatDay(last), trend: trend.slope, trendCI: trend.ci, coarse: gathered.coarse };
}
