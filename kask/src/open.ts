// Kask's dependencies from its config: the Cassandra table behind the storage interface. The client
// is the host's when it lends one (the host closes it), else Kask's own, opened in its keyspace as
// Go Kask's session was. Logs the start-up lines Go Kask wrote before it connected (spec §A.1).
import { createCassandraClient, type Host, type Opened } from '@aqs/servicelib';
import type { KaskBuildInfo } from './build-info.js';
import { KaskStore } from './cassandra-store.js';
import type { KaskConfig } from './config.js';
import type { KaskDeps } from './storage.js';

function logStartup(config: KaskConfig, host: Host, build: KaskBuildInfo): void {
  const { logger } = host;
  const c = config.cassandra;
  logger.info(`Initializing Kask ${build.version} (Node version: ${process.version}, Build host: ${build.build_host}, Timestamp: ${build.build_date})...`);
  logger.debug(`Cassandra host(s): ${c.hosts.join(', ')}`);
  logger.debug(`Cassandra port: ${c.port}`);
  logger.debug(`Cassandra keyspace: ${c.keyspace}`);
  logger.debug(`Cassandra table: ${c.table}`);
  logger.debug(`Cassandra connect timeout: ${c.connect_timeout_ms}ms`);
  logger.debug(`Cassandra query timeout: ${c.query_timeout_ms}ms`);
}

export function openKask(config: KaskConfig, host: Host, build: KaskBuildInfo): Opened<KaskDeps> {
  logStartup(config, host, build);
  const c = config.cassandra;
  const shared = host.shared.cassandra;
  if (shared) {
    host.logger.debug("Cassandra: using the host's client");
    return { deps: { store: new KaskStore(shared, c, config.default_ttl) }, close: async () => {} };
  }
  const client = createCassandraClient(c, {
    readTimeoutMs: c.query_timeout_ms,
    connectTimeoutMs: c.connect_timeout_ms,
    keyspace: c.keyspace,
    logger: host.logger,
  });
  return { deps: { store: new KaskStore(client, c, config.default_ttl) }, close: () => client.shutdown() };
}
