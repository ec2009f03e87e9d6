/**
 * Binary search: the first index in `[0, length)` for which `before(index)` is false, given that
 * `before` is true for a prefix of the range and false after it (e.g. "token starts before offset").
 */
export function firstIndexWhereNot(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
