// Requests per referer and media type (spec §2.9): daily (`YYYYMMDD00`) and monthly (`YYYYMM0100`)
// rows are both stored, so a monthly answer reads the monthly rows of the whole months in range.
import { AQS_DOMAIN, currentRows, normalizeReferer, notFoundNoData, validateRange, type CassandraStore, seriesRangeRules } from '@aqs/aqsassist';
import type { Agent, Granularity } from './params.js';

export const AGGREGATE_QUERY =
  'SELECT timestamp, "_del", requests FROM "local_group_default_T_mediarequest_per_referer".data ' +
  'WHERE "_domain" = ? AND referer = ? AND media_type = ? AND agent = ? AND granularity = ? AND timestamp >= ? AND timestamp <= ?';

export interface AggregateParams {
  referer: string;
  media_type: string;
  agent: Agent;
  granularity: Granularity;
  start: string;
  end: string;
}

/** `requests` is a bigint column: a number, or 0 when it is null (AQS 1.0 parseInt, §2.9). */
const count = (value: unknown): number => (value == null ? 0 : Number(String(value))) || 0;

export async function aggregate(store: CassandraStore, params: AggregateParams) {
  const referer = normalizeReferer(params.referer);
  const { media_type, agent, granularity } = params;
  const { start, end } = validateRange(params.start, params.end, seriesRangeRules(granularity));
  const rows = currentRows(await store.read(AGGREGATE_QUERY, [AQS_DOMAIN, referer, media_type, agent, granularity, start, end]), 'timestamp');
  if (!rows.length) throw notFoundNoData();
  return {
    items: rows.map((row) => ({ referer, media_type, agent, granularity, timestamp: row.timestamp as string, requests: count(row.requests) })),
  };
}
