// Legacy pagecounts per project (spec §2.6): start and end are always YYYYMMDDHH; daily and monthly
// rows are keyed YYYYMMDD00 and YYYYMM0100, monthly keeping whole months only (the "exclusive end"
// of the old spec text is only that rule).
import { AQS_DOMAIN, currentRows, normalizeProject, notFoundNoData, validateRange, type CassandraStore, seriesRangeRules } from '@aqs/aqsassist';
import { longToNumber } from '@aqs/servicelib';
import type { AccessSite, SeriesGranularity } from './params.js';

export const PAGECOUNTS_QUERY =
  'SELECT timestamp, "_del", count FROM "local_group_default_T_lgc_pagecounts_per_project".data ' +
  'WHERE "_domain" = ? AND project = ? AND "access-site" = ? AND granularity = ? AND timestamp >= ? AND timestamp <= ?';

export interface PagecountsItem {
  project: string;
  'access-site': AccessSite;
  granularity: SeriesGranularity;
  timestamp: string;
  count: number | null;
}

export async function pagecounts(
  store: CassandraStore,
  params: { project: string; 'access-site': AccessSite; granularity: SeriesGranularity; start: string; end: string },
): Promise<{ items: PagecountsItem[] }> {
  const project = normalizeProject(params.project);
  const range = validateRange(params.start, params.end, seriesRangeRules(params.granularity, 'required'));
  const site = params['access-site'];
  const rows = await store.read(PAGECOUNTS_QUERY, [AQS_DOMAIN, project, site, params.granularity, range.start, range.end]);
  const live = currentRows(rows, 'timestamp');
  if (live.length === 0) throw notFoundNoData();
  return {
    items: live.map((row) => ({
      project,
      'access-site': site,
      granularity: params.granularity,
      timestamp: row.timestamp as string,
      count: longToNumber(row.count),
    })),
  };
}
