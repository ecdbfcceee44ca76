import { HttpProblem } from '@aqs/servicelib';

/** Runs fn and returns the HttpProblem it throws; fails the test when it throws nothing or something else. */
export function problemOf(fn: () => unknown): HttpProblem {
  try {
    fn();
  } catch (err) {
    if (err instanceof HttpProblem) return err;
    throw err;
  }
  throw new Error('expected a problem');
}
