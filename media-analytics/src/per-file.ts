// Requests for one file (spec §2.8). The table holds daily rows only, with a `user` and a `spider`
// column; the file path is looked up in the form upload.wikimedia.org logs it (aqsassist
// normalizeFilePath, §1.3), and monthly figures are summed here over whole months.
import type { Context } from 'koa';
import { AQS_DOMAIN, currentRows, monthlyTotals, normalizeFilePath, normalizeReferer, notFoundNoData, validateRange, type CassandraStore, seriesRangeRules } from '@aqs/aqsassist';
import type { Agent, Granularity } from './params.js';

export const PER_FILE_QUERY =
  'SELECT timestamp, "_del", spider, user FROM "local_group_default_T_mediarequest_per_file".data ' +
  'WHERE "_domain" = ? AND referer = ? AND file_path = ? AND granularity = ? AND timestamp >= ? AND timestamp <= ?';

export interface PerFileParams {
  referer: string;
  agent: Agent;
  file_path: string;
  granularity: Granularity;
  start: string;
  end: string;
}

/** The bind values of the read for a request: always the daily rows (the benchmark binds the same). */
export function perFileBinds(params: PerFileParams): [string, string, string, string, string, string] {
  const referer = normalizeReferer(params.referer);
  const { start, end } = validateRange(params.start, params.end, seriesRangeRules(params.granularity));
  return [AQS_DOMAIN, referer, normalizeFilePath(params.file_path), 'daily', start, end];
}

/** Requests of a row for an agent: one column, or both for all-agents; null counts as 0. */
export function requestsOf(row: Readonly<Record<string, unknown>>, agent: Agent): number {
  const user = Number(row.user ?? 0);
  const spider = Number(row.spider ?? 0);
  return agent === 'user' ? user : agent === 'spider' ? spider : user + spider;
}

export async function perFileItems(store: CassandraStore, params: PerFileParams) {
  const binds = perFileBinds(params);
  const rows = currentRows(await store.read(PER_FILE_QUERY, binds), 'timestamp');
  if (!rows.length) throw notFoundNoData();
  const days = rows.map((row) => ({ timestamp: row.timestamp as string, value: requestsOf(row, params.agent) }));
  const counts = params.granularity === 'monthly' ? monthlyTotals(days) : days;
  const [, referer, filePath] = binds;
  const { agent, granularity } = params;
  return counts.map(({ timestamp, value }) => ({ referer, file_path: filePath, granularity, timestamp, agent, requests: value }));
}

/**
 * The per-file headers of production (spec §1.8, §6.3): AQS 1.0's handler called a helper that does
 * not exist, so its 200s never got the 4-hour cache policy, the charset or an etag, and clients and
 * caches have only ever seen these. Kept, as the issue asks; the errors are the usual AQS problems.
 */
export const PER_FILE_HEADERS = {
  'cache-control': 'private, max-age=0, s-maxage=0, must-revalidate',
  'content-type': 'application/json',
} as const;

/** Writes the 200 itself (no etag, so no 304 either): the route returns nothing for the responder. */
export async function perFile(store: CassandraStore, params: PerFileParams, ctx: Context): Promise<undefined> {
  const items = await perFileItems(store, params);
  ctx.status = 200;
  ctx.set(PER_FILE_HEADERS);
  ctx.body = JSON.stringify({ items });
  return undefined;
}
