// A LoadResult from the figures of a run, whoever measured them (autocannon or a driver loop).
import type { LoadResult } from './stats.js';

export const loadResult = (label: string, requests: number, seconds: number, p50: number, p99: number, errors: number): LoadResult => ({
  label,
  requests,
  seconds,
  rps: requests / seconds,
  p50,
  p99,
  errors,
});
