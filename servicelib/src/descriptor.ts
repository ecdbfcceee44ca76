// A service is a descriptor: its name and version, its config schema, how it opens its dependencies
// from that config, and how it builds its app. servicelib's main runs any descriptor as a process; a
// host that owns the clients and the metrics registry (tests, the one-process aqs) builds it in-process.
import type { ServerOptions as TlsServerOptions } from 'node:https';
import type Koa from 'koa';
import type { z } from 'zod';
import type { CassandraClient } from './cassandra.js';
import type { CassandraConfig, LogLevel } from './config.js';
import type { Logger } from './logger.js';
import type { Registry } from './metrics.js';

/** What main reads from any service's configuration; each service's schema has more. */
export interface RunnableConfig {
  service_name: string;
  base_uri: string;
  listen_address: string;
  listen_port: number;
  log_level: LogLevel;
  cassandra: Pick<CassandraConfig, 'authentication'>;
}

/**
 * Clients a host already owns and lends to the services it mounts (one Cassandra pool for a whole
 * process). Packages that bring other clients add them by declaration merging (aqsassist: druid).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SharedClients {
  cassandra?: CassandraClient;
}

/** What the process (or the test, or the one-process host) gives a service. */
export interface Host {
  logger: Logger;
  /** The one metrics registry of the process. */
  registry: Registry;
  shared: SharedClients;
}

/** Dependencies a service opened, and how to close what it opened itself (never what it borrowed). */
export interface Opened<D> {
  deps: D;
  close(): Promise<void>;
}

export interface ServiceDescriptor<C extends RunnableConfig = RunnableConfig, D = unknown> {
  /** The service's directory name: its image, its api-spec path, its log name by default. */
  name: string;
  version: string;
  configSchema: z.ZodType<C, unknown>;
  /** Which local stores it needs (`make run DRUID=0` and the tests leave out those that need Druid). */
  stores: readonly ('cassandra' | 'druid')[];
  /** Opens the clients the service needs from its config, or borrows those the host shares. */
  open(config: C, host: Host): Opened<D>;
  /** The service's app when it runs alone. */
  app(config: C, deps: D, host: Host): Koa;
  /** HTTPS settings when the service terminates TLS itself (Kask). */
  tls?(config: C): TlsServerOptions | undefined;
  /**
   * The OpenAPI document its declarations generate: without a config, the one committed as
   * openapi.json; with one, the one it serves at /<name>/api-spec.json when run with that config
   * (the same for the AQS services; Kask's follows its base_uri and limits).
   */
  openApi?(config?: C): Record<string, unknown>;
  /** Paths worth a curl on the sample data (make run prints them). */
  examples?: readonly string[];
}
