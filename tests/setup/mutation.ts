/**
 * Setup of the mutation tests only (vitest.mutation.config.ts). Stryker runs instrumented code (every
 * mutant behind a switch, coverage counted per test) two at a time on a shared machine: several times
 * slower than `npm test`, where the tests' time limits (a 300 × 300 heatmap in 1 s, a 100 000-character
 * word in linear time, no hang on 1e6 lines) are checked. Here the tests' clock runs ten times slower, so
 * those limits become ten times as long: a mutant that makes the code hang or go quadratic still fails
 * them (or Stryker's own timeout), and the unmutated code passes the initial run. Vitest's own timing
 * keeps the real clock (it bound `performance.now` before this file runs).
 */
const realNow = performance.now.bind(performance);
performance.now = () => realNow() / 10;
