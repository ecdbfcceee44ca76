// The Cassandra side of an AQS service: the client (borrowed from the host, or opened from the
// service's own config) and reads bounded by context_timeout: servicelib's paged read, past the
// 5000-row page AQS 1.0 silently capped at (spec §6.15), a store that is down or slow a 503.
import { openCassandra, readAllPages, type CassandraClient, type Host, type Opened, type ServiceConfig } from '@aqs/servicelib';
import type cassandra from 'cassandra-driver';

export interface CassandraStore {
  client: CassandraClient;
  /** Every row of a prepared query, within context_timeout; 503 when the cluster is down or slow. */
  read(query: string, params: readonly unknown[]): Promise<cassandra.types.Row[]>;
}

export function openCassandraStore(config: ServiceConfig, host: Host): Opened<CassandraStore> {
  const opened = openCassandra(config, host);
  const client = opened.deps;
  const timeoutMs = config.context_timeout;
  return { deps: { client, read: (query, params) => readAllPages(client, query, params, { timeoutMs }) }, close: opened.close };
}
