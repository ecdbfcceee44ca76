// The gateway's dependencies from its config: the datasets it serves (loaded and checked here, so a
// bad declaration stops the start) and a reader on the Cassandra client (the host's when it lends
// one, else its own). Logs the Go gateway's start-up lines (spec §B.1), what it serves, and a
// warning when private routes are served without a client CA.
import { datasetReader, openCassandra, type DatasetDeclaration, type DatasetReader, type GoBuildInfo, type Host, type Logger, type Opened } from '@aqs/servicelib';
import type { GatewayConfig } from './config.js';
import { isPrivate, loadDatasets } from './datasets.js';

export interface GatewayDeps {
  datasets: DatasetDeclaration[];
  reader: DatasetReader;
  /** The host's logger: the mount logs its 5xx problems there, alone or in a host's app. */
  logger: Logger;
}

function logStartup(config: GatewayConfig, host: Host, build: GoBuildInfo, datasets: readonly DatasetDeclaration[]): void {
  const { logger } = host;
  const c = config.cassandra;
  logger.info(`Initializing service ${config.service_name} (Version: ${build.version}, Node: ${process.version}, Build host: ${build.build_host}, Timestamp: ${build.build_date})`);
  logger.info(`Connecting to Cassandra database: ${c.hosts.join(',')} (port ${c.port})`);
  logger.debug(`Cassandra: configured for consistency level '${c.consistency}'`);
  logger.debug(`Cassandra: configured for local datacenter '${c.local_dc}'`);
  logger.info(`Serving ${datasets.length} datasets: ${datasets.map((d) => `${d.keyspace}.${d.table}`).join(', ')}`);
  const privates = datasets.filter(isPrivate);
  if (privates.length && !config.tls.client_ca)
    logger.warn(`No client CA configured (tls.client_ca): the private routes are unprotected, anyone who reaches the port can read ${privates.map((d) => d.route).join(', ')}`);
}

export function openGateway(config: GatewayConfig, host: Host, build: GoBuildInfo): Opened<GatewayDeps> {
  const datasets = loadDatasets(config);
  logStartup(config, host, build, datasets);
  const cassandra = openCassandra(config, host);
  return {
    deps: { datasets, reader: datasetReader(cassandra.deps, { timeoutMs: config.context_timeout }), logger: host.logger },
    close: cassandra.close,
  };
}
