/**
 * How big the property tests' generated memories are. `npm test` uses the
 * sizes users have (1,000+ units: a bug that drops every n-th unit shows);
 * mutation testing (`npm run mutation`, BITEXT_MUTATION=1 in
 * vitest.mutation.config.ts) runs the same properties on 50–80 units with
 * fewer runs, so each of its ~3,700 mutants costs seconds, not tens.
 */
const mutation = process.env['BITEXT_MUTATION'] === '1';

/** Length bounds of a "large memory" array arbitrary. */
export const LARGE: { readonly minLength: number; readonly maxLength: number } = mutation ? { minLength: 50, maxLength: 80 } : { minLength: 1000, maxLength: 1300 };

/** The number of runs of a property: `normal` in npm test, at most `underMutation` (default 50) in mutation testing. */
export function runs(normal: number, underMutation = 50): number {
  return mutation ? Math.min(normal, underMutation) : normal;
}
