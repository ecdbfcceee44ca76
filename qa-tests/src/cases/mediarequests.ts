// mediarequests (media-analytics): spec aqs-endpoints.md §2.8-§2.10 and §5.4.
import { enc, get, jsonCheck, type Case } from '../case.js';
import { addDays, lastCompleteMonth, monthsAgo } from '../dates.js';
import type { TargetData } from '../local-data.js';
import { aqsCommon, BAD_YMD, END_INVALID, enumDetail, NO_DATA, NO_FULL_MONTHS, START_AFTER_END } from './common.js';

/**
 * Production's per-file 200s never got the 4-hour cache policy, the charset or an etag (AQS 1.0
 * called a helper that does not exist, spec §1.8); the service keeps what clients have always seen.
 */
const PER_FILE_HEADERS = { 'cache-control': 'private, max-age=0, s-maxage=0, must-revalidate', 'content-type': 'application/json', etag: null };

export function mediarequestsCases(d: TargetData): Case[] {
  const s = 'media-analytics';
  const t = 'mediarequests';
  const m = lastCompleteMonth();
  const days = Number(m.last.slice(6));
  const perFile = `/metrics/mediarequests/per-file/all-referers/all-agents/${enc(d.mediaFile)}`;
  const aggregate = '/metrics/mediarequests/aggregate/all-referers/all-media-types/all-agents';
  const top = '/metrics/mediarequests/top/all-referers/all-media-types';
  return [
    get(t, s, 'per-file daily over the last complete month', `${perFile}/daily/${m.first}/${m.last}`, 200, {
      check: jsonCheck((b) => [!b.items.length && 'no items', b.items.length > days && `more than ${days} items`, b.items.some((i: { agent: string }) => i.agent !== 'all-agents') && 'agent not echoed']),
      successHeaders: PER_FILE_HEADERS,
    }),
    get(t, s, 'per-file monthly: the one full month', `${perFile}/monthly/${addDays(m.first, -3)}/${addDays(m.last, 3)}`, 200, {
      check: jsonCheck((b) => [(b.items.length !== 1 || b.items[0].timestamp !== `${m.first}00`) && `expected one item ${m.first}00, got ${b.items.length}`]),
      successHeaders: PER_FILE_HEADERS,
    }),
    get(t, s, 'per-file: an invalid start is a 400', `${perFile}/daily/201507a3/20150723`, 400, { detail: /start timestamp is invalid/ }),
    get(t, s, 'per-file: monthly without a full month is a 400', `${perFile}/monthly/${addDays(m.first, 2)}/${addDays(m.first, 19)}`, 400, { detail: NO_FULL_MONTHS }),
    get(t, s, 'per-file: agent automated is a 400 (not in this enum)', `/metrics/mediarequests/per-file/all-referers/automated/${enc(d.mediaFile)}/daily/${m.first}/${m.last}`, 400, { detail: enumDetail('agent') }),
    get(t, s, 'per-file: a file without data is the no-data 404', `/metrics/mediarequests/per-file/all-referers/all-agents/${enc('/wikipedia/commons/0/00/QA_no_such_file.jpg')}/daily/${m.first}/${m.last}`, 404, { detail: NO_DATA }),
    get(t, s, 'aggregate monthly over the last twelve months', `${aggregate}/monthly/${monthsAgo(12).first}/${m.last}`, 200, {
      check: jsonCheck((b) => [b.items.length !== 12 && `expected 12 items, got ${b.items.length}`]),
    }),
    get(t, s, 'aggregate daily, a project referer, user agent', `/metrics/mediarequests/aggregate/${d.project}/image/user/daily/${m.first}/${m.last}`, 200, {
      check: jsonCheck((b) => [b.items.length !== days && `expected ${days} items, got ${b.items.length}`, b.items[0]?.referer !== d.project && 'referer not echoed']),
    }),
    get(t, s, 'aggregate: an end longer than a date is a 400', `${aggregate}/monthly/1969010100/20150701000000`, 400, { detail: END_INVALID }),
    get(t, s, 'aggregate: start after end is a 400', `${aggregate}/monthly/2016070100/2015070100`, 400, { detail: new RegExp(START_AFTER_END) }),
    get(t, s, 'aggregate: an unknown media type is the no-data 404', `/metrics/mediarequests/aggregate/all-referers/qa-unknown/all-agents/monthly/${monthsAgo(12).first}/${m.last}`, 404, { detail: NO_DATA }),
    get(t, s, 'top files of the last complete month', `${top}/${m.year}/${m.month}/all-days`, 200, { check: jsonCheck((b) => [!b.items[0]?.files?.length && 'no files']) }),
    get(t, s, 'top: all-dayz is a 400', `${top}/2015/01/all-dayz`, 400, { detail: BAD_YMD }),
    get(t, s, 'top: all-years is a 400', `${top}/all-years/01/all-days`, 400, { detail: BAD_YMD }),
    get(t, s, 'top: 2015-02-29 is a 400', `${top}/2015/02/29`, 400, { detail: BAD_YMD }),
    get(t, s, 'top: a valid month without data is the no-data 404', `${top}/1990/01/all-days`, 404, { detail: NO_DATA }),
    ...aqsCommon(t, s, `${top}/${m.year}/${m.month}/all-days`, `${top}/${m.year}/${m.month}`),
  ];
}
