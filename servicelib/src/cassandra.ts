// Cassandra client factory: the config keys of the Go services (hosts, port, consistency, local_dc,
// authentication, tls) mapped onto cassandra-driver, with two things the Go services lack: TLS that
// verifies the server certificate, and fast reconnection so a service recovers by itself.
import { readFileSync } from 'node:fs';
import cassandra from 'cassandra-driver';
import type { CassandraConfig, ConsistencyName } from './config.js';
import type { Logger } from './logger.js';
import { trackDroppedHosts } from './cassandra-dropped-hosts.js';
import { TokenAwareRouting } from './token-aware-routing.js';

const { auth, policies, types, errors } = cassandra;
export type CassandraClient = cassandra.Client;

export const CONSISTENCY: Record<ConsistencyName, number> = {
  any: types.consistencies.any,
  one: types.consistencies.one,
  two: types.consistencies.two,
  three: types.consistencies.three,
  quorum: types.consistencies.quorum,
  all: types.consistencies.all,
  localquorum: types.consistencies.localQuorum,
  eachquorum: types.consistencies.eachQuorum,
  localone: types.consistencies.localOne,
};

export interface CassandraClientOptions {
  /** Socket read timeout for one request, in ms. */
  readTimeoutMs: number;
  connectTimeoutMs?: number;
  logger?: Logger;
  /** Overrides the keyspace the connection starts in (Kask uses one). */
  keyspace?: string;
}

export function cassandraClientOptions(cfg: CassandraConfig, opts: CassandraClientOptions): cassandra.ClientOptions {
  const localDc = cfg.local_dc || undefined;
  const base = localDc ? new policies.loadBalancing.DCAwareRoundRobinPolicy(localDc) : new policies.loadBalancing.RoundRobinPolicy();
  const options: cassandra.ClientOptions = {
    contactPoints: cfg.hosts,
    protocolOptions: { port: cfg.port },
    policies: {
      loadBalancing: new TokenAwareRouting(base),
      // Try a lost node again soon: a local restart should be noticed within about a second.
      reconnection: new policies.reconnection.ExponentialReconnectionPolicy(200, 2000, false),
    },
    queryOptions: { consistency: CONSISTENCY[cfg.consistency], prepare: true, fetchSize: 5000 },
    socketOptions: {
      readTimeout: opts.readTimeoutMs,
      connectTimeout: opts.connectTimeoutMs ?? 5000,
    },
    pooling: { warmup: true, heartBeatInterval: 10000 },
  };
  if (localDc) options.localDataCenter = localDc;
  if (opts.keyspace) options.keyspace = opts.keyspace;
  if (cfg.authentication.username) {
    options.authProvider = new auth.PlainTextAuthProvider(cfg.authentication.username, cfg.authentication.password);
  }
  if (cfg.tls.ca) {
    // Unlike gocql with EnableHostVerification=false, the server certificate is verified against the CA.
    options.sslOptions = {
      ca: [readFileSync(cfg.tls.ca)],
      rejectUnauthorized: true,
      ...(cfg.tls.cert ? { cert: readFileSync(cfg.tls.cert), key: readFileSync(cfg.tls.key) } : {}),
    };
  }
  return options;
}

export function createCassandraClient(cfg: CassandraConfig, opts: CassandraClientOptions): CassandraClient {
  const client = new cassandra.Client(cassandraClientOptions(cfg, opts));
  // shutdown() also closes the hosts the driver dropped without closing (cassandra-dropped-hosts.ts),
  // so a process whose clients are shut down can exit by itself.
  const shutDownDropped = trackDroppedHosts(client);
  const shutdown = client.shutdown.bind(client);
  const shutdownAll = async () => {
    await shutdown();
    await shutDownDropped();
  };
  // The driver's two forms: a promise, or a callback.
  client.shutdown = ((callback?: (err?: Error) => void) => {
    if (!callback) return shutdownAll();
    shutdownAll().then(() => callback(), callback);
  }) as typeof client.shutdown;
  const log = opts.logger;
  if (log) {
    client.on('hostUp', (h: { address: string }) => log.info(`Cassandra: host ${h.address} is up`));
    client.on('hostDown', (h: { address: string }) => log.warn(`Cassandra: host ${h.address} is down`));
  }
  return client;
}

/**
 * True when an error means the cluster could not answer now (down, unreachable, timed out, overloaded)
 * rather than that the request was wrong: callers answer 503 and try again later.
 */
export function isUnavailableError(err: unknown): boolean {
  if (err instanceof errors.NoHostAvailableError) return true;
  if (err instanceof errors.OperationTimedOutError) return true;
  if (err instanceof errors.BusyConnectionError) return true;
  // A connection that closed under a query in flight (the node went away mid-request).
  if ((err as { isSocketError?: boolean })?.isSocketError === true) return true;
  if (err instanceof errors.ResponseError) {
    const c = types.responseErrorCodes;
    return [c.unavailableException, c.overloaded, c.isBootstrapping, c.readTimeout, c.writeTimeout, c.readFailure, c.writeFailure].includes(err.code);
  }
  const code = (err as NodeJS.ErrnoException)?.code;
  return code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'ETIMEDOUT' || code === 'EPIPE';
}

/** bigint columns arrive as Long; exact up to 2^53-1. */
export function longToNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  return (value as cassandra.types.Long).toNumber();
}
