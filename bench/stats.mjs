// Summary statistics shared by the bench scripts.

/** The middle value of `values` (the upper one of the two middle values for an even count). */
export function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}
