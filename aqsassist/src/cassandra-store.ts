// The Cassandra side of an AQS service: the client (borrowed from the host, or opened from the
// service's own config) and reads bounded by context_timeout.
import { openCassandra, type CassandraClient, type Host, type Opened, type ServiceConfig } from '@aqs/servicelib';
import type cassandra from 'cassandra-driver';
import { readAll } from './cassandra-read.js';

export interface CassandraStore {
  client: CassandraClient;
  /** Every row of a prepared query, within context_timeout; 503 when the cluster is down or slow. */
  read(query: string, params: readonly unknown[]): Promise<cassandra.types.Row[]>;
}

export function openCassandraStore(config: ServiceConfig, host: Host): Opened<CassandraStore> {
  const opened = openCassandra(config, host);
  const client = opened.deps;
  const timeoutMs = config.context_timeout;
  return { deps: { client, read: (query, params) => readAll(client, query, params, { timeoutMs }) }, close: opened.close };
}
