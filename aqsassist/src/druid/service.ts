// A Druid-backed AQS service (edit-analytics, editor-analytics): the AQS app preset, a broker client,
// and the datasource from `druid.datasource` or the `config_table` (aqs2-notes §2.2). Config keys
// follow the AQS 2.0 Go charts: `config_table`, `druid{host, port, datasource, authentication}`.
import type Koa from 'koa';
import { z } from 'zod';
import { createCassandraClient, serviceConfigSchema, type CassandraClient, type Logger, type RouteDeclaration } from '@aqs/servicelib';
import { createAqsApp } from '../service.js';
import { DruidClient } from './client.js';
import { DatasourceResolver } from './datasource.js';
import type { DruidDeps } from './endpoints.js';

export function druidServiceConfigSchema(defaults: { service_name: string; listen_port: number }) {
  return serviceConfigSchema({ ...defaults, base_uri: '/metrics' }).extend({
    /** `keyspace.table` holding the current datasource name; empty: use druid.datasource. */
    config_table: z.string().default(''),
    druid: z
      .object({
        /** Broker host, or a whole URL (`http://broker:8082`). */
        host: z.string().min(1).default('localhost'),
        port: z.number().int().min(1).max(65535).default(8082),
        query_path: z.string().default('/druid/v2/'),
        datasource: z.string().default(''),
        /** Milliseconds one Druid query may take before the answer is a 503 (AQS 1.0: 10 s). */
        timeout_ms: z.number().int().positive().default(10000),
        authentication: z.object({ username: z.string().default(''), password: z.string().default('') }).prefault({}),
      })
      .prefault({}),
  }).refine((c) => c.config_table !== '' || c.druid.datasource !== '', {
    error: 'set druid.datasource, or config_table to read the datasource name from Cassandra',
    path: ['druid', 'datasource'],
  });
}
export type DruidServiceConfig = z.infer<ReturnType<typeof druidServiceConfigSchema>>;

export function brokerUrl(druid: DruidServiceConfig['druid']): string {
  return druid.host.includes('://') ? druid.host : `http://${druid.host}:${druid.port}`;
}

export interface DruidService {
  app: Koa;
  cassandra?: CassandraClient;
  datasource: DatasourceResolver;
  close(): Promise<void>;
}

export function createDruidService(opts: {
  name: string;
  version: string;
  config: DruidServiceConfig;
  logger: Logger;
  routes: (baseUri: string, deps: DruidDeps) => RouteDeclaration[];
  apiSpec?: unknown;
}): DruidService {
  const { config, logger } = opts;
  const cassandra = config.config_table
    ? createCassandraClient(config.cassandra, { readTimeoutMs: config.context_timeout, logger })
    : undefined;
  const datasource = new DatasourceResolver({
    fixed: config.druid.datasource || undefined,
    configTable: config.config_table || undefined,
    client: cassandra,
    logger,
    timeoutMs: config.context_timeout,
  });
  const druid = new DruidClient({
    url: brokerUrl(config.druid),
    queryPath: config.druid.query_path,
    timeoutMs: config.druid.timeout_ms,
    username: config.druid.authentication.username || undefined,
    password: config.druid.authentication.password || undefined,
  });
  const app = createAqsApp({
    name: opts.name,
    version: opts.version,
    config,
    // A request waits for the aqs.config lookup (context_timeout) or Druid (druid.timeout_ms).
    storageTimeoutMs: Math.max(config.context_timeout, config.druid.timeout_ms),
    logger,
    routes: opts.routes(config.base_uri, { druid, datasource }),
    apiSpec: opts.apiSpec,
  });
  return { app, cassandra, datasource, close: async () => void (await cassandra?.shutdown()) };
}
