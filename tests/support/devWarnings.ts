/**
 * The library's development warnings (console.warn, each message once per page) as the tests see them.
 * The one place a test of the public charts reaches into the library's internals: warnings are
 * deduplicated per page, so a test that counts them first forgets the ones earlier tests caused.
 */
import { vi } from 'vitest';
import { resetDevWarnings } from '../../packages/charts/src/dev/warnDev';

/** Forgets the warnings given so far and silences console.warn; the spy records what comes next. */
export function captureDevWarnings() {
  resetDevWarnings();
  return vi.spyOn(console, 'warn').mockImplementation(() => {});
}

export { resetDevWarnings };

/**
 * Forgets the data problems reported so far and silences console.error; the spy records the problems
 * charts report for invalid data next (console.error, in production too, once per distinct problem).
 */
export function captureDataProblems() {
  resetDevWarnings();
  return vi.spyOn(console, 'error').mockImplementation(() => {});
}
