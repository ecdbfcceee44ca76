// Path parameters by CQL type: the raw decoded path string becomes the value the driver binds, or a
// 400 problem naming the parameter and saying what it takes. Nothing a client sends reaches
// Cassandra unchecked, so a bad value is never a 500 (the Go gateway left `page_id=abc` to Cassandra).
import cassandra from 'cassandra-driver';
import { HttpProblem } from '../problem.js';
import type { CqlScalar } from './cql-types.js';

const { Long, Uuid, TimeUuid, LocalDate } = cassandra.types;

/** A path parameter its column's type does not accept: the HTTP layer answers it with a 400 problem. */
export class DatasetParamError extends HttpProblem {
  constructor(
    readonly param: string,
    readonly value: string,
    readonly expected: string,
  ) {
    super({ status: 400, detail: `Invalid ${param}: '${value}' is not ${expected}` });
  }
}

const INTEGER = /^-?[0-9]+$/;
// Unambiguous (no backtracking over split points: a long run of digits stays linear).
const DECIMAL = /^-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** Also the OpenAPI pattern of a timeuuid parameter (openapi.ts): the document says what is accepted. */
export const TIMEUUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-1[0-9a-fA-F]{3}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** RFC 3339 date-time (§5.6): `T` or `t`, seconds required, a fraction optional, `Z` or an offset. */
const RFC3339 = /^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?(?:([Zz])|([+-])([0-9]{2}):([0-9]{2}))$/;
const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/** Also the OpenAPI bounds of these parameters (openapi.ts). */
export const INT_RANGES: Partial<Record<CqlScalar, [number, number]>> = {
  tinyint: [-128, 127],
  smallint: [-32768, 32767],
  int: [-2147483648, 2147483647],
};
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** What a type accepts, in the words of the 400 problem (and the OpenAPI description). */
export function paramExpectation(type: CqlScalar): string {
  const ints = INT_RANGES[type];
  if (ints) return `a whole number from ${ints[0]} to ${ints[1]} (CQL ${type})`;
  switch (type) {
    case 'bigint':
      return `a whole number from ${INT64_MIN} to ${INT64_MAX} (CQL bigint)`;
    case 'float':
    case 'double':
      return `a decimal number (CQL ${type})`;
    case 'boolean':
      return 'true or false (CQL boolean)';
    case 'uuid':
      return 'a UUID such as 123e4567-e89b-12d3-a456-426614174000 (CQL uuid)';
    case 'timeuuid':
      return 'a version-1 UUID such as 644c90bc-ba40-11ec-ba4c-f0d4e2e69820 (CQL timeuuid)';
    case 'timestamp':
      return 'an RFC 3339 date-time such as 2024-01-01T00:00:00Z (CQL timestamp)';
    case 'date':
      return 'a date such as 2024-01-31 (CQL date)';
    case 'ascii':
      return 'ASCII text (CQL ascii)';
    default:
      return `text (CQL ${type})`;
  }
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysInMonth = (year: number, month: number) => (month === 2 && isLeap(year) ? 29 : DAYS[month - 1]!);
function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Milliseconds since the epoch of an RFC 3339 date-time, or undefined when it is not one. */
export function parseRfc3339(text: string): number | undefined {
  const m = RFC3339.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (!validDay(year, month, day) || hour > 23 || minute > 59 || second > 60) return undefined;
  let offsetMinutes = 0;
  if (!m[8]) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return undefined;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const d = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, Math.min(second, 59), 0);
  // A leap second (:60) is the last millisecond of its minute; fractions beyond ms are cut.
  const ms = second === 60 ? 999 : Math.floor(Number(`0${m[7] ?? ''}`) * 1000);
  return d.getTime() + ms - offsetMinutes * 60000;
}

/** The value to bind for `raw` in a column of `type`; throws DatasetParamError when it is not one. */
export function parseParam(param: string, type: CqlScalar, raw: string): unknown {
  const refuse = (): never => {
    throw new DatasetParamError(param, raw, paramExpectation(type));
  };
  const ints = INT_RANGES[type];
  if (ints) {
    if (!INTEGER.test(raw)) return refuse();
    const n = Number(raw);
    return n >= ints[0] && n <= ints[1] ? n : refuse();
  }
  switch (type) {
    case 'bigint': {
      if (!INTEGER.test(raw)) return refuse();
      const n = BigInt(raw);
      return n >= INT64_MIN && n <= INT64_MAX ? Long.fromString(n.toString()) : refuse();
    }
    case 'float':
    case 'double': {
      if (!DECIMAL.test(raw)) return refuse();
      const n = Number(raw);
      return Number.isFinite(n) ? n : refuse();
    }
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : refuse();
    case 'uuid':
      return UUID.test(raw) ? Uuid.fromString(raw.toLowerCase()) : refuse();
    case 'timeuuid':
      return TIMEUUID.test(raw) ? TimeUuid.fromString(raw.toLowerCase()) : refuse();
    case 'timestamp': {
      const ms = parseRfc3339(raw);
      return ms === undefined ? refuse() : new Date(ms);
    }
    case 'date': {
      const m = DATE.exec(raw);
      if (!m || !validDay(Number(m[1]), Number(m[2]), Number(m[3]))) return refuse();
      return new LocalDate(Number(m[1]), Number(m[2]), Number(m[3]));
    }
    case 'ascii':
      // eslint-disable-next-line no-control-regex
      return /^[\x00-\x7f]*$/.test(raw) ? raw : refuse();
    default:
      return raw;
  }
}
