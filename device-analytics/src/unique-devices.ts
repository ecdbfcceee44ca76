// Unique devices (spec/aqs-endpoints.md §2.7): the documented public behaviour, not AQS 2.0's Go
// code: [start, end] inclusive (the Go service skipped the start day, spec §D.4), the hour of
// YYYYMMDDHH stripped, no full-month logic (monthly rows are keyed YYYYMM01).
import { AQS_DOMAIN, currentRows, normalizeProject, notFoundNoData, validateRange, type CassandraStore, type RangeRules } from '@aqs/aqsassist';
import { longToNumber } from '@aqs/servicelib';

export const ACCESS_SITES = ['all-sites', 'desktop-site', 'mobile-site'] as const;
export const GRANULARITIES = ['daily', 'monthly'] as const;

export const RANGE_RULES: RangeRules = { hourOptional: true, output: 'stripHour' };

// "_tid" DESC clustering puts the newest version of a timestamp first; "_del" marks deleted rows.
export const UNIQUE_DEVICES_QUERY =
  'SELECT timestamp, devices, offset, underestimate, "_del" FROM "local_group_default_T_unique_devices".data ' +
  'WHERE "_domain" = ? AND project = ? AND "access-site" = ? AND granularity = ? AND timestamp >= ? AND timestamp <= ?';

export interface UniqueDevicesItem {
  project: string;
  'access-site': (typeof ACCESS_SITES)[number];
  granularity: (typeof GRANULARITIES)[number];
  timestamp: string;
  devices: number | null;
  offset: number | null;
  underestimate: number | null;
}

export async function uniqueDevices(
  store: CassandraStore,
  params: { project: string; 'access-site': UniqueDevicesItem['access-site']; granularity: UniqueDevicesItem['granularity']; start: string; end: string },
): Promise<{ items: UniqueDevicesItem[] }> {
  const project = normalizeProject(params.project);
  const { start, end } = validateRange(params.start, params.end, RANGE_RULES);
  const rows = await store.read(UNIQUE_DEVICES_QUERY, [AQS_DOMAIN, project, params['access-site'], params.granularity, start, end]);
  // The newest _tid version of each day, deleted days left out.
  const items: UniqueDevicesItem[] = currentRows(rows, 'timestamp').map((row) => ({
    project,
    'access-site': params['access-site'],
    granularity: params.granularity,
    timestamp: row.timestamp as string,
    devices: longToNumber(row.devices),
    offset: longToNumber(row.offset),
    underestimate: longToNumber(row.underestimate),
  }));
  if (!items.length) throw notFoundNoData();
  return { items };
}
