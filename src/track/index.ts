/** The tracker: per-actor stance over time, its export and the statement filters that feed it. */
export { createTracker, mergeTrackers, Tracker } from './tracker.js';
export { toCSV, toRecords } from './export.js';
export type { SeriesRecord } from './export.js';
export { dedupe } from './dedupe.js';
export type { DedupeInput, DedupeOptions, Deduped } from './dedupe.js';
export type {
  ActorSummary,
  BucketJSON,
  Interval,
  Point,
  ResolvedTrackerOptions,
  Series,
  SeriesQuery,
  Shift,
  ShiftOptions,
  TrackerJSON,
  TrackerOptions,
  TrackInput,
  Weighting,
} from './types.js';
