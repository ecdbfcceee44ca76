// JSON list columns of the AQS top and by-country tables (RESTBase `json` columns, kept as text,
// spec §1.6): editors by country (§2.11) and mediarequests top files (§2.10) read them.
import { HttpProblem } from '@aqs/servicelib';

/** The 500 detail of spec §1.9 for a stored list that is not JSON. */
export const STORED_LIST_INVALID =
  'This response contained invalid JSON, we are working on fixing the problem, but until then you can try a different date.';

/**
 * The elements a list column holds, as the loader wrote them (typed by the caller, not checked).
 * `undefined` for a null column (the caller answers its no-data 404); text that is not a JSON
 * array is the 500 above.
 */
export function parseStoredList<T>(column: unknown): T[] | undefined {
  if (column === null || column === undefined) return undefined;
  const parsed = ((): unknown => {
    try {
      return JSON.parse(String(column));
    } catch {
      return null;
    }
  })();
  if (Array.isArray(parsed)) return parsed as T[];
  throw new HttpProblem({ status: 500, detail: STORED_LIST_INVALID });
}
