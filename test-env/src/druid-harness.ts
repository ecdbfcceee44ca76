// A Druid-backed service in-process for integration tests, against the local Druid broker and the
// aqs.config table of the local Cassandra (the datasource name is looked up as in production), and
// helpers to compare its answers with the oracle's.
import { fileURLToPath } from 'node:url';
import { LOCAL_STORES, WITHOUT_DRUID, serviceSuite, startInProcess, type Reply, type StorePorts } from '@aqs/servicelib/testing';
import type { AnyRoute, RunnableConfig, ServiceDescriptor } from '@aqs/servicelib';

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

/**
 * A describe block with the service in-process against the local Druid, its tests given `get(path)`
 * (under /metrics); skipped, and reported as pending, under `make test DRUID=0`.
 */
export function describeAgainstDruid<C extends RunnableConfig, D>(service: ServiceDescriptor<C, D>, body: (get: (path: string) => Promise<Reply>) => void): void {
  describe(`${service.name} against the real Druid (sample data)`, function () {
    this.timeout(60000);
    before(function () {
      if (WITHOUT_DRUID) this.skip();
    });
    let svc: Awaited<ReturnType<typeof startDruidService<C, D>>> | undefined;
    before(async () => (svc = await startDruidService(service)));
    after(() => svc?.close());
    body((path) => svc!.get(path));
  });
}

/** The shared service suite of a Druid-backed service (servicelib/testing), with the Druid test config. */
export function druidServiceSuite<C extends RunnableConfig, D>(service: ServiceDescriptor<C, D> & { routes: readonly AnyRoute<D>[] }, testModuleUrl: string, samples: Record<string, string>): void {
  serviceSuite({
    service,
    dir: fileURLToPath(new URL('..', testModuleUrl)),
    config: (stores) => druidTestConfig(stores, 3000),
    samples,
    badConfig: { yaml: 'listen_port: 0\n', message: 'druid.datasource: set druid.datasource, or config_table' },
    outage: { store: 'druid' },
    imageFiles: ['openapi.json'],
  });
}
