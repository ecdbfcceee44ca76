// device-analytics in-process against the real local Cassandra, and test rows written the way the
// production loader writes them.
import cassandra from 'cassandra-driver';
import { CASSANDRA_PORT, startInProcess } from '@aqs/servicelib/testing';
import service from '../src/service.js';

export const LOADER_TID = '13814000-1dd2-11b2-8080-808080808080';

export { cassandraTestConfig as testConfig } from '@aqs/servicelib/testing';
import { cassandraTestConfig as testConfig } from '@aqs/servicelib/testing';

export async function startService() {
  const svc = await startInProcess(service, testConfig({ cassandra: CASSANDRA_PORT, druid: 0 }));
  return { ...svc, base: svc.origin, url: (suffix: string) => `${svc.origin}/metrics/unique-devices/${suffix}` };
}

const INSERT =
  'INSERT INTO "local_group_default_T_unique_devices".data ("_domain", project, "access-site", granularity, timestamp, "_tid", devices, offset, underestimate) VALUES (\'analytics.wikimedia.org\', ?, ?, ?, ?, ?, ?, ?, ?)';

/** Upserts one row as the loader writes it (constant _tid unless another is given). */
export async function insertUniqueDevices(
  client: cassandra.Client,
  project: string,
  site: string,
  granularity: string,
  timestamp: string,
  devices: number | string,
  offset: number | string,
  underestimate: number | string,
  tid = LOADER_TID,
): Promise<void> {
  const long = (v: number | string) => cassandra.types.Long.fromString(String(v));
  await client.execute(INSERT, [project, site, granularity, timestamp, tid, long(devices), long(offset), long(underestimate)], { prepare: true });
}
