/** The part of jstat (which ships no types) that the tracker uses. */
declare module 'jstat' {
  interface StudentT {
    /** The quantile function of Student's t distribution with `dof` degrees of freedom (may be fractional). */
    inv(p: number, dof: number): number;
  }
  const jStat: { readonly studentt: StudentT };
  export default jStat;
}
