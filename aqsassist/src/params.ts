// Path parameters every AQS family shares, with the patterns the OpenAPI document publishes so that
// clients and fuzzers can tell good requests from bad ones. The patterns document; the AQS rules
// (dates.ts, project.ts) still decide, with their own messages (spec §1.3-§1.5, §1.9).
import { z } from 'zod';

/**
 * What JavaScript's String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator), spelled
 * out so that every regex engine (a fuzzer's Python, a client's) reads the same set.
 */
const TRIMMED = '[\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*';
/**
 * `en.wikipedia`, `EN.WIKIPEDIA.ORG`, `all-projects`: what survives project normalisation (spec §1.3),
 * which trims surrounding whitespace and lower-cases first, so ` en.wikipedia ` is accepted and so is
 * the Kelvin sign (U+212A), which lower-cases to `k`. The pattern says what is accepted (make fuzz
 * checks it), rather than the service refusing what AQS accepts.
 */
export const PROJECT_PATTERN = `^${TRIMMED}[A-Za-z0-9_.\\u212a-]+${TRIMMED}$`;
// Months 01-12, days 01-31, hours 00-23, as dates.ts checks them (what a pattern cannot say, such as
// 20230231 or start after end, is still the AQS 400). [0-9], not \d: Python's \d matches any
// Unicode digit, JavaScript's only ASCII ones.
const MONTH = '(0[1-9]|1[0-2])';
const DAY = '(0[1-9]|[12][0-9]|3[01])';
const HOUR = '([01][0-9]|2[0-3])';
/** YYYYMMDD, or YYYYMMDDHH where an hour is allowed (and ignored). */
export const DATE_PATTERN = `^[0-9]{4}${MONTH}${DAY}${HOUR}?$`;
/** YYYYMMDDHH only (hourly endpoints). */
export const HOURLY_DATE_PATTERN = `^[0-9]{4}${MONTH}${DAY}${HOUR}$`;
export const YEAR_PATTERN = '^[0-9]{4}$';
export const MONTH_PATTERN = `^${MONTH}$`;
export const DAY_PATTERN = `^(${DAY}|all-days)$`;

const documented = (description: string, example: string, pattern: string) => z.string().describe(description).meta({ example, pattern });

export const aqsParam = {
  project: (description: string, example: string) => documented(description, example, PROJECT_PATTERN),
  /** start/end where the hour is optional. */
  date: (description: string, example: string) => documented(description, example, DATE_PATTERN),
  hourlyDate: (description: string, example: string) => documented(description, example, HOURLY_DATE_PATTERN),
  year: (example = '2024') => documented('YYYY', example, YEAR_PATTERN),
  month: (example = '01') => documented('MM', example, MONTH_PATTERN),
  day: (example = 'all-days') => documented('DD, or all-days for the whole month', example, DAY_PATTERN),
  text: (description: string, example: string) => z.string().describe(description).meta({ example }),
};
