// Cases every AQS service gets: OPTIONS answered with the CORS set, an unknown path under its
// prefix as the 404 problem, and a method it does not take as the 405 problem with Allow.
import { get, type Case } from '../case.js';
import type { Tag } from '../targets.js';

/** The production "no data" 404 detail (spec aqs-endpoints.md §1.9; two spaces after "yet."). */
export const NO_DATA =
  'The date(s) you used are valid, but we either do not have data for those date(s), or the project you asked for is not loaded yet.  Please check https://wikimedia.org/api/rest_v1/?doc for more information.';

/** Spec §1.4.2 messages (typo-free, design.md §1). */
export const START_INVALID = 'start timestamp is invalid, must be a valid date in YYYYMMDD format';
export const END_INVALID = 'end timestamp is invalid, must be a valid date in YYYYMMDD format';
export const END_INVALID_HH = 'end timestamp is invalid, must be a valid date in YYYYMMDDHH format';
export const START_AFTER_END = 'start timestamp should be before the end timestamp';
export const NO_FULL_MONTHS = 'no full months found in specified date range';
export const BAD_YMD = 'Given year/month/day is invalid date';
export const BAD_YM = 'Given year/month is invalid date';
/** An unknown enum value: the message names the parameter (spec §1.9 "enum violation"). */
export const enumDetail = (param: string) => new RegExp(param.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

export function aqsCommon(tag: Tag, service: string, okPath: string, unknownPath: string): Case[] {
  return [
    get(tag, service, 'OPTIONS is answered with the CORS headers', okPath, 200, { method: 'OPTIONS' }),
    get(tag, service, 'an unknown path is the 404 problem', unknownPath, 404),
    get(tag, service, 'POST is the 405 problem with Allow', okPath, 405, {
      method: 'POST',
      check: (r) => (/\bGET\b/.test(r.headers.get('allow') ?? '') ? [] : [`405 without an Allow header naming GET: ${r.headers.get('allow')}`]),
    }),
  ];
}
