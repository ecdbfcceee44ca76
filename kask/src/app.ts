// Kask as a factory: tests and a future all-in-one process build it from a config object.
import type { ServerOptions } from 'node:https';
import Koa from 'koa';
import { createCassandraClient, type CassandraClient, type Logger } from '@aqs/servicelib';
import { buildInfo, type BuildInfo } from './build-info.js';
import type { KaskConfig } from './config.js';
import { kaskHandler } from './http.js';
import { KaskMetrics } from './metrics.js';
import { renderOpenApi } from './openapi.js';
import { KaskStore } from './storage.js';
import { clientAuthorizer, tlsServerOptions } from './tls.js';

export { configSchema, normalizeBaseUri, type KaskConfig } from './config.js';
export { problemBody } from './problems.js';

export interface Kask {
  app: Koa;
  client: CassandraClient;
  store: KaskStore;
  build: BuildInfo;
  /** HTTPS settings when tls.cert is set: Kask then serves HTTPS only. */
  tls: ServerOptions | undefined;
  close(): Promise<void>;
}

export function createKask(config: KaskConfig, logger: Logger): Kask {
  const build = buildInfo();
  const c = config.cassandra;
  logger.info(`Initializing Kask ${build.version} (Node version: ${process.version}, Build host: ${build.build_host}, Timestamp: ${build.build_date})...`);
  logger.debug(`Cassandra host(s): ${c.hosts.join(', ')}`);
  logger.debug(`Cassandra port: ${c.port}`);
  logger.debug(`Cassandra keyspace: ${c.keyspace}`);
  logger.debug(`Cassandra table: ${c.table}`);
  logger.debug(`Cassandra connect timeout: ${c.connect_timeout_ms}ms`);
  logger.debug(`Cassandra query timeout: ${c.query_timeout_ms}ms`);

  const client = createCassandraClient(c, {
    readTimeoutMs: c.query_timeout_ms,
    connectTimeoutMs: c.connect_timeout_ms,
    keyspace: c.keyspace,
    logger,
  });
  const store = new KaskStore(client, c, config.default_ttl);
  let openapi = null;
  if (config.openapi_spec) {
    openapi = renderOpenApi(config.openapi_spec, config);
    if (!openapi.ok) logger.error(`Unable to parse ${config.openapi_spec} as template: ${openapi.error}`);
  }
  const app = new Koa();
  app.silent = true; // every error is answered and logged by the handler
  app.use(
    kaskHandler({ config, store, metrics: new KaskMetrics(build), logger, build, openapi, authorize: clientAuthorizer(config) }),
  );
  return { app, client, store, build, tls: tlsServerOptions(config), close: () => client.shutdown() };
}
