// Pageviews aggregate per project (spec §2.2). Rows are pre-computed for every granularity (hourly
// YYYYMMDDHH, daily YYYYMMDD00, monthly YYYYMM0100); `all-projects` is an ordinary project value.
// The loaders write the bigint `v`; older rows only have the int `views`, returned as stored.
import { AQS_DOMAIN, currentRows, normalizeProject, notFoundNoData, validateRange, type CassandraStore, seriesRangeRules } from '@aqs/aqsassist';
import { longToNumber } from '@aqs/servicelib';
import type { Access, Agent, SeriesGranularity } from './params.js';

export const AGGREGATE_QUERY =
  'SELECT timestamp, "_del", v, views FROM "local_group_default_T_pageviews_per_project_v2".data ' +
  'WHERE "_domain" = ? AND project = ? AND access = ? AND agent = ? AND granularity = ? AND timestamp >= ? AND timestamp <= ?';

export interface AggregateItem {
  project: string;
  access: Access;
  agent: Agent;
  granularity: SeriesGranularity;
  timestamp: string;
  views: number | null;
}

export async function aggregate(
  store: CassandraStore,
  params: { project: string; access: Access; agent: Agent; granularity: SeriesGranularity; start: string; end: string },
): Promise<{ items: AggregateItem[] }> {
  const project = normalizeProject(params.project);
  const { start, end } = validateRange(params.start, params.end, seriesRangeRules(params.granularity, 'optional'));
  const rows = await store.read(AGGREGATE_QUERY, [AQS_DOMAIN, project, params.access, params.agent, params.granularity, start, end]);
  const items = currentRows(rows, 'timestamp').map((row) => ({
    project,
    access: params.access,
    agent: params.agent,
    granularity: params.granularity,
    timestamp: row.timestamp as string,
    // `v` wins when present (spec §2.2: parseInt of the bigint).
    views: row.v != null ? longToNumber(row.v) : ((row.views as number | null) ?? null),
  }));
  if (!items.length) throw notFoundNoData();
  return { items };
}
