// The list columns of the top tables are JSON kept as text (RESTBase `json` columns, spec §1.6).
import { HttpProblem } from '@aqs/servicelib';

/** The 500 of spec §1.9 for a stored list that does not parse. */
export const INVALID_JSON_DETAIL =
  'This response contained invalid JSON, we are working on fixing the problem, but until then you can try a different date.';

/**
 * The list a column holds, elements as the loader wrote them (typed by the caller, not checked);
 * null when the column is null; the 500 above when it is not a JSON array.
 */
export function storedList<T>(text: unknown): T[] | null {
  if (text == null) return null;
  let value: unknown;
  try {
    value = JSON.parse(String(text));
  } catch {
    value = undefined;
  }
  if (!Array.isArray(value)) throw new HttpProblem({ status: 500, detail: INVALID_JSON_DETAIL });
  return value as T[];
}
