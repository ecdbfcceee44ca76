// A path per route that answers 200 on the sample data, by operation id: the first partition of
// each table (the oracle's), whole range for the time series.
import { casesOf, ROUTES } from './oracle.js';

export const SAMPLES: Record<string, string> = Object.fromEntries(Object.keys(ROUTES).map((id) => [id, casesOf(id)[0]!.path]));
