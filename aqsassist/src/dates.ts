// Date rules of spec/aqs-endpoints.md §1.4 (start/end) and §1.5 (year/month/day), as pure functions.
// Parsing is strict where AQS 1.0 leaned on the JS Date parser (§1.4.1 "a strict reimplementation
// should accept 8- or 10-digit strings that form a valid date"): `20150701ab` and 9-digit values are
// refused, and an hour, when given, must be 00-23.
import { invalidRequest } from './problems.js';

export interface Timestamp {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/**
 * Date.UTC, but years 0-99 are those years: Date.UTC reads them as 1900-1999, which made
 * 10000101..00000101 look like an ordered range and sent Druid an interval it failed on (make fuzz).
 */
function utc(year: number, monthIndex: number, day: number, hour = 0): Date {
  const d = new Date(Date.UTC(2000, 0, 1, hour));
  d.setUTCFullYear(year, monthIndex, day);
  return d;
}
const daysInMonth = (year: number, month: number) => utc(year, month, 0).getUTCDate();

function validDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * `YYYYMMDDHH`, or with `hourOptional` also `YYYYMMDD`. With hourOptional the hour is checked but
 * then ignored (AQS's fakeHour: the day is what counts).
 */
export function parseTimestamp(value: string, hourOptional: boolean): Timestamp | null {
  const ok = hourOptional ? /^\d{8}(\d{2})?$/.test(value) : /^\d{10}$/.test(value);
  if (!ok) return null;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(4, 6));
  const day = Number(value.slice(6, 8));
  const hour = value.length === 10 ? Number(value.slice(8, 10)) : 0;
  if (!validDate(year, month, day) || hour > 23) return null;
  return { year, month, day, hour: hourOptional ? 0 : hour };
}

const epochSeconds = (t: Timestamp) => utc(t.year, t.month - 1, t.day, t.hour).getTime() / 1000;
const ymd = (t: Timestamp) => `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}`;
const compare = (a: Timestamp, b: Timestamp) => epochSeconds(a) - epochSeconds(b);

/** Adds months, normalising through Date (`2017-12` + 1 → `2018-01`). */
function monthStart(year: number, month: number): Timestamp {
  const d = utc(year, month - 1, 1);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: 1, hour: 0 };
}
function monthEnd(year: number, month: number): Timestamp {
  const d = utc(year, month, 0);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: 0 };
}

/** How start/end are checked and rewritten for one endpoint (spec §1.4.4). */
export interface RangeRules {
  /** Accept `YYYYMMDD` (the hour is optional and ignored); otherwise `YYYYMMDDHH` is required. */
  hourOptional: boolean;
  /**
   * Month handling: `cassandra` keeps only whole months, both ends inclusive (§1.4.3 fullMonths);
   * `druid` also moves the end to the first of its own month, an exclusive bound (fullMonthsDruid).
   */
  fullMonths?: 'cassandra' | 'druid';
  /** Output form: `YYYYMMDD00` (zeroHour), `YYYYMMDD` (stripHour), `YYYYMMDDHH` (keep) or `YYYY-MM-DD` (iso). */
  output: 'zeroHour' | 'stripHour' | 'keepHour' | 'iso';
  /** The Druid per-page / per-editor limit: 367 days. */
  maxSpanSeconds?: number;
}

/**
 * The rules of a Cassandra time series (spec §1.4.4): hourly keeps YYYYMMDDHH as sent; daily and
 * monthly become YYYYMMDD00, monthly keeping only whole months. Where the hour is `optional` it may be
 * left out (and is ignored); legacy pagecounts require it (spec §2.6: no fakeHour there).
 */
export function seriesRangeRules(granularity: 'hourly' | 'daily' | 'monthly', hour: 'optional' | 'required' = 'optional'): RangeRules {
  if (granularity === 'hourly') return { hourOptional: false, output: 'keepHour' };
  const rules: RangeRules = { hourOptional: hour === 'optional', output: 'zeroHour' };
  if (granularity === 'monthly') rules.fullMonths = 'cassandra';
  return rules;
}

export const MAX_SPAN_367_DAYS = 367 * 24 * 3600; // 31,708,800 s

export const NO_FULL_MONTHS = 'no full months found in specified date range';
export const START_AFTER_END = 'start timestamp should be before the end timestamp';
export const invalidTimestamp = (which: 'start' | 'end', hourOptional: boolean) =>
  `${which} timestamp is invalid, must be a valid date in ${hourOptional ? 'YYYYMMDD' : 'YYYYMMDDHH'} format`;
export const spanTooLong = (max: number) => `Query timespan is too long (max: ${max} seconds)`;

function format(t: Timestamp, output: RangeRules['output']): string {
  switch (output) {
    case 'zeroHour':
      return `${ymd(t)}00`;
    case 'stripHour':
      return ymd(t);
    case 'keepHour':
      return `${ymd(t)}${pad(t.hour)}`;
    case 'iso':
      return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
  }
}

/** Returns the error messages for start/end under the rules, in AQS's order, and the rewritten range. */
export function checkRange(start: string, end: string, rules: RangeRules): { messages: string[]; start: string; end: string } {
  const messages: string[] = [];
  let s = parseTimestamp(start, rules.hourOptional);
  let e = parseTimestamp(end, rules.hourOptional);
  if (!s) messages.push(invalidTimestamp('start', rules.hourOptional));
  if (!e) messages.push(invalidTimestamp('end', rules.hourOptional));
  if (s && e) {
    if (compare(s, e) > 0) messages.push(START_AFTER_END);
    if (rules.maxSpanSeconds !== undefined && epochSeconds(e) - epochSeconds(s) > rules.maxSpanSeconds) {
      messages.push(spanTooLong(rules.maxSpanSeconds));
    }
    if (rules.fullMonths) {
      if (s.day !== 1) s = monthStart(s.year, s.month + 1);
      if (rules.fullMonths === 'druid') {
        e = monthStart(e.year, e.month);
        if (compare(s, e) >= 0) messages.push(NO_FULL_MONTHS);
      } else {
        if (e.day !== daysInMonth(e.year, e.month)) e = monthEnd(e.year, e.month - 1);
        else e = { ...e, hour: 0 };
        if (compare(s, e) > 0) messages.push(NO_FULL_MONTHS);
      }
    }
  }
  if (messages.length || !s || !e) return { messages, start, end };
  return { messages, start: format(s, rules.output), end: format(e, rules.output) };
}

/** checkRange that throws the AQS 400 (messages joined with "; ") when anything is wrong. */
export function validateRange(start: string, end: string, rules: RangeRules): { start: string; end: string } {
  const r = checkRange(start, end, rules);
  if (r.messages.length) throw invalidRequest(r.messages);
  return { start: r.start, end: r.end };
}

export const INVALID_YEAR_MONTH_DAY = 'Given year/month/day is invalid date';
export const INVALID_YEAR_MONTH = 'Given year/month is invalid date';

/** Top endpoints: 4-digit year, 2-digit month, 2-digit day or `all-days` (§1.5). */
export function validateYearMonthDay(year: string, month: string, day: string): void {
  const ok =
    /^\d{4}$/.test(year) &&
    /^\d{2}$/.test(month) &&
    (day === 'all-days' || /^\d{2}$/.test(day)) &&
    validDate(Number(year), Number(month), day === 'all-days' ? 1 : Number(day));
  if (!ok) throw invalidRequest(INVALID_YEAR_MONTH_DAY);
}

/** By-country endpoints: 4-digit year, 2-digit month (§1.5). */
export function validateYearMonth(year: string, month: string): void {
  if (!(/^\d{4}$/.test(year) && /^\d{2}$/.test(month) && validDate(Number(year), Number(month), 1))) {
    throw invalidRequest(INVALID_YEAR_MONTH);
  }
}

/** Druid top range (§1.5 druidRange): one day, or the whole month for `all-days`; end exclusive. */
export function druidTopRange(year: string, month: string, day: string): { start: string; end: string; granularity: 'daily' | 'monthly' } {
  validateYearMonthDay(year, month, day);
  const y = Number(year);
  const m = Number(month);
  if (day === 'all-days') {
    const next = monthStart(y, m + 1);
    return { start: `${year}-${month}-01`, end: format(next, 'iso'), granularity: 'monthly' };
  }
  const d = utc(y, m - 1, Number(day) + 1);
  const next: Timestamp = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: 0 };
  return { start: `${year}-${month}-${day}`, end: format(next, 'iso'), granularity: 'daily' };
}
