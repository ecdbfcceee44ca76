// Starts a Druid-backed service in-process for integration tests, against the local Druid broker
// and the aqs.config table of the local Cassandra (the datasource name is looked up as in
// production), and compares its answers with the oracle's.
import type Koa from 'koa';
import { listen, type Logger } from '@aqs/servicelib';
import { silentLogger } from '@aqs/servicelib/testing';

export const BROKER_PORT = Number(process.env.DRUID_BROKER_PORT ?? 18082);

export interface DruidServiceUnderTest {
  app: Koa;
  close(): Promise<void>;
}

export async function startDruidService<C>(
  schema: { parse(doc: unknown): C },
  create: (config: C, logger: Logger) => DruidServiceUnderTest,
  over: { brokerPort?: number; timeoutMs?: number } = {},
) {
  const config = schema.parse({
    listen_address: '127.0.0.1',
    context_timeout: 2000,
    config_table: 'aqs.config',
    druid: { host: '127.0.0.1', port: over.brokerPort ?? BROKER_PORT, timeout_ms: over.timeoutMs ?? 10000 },
    cassandra: { hosts: ['127.0.0.1'], consistency: 'one', local_dc: 'datacenter1' },
  });
  const service = create(config, silentLogger('druid-test'));
  const running = await listen(service.app, '127.0.0.1', 0, [service.close]);
  const origin = `http://127.0.0.1:${running.port}/metrics`;
  const get = async (path: string) => {
    const res = await fetch(origin + path);
    return { status: res.status, body: (await res.json()) as any, headers: res.headers };
  };
  return { ...running, origin, get };
}

/** Sorts a top list by value (largest first), then name, so ties compare the same on both sides. */
export function byValueThenName<T>(entries: T[], key: (e: T) => string | null, value: (e: T) => number): T[] {
  return [...entries].sort((a, b) => value(b) - value(a) || String(key(a)).localeCompare(String(key(b))));
}
