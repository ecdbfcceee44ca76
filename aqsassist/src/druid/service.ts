// What a Druid-backed AQS service (edit-analytics, editor-analytics) opens: a broker client, and the
// datasource from `druid.datasource` or the `config_table` (aqs2-notes §2.2), which needs Cassandra.
// Config keys follow the AQS 2.0 Go charts: `config_table`, `druid{host, port, datasource, authentication}`.
import { z } from 'zod';
import { openCassandra, serviceConfigSchema, type AnyRoute, type Host, type Opened } from '@aqs/servicelib';
import { defineAqsService } from '../aqs-service.js';
import { DruidClient, type DruidQueryClient } from './client.js';
import { DatasourceResolver } from './datasource.js';
import type { DruidDeps } from './routes.js';

declare module '@aqs/servicelib' {
  interface SharedClients {
    /** One broker client for every Druid-backed service of a process. */
    druid?: DruidQueryClient;
  }
}

/** The Druid services' routes all hang under /metrics. */
export const DRUID_BASE_URI = '/metrics';

export function druidServiceConfigSchema(defaults: { service_name: string; base_uri?: string }) {
  return serviceConfigSchema({ base_uri: DRUID_BASE_URI, ...defaults }).extend({
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

export function druidClientFor(config: DruidServiceConfig): DruidClient {
  return new DruidClient({
    url: brokerUrl(config.druid),
    queryPath: config.druid.query_path,
    timeoutMs: config.druid.timeout_ms,
    username: config.druid.authentication.username || undefined,
    password: config.druid.authentication.password || undefined,
  });
}

/** The broker client (the host's, or one from config) and the datasource resolver. */
export function openDruid(config: DruidServiceConfig, host: Host): Opened<DruidDeps> {
  const cassandra = config.config_table ? openCassandra(config, host) : undefined;
  const datasource = new DatasourceResolver({
    fixed: config.druid.datasource || undefined,
    configTable: config.config_table || undefined,
    client: cassandra?.deps,
    logger: host.logger,
    timeoutMs: config.context_timeout,
  });
  const druid = host.shared.druid ?? druidClientFor(config);
  return { deps: { druid, datasource }, close: async () => void (await cassandra?.close()) };
}

/** A request waits for the aqs.config lookup (context_timeout) or Druid (druid.timeout_ms). */
export const druidStorageTimeoutMs = (config: DruidServiceConfig): number => Math.max(config.context_timeout, config.druid.timeout_ms);

/** A Druid-backed AQS service (the datasource from config_table or druid.datasource). */
export const defineDruidService = (module: string, routes: readonly AnyRoute<DruidDeps>[]) =>
  defineAqsService({ module, routes, config: druidServiceConfigSchema, open: openDruid, storageTimeoutMs: druidStorageTimeoutMs });
