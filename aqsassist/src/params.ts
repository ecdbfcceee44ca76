// Path parameters every AQS family shares, with the patterns the OpenAPI document publishes so that
// clients and fuzzers can tell good requests from bad ones. The patterns document; the AQS rules
// (dates.ts, project.ts) still decide, with their own messages (spec §1.3-§1.5, §1.9).
import { z } from 'zod';

/** `en.wikipedia`, `EN.WIKIPEDIA.ORG`, `all-projects`: what survives project normalisation. */
export const PROJECT_PATTERN = '^[A-Za-z0-9_.-]+$';
/** YYYYMMDD, or YYYYMMDDHH where an hour is allowed (and ignored). */
export const DATE_PATTERN = '^\\d{8}(\\d{2})?$';
/** YYYYMMDDHH only (hourly endpoints). */
export const HOURLY_DATE_PATTERN = '^\\d{10}$';
export const YEAR_PATTERN = '^\\d{4}$';
export const MONTH_PATTERN = '^\\d{2}$';
export const DAY_PATTERN = '^(\\d{2}|all-days)$';

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
