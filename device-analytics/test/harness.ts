// Starts device-analytics in-process against the real local Cassandra, and writes test rows the way
// the production loader does.
import cassandra from 'cassandra-driver';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listen, parseConfig } from '@aqs/servicelib';
import { silentLogger } from '@aqs/servicelib/testing';
import { configSchema, createDeviceAnalytics } from '../src/app.js';

export const CASSANDRA_PORT = Number(process.env.CASSANDRA_PORT ?? 9042);
export const LOADER_TID = '13814000-1dd2-11b2-8080-808080808080';

export async function startService(over: { port?: number; context_timeout?: number } = {}) {
  const config = parseConfig(configSchema, {
    listen_address: '127.0.0.1',
    listen_port: 0,
    context_timeout: over.context_timeout ?? 2000,
    cassandra: { hosts: ['127.0.0.1'], port: over.port ?? CASSANDRA_PORT, consistency: 'one', local_dc: 'datacenter1' },
  });
  const service = createDeviceAnalytics(config, silentLogger('device-analytics'));
  const running = await listen(service.app, '127.0.0.1', 0, [service.close]);
  const base = `http://127.0.0.1:${running.port}`;
  return { ...running, config, base, url: (suffix: string) => `${base}/metrics/unique-devices/${suffix}` };
}

export function storeClient(): cassandra.Client {
  return new cassandra.Client({
    contactPoints: ['127.0.0.1'],
    localDataCenter: 'datacenter1',
    protocolOptions: { port: CASSANDRA_PORT },
  });
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

/**
 * The pid of the local Cassandra: from the pid file test-env writes, else (a node another checkout
 * started) the CassandraDaemon process found in /proc.
 */
export function cassandraPid(): number {
  const pidFile = fileURLToPath(new URL('../../test-env/.data/cassandra/cassandra.pid', import.meta.url));
  if (existsSync(pidFile)) return Number(readFileSync(pidFile, 'utf8').trim());
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('org.apache.cassandra.service.CassandraDaemon')) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  throw new Error('no local Cassandra process found');
}
