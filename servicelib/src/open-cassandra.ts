// A service's Cassandra client: the host's when it lends one (the host closes it), else one opened
// from the service's own config, with reads bounded by context_timeout.
import { createCassandraClient, type CassandraClient } from './cassandra.js';
import type { ServiceConfig } from './config.js';
import type { Host, Opened } from './descriptor.js';

export function openCassandra(config: ServiceConfig, host: Host): Opened<CassandraClient> {
  const shared = host.shared.cassandra;
  if (shared) return { deps: shared, close: async () => {} };
  const client = createCassandraClient(config.cassandra, { readTimeoutMs: config.context_timeout, logger: host.logger });
  return { deps: client, close: () => client.shutdown() };
}
