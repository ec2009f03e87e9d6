/**
 * Golden statements the scorer is known to get wrong, with the reason. They stay in the set (and in the
 * agreement figure) so the misses are visible; the golden test skips them by id.
 */
export const knownMisses: ReadonlyMap<string, string> = new Map<string, string>([
  [
    'g106',
    "mixed +0.16: the sanctions conceded after 'despite' still count half (contrast factor 0.5) against the speaker; the `owned` factor that zeroes another's act only applies when a name's possessive opens the conceded words ('despite Lee's offer'), and 'the sanctions' names no owner",
  ],
]);
