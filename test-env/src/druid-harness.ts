// A Druid-backed service in-process for integration tests, against the local Druid broker and the
// aqs.config table of the local Cassandra (the datasource name is looked up as in production), and
// helpers to compare its answers with the oracle's.
import { LOCAL_STORES, startInProcess, type StorePorts } from '@aqs/servicelib/testing';
import type { RunnableConfig, ServiceDescriptor } from '@aqs/servicelib';

/** The config the Druid services' tests run with, against stores on these ports. */
export const druidTestConfig = (stores: StorePorts, timeoutMs = 10000) => ({
  context_timeout: 2000,
  config_table: 'aqs.config',
  druid: { host: '127.0.0.1', port: stores.druid, timeout_ms: timeoutMs },
  cassandra: { hosts: ['127.0.0.1'], port: stores.cassandra, consistency: 'one', local_dc: 'datacenter1' },
});

/** The service in-process; `get(path)` takes a path under /metrics. */
export async function startDruidService<C extends RunnableConfig, D>(service: ServiceDescriptor<C, D>) {
  const svc = await startInProcess(service, druidTestConfig(LOCAL_STORES));
  return { ...svc, get: (path: string) => svc.get(`/metrics${path}`) };
}

/** Sorts a top list by value (largest first), then name, so ties compare the same on both sides. */
export function byValueThenName<T>(entries: T[], key: (e: T) => string | null, value: (e: T) => number): T[] {
  return [...entries].sort((a, b) => value(b) - value(a) || String(key(a)).localeCompare(String(key(b))));
}
