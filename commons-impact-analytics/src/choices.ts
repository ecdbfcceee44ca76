// The details aqs2-notes §1.2 leaves unverified, decided here and only here (README "Choices"):
//
// 1. The end of a range is INCLUDED. Every Cassandra-backed AQS endpoint includes both ends (spec
//    aqs-endpoints §1.4.4), the Data Gateway's range is inclusive and the service forwards to it, and
//    clients ask `YYYYMM01/YYYYMM01` for one month; the only claim otherwise is one unverified
//    third-party doc. `end = 20250301` includes March 2025 (dt = 2025-03-01T00:00Z).
// 2. `timestamp` is `YYYY-MM-DD HH:MM:SS.sssZ` (`2025-01-01 00:00:00.000Z`): the one production value
//    a client quotes, and exactly the form Cassandra's own JSON gives a timestamp (which a gateway
//    passing Cassandra JSON through would send). Clients `slice(0, 7)` it to `YYYY-MM`, which any
//    ISO-like form would allow.
// 3. The body is `{"items":[…]}` with no `context` object: every fixture shows items alone; the
//    `{context, items}` claim is one client comment.
import { validateRange } from '@aqs/aqsassist';

/** Whether `end` is part of the range (choice 1). Set to false for an exclusive end. */
export const END_INCLUDED = true;

/**
 * The RFC 3339 range the gateway (and the dataset reader) takes, both bounds inclusive, for AQS
 * `start`/`end` (YYYYMMDD, an optional hour ignored). Invalid dates or start after end: the AQS 400.
 */
export function gatewayRange(start: string, end: string): { start: string; end: string } {
  const r = validateRange(start, end, { hourOptional: true, output: 'iso' });
  const first = `${r.start}T00:00:00.000Z`;
  // Inclusive: the whole end day. Exclusive: up to the last millisecond before it.
  const last = END_INCLUDED ? `${r.end}T23:59:59.999Z` : new Date(Date.parse(`${r.end}T00:00:00.000Z`) - 1).toISOString();
  return { start: first, end: last };
}

/** A `dt` as the gateway encodes it (`2025-01-01T00:00:00.000Z`) in the form the API answers (choice 2). */
export const apiTimestamp = (dt: string): string => dt.replace('T', ' ');

export const TIMESTAMP_EXAMPLE = '2025-01-01 00:00:00.000Z';
export const TIMESTAMP_PATTERN = '^-?[0-9]{4,}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$';
