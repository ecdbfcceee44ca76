// Where the local test stores listen (test-env starts them), and a plain client for tests that write
// or read rows directly.
import cassandra from 'cassandra-driver';

export const CASSANDRA_PORT = Number(process.env.CASSANDRA_PORT ?? 9042);
export const DRUID_BROKER_PORT = Number(process.env.DRUID_BROKER_PORT ?? 18082);
/** `make test DRUID=0` runs without Druid: suites that need it are skipped, and say so. */
export const WITHOUT_DRUID = process.env.DRUID === '0';

export interface StorePorts {
  cassandra: number;
  druid: number;
}
export const LOCAL_STORES: StorePorts = { cassandra: CASSANDRA_PORT, druid: DRUID_BROKER_PORT };

/** A driver client to the local Cassandra, or a proxy in front of it (the caller shuts it down). */
export function storeClient(port = CASSANDRA_PORT): cassandra.Client {
  return new cassandra.Client({
    contactPoints: ['127.0.0.1'],
    localDataCenter: 'datacenter1',
    protocolOptions: { port },
    socketOptions: { readTimeout: 30000 },
  });
}
