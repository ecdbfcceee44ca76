// Kask's configuration: every key of Go Kask's config.go with its defaults and validation messages
// (spec kask-gateway-servicelib.md §A.2), plus the keys of what we add beyond it: client-certificate
// authorization, key and value size limits, a body idle timeout, configurable consistency. Unknown
// keys are ignored, as yaml.v2 ignores them. Messages are prefixed with the key they concern.
import { checkListenerTls, consistencySchema, listenerTlsKeys, logLevelSchema } from '@aqs/servicelib';
import { z } from 'zod';

/** Cassandra refuses a TTL above 20 years at write time; Go Kask accepted it and then failed every POST. */
export const MAX_CASSANDRA_TTL = 630720000;

/** `/sessions/v1` → `/sessions/v1/`, `kittens` → `/kittens/`: trailing slash first, then leading (§A.2). */
export function normalizeBaseUri(value: string): string {
  const withTrailing = value.endsWith('/') ? value : `${value}/`;
  return withTrailing.startsWith('/') ? withTrailing : `/${withTrailing}`;
}

const path = z.string().default('');

const cassandraSchema = z
  .object({
    hosts: z.array(z.string().min(1)).min(1).default(['localhost']),
    port: z.number().int().min(1).max(65535).default(9042),
    keyspace: z.string().min(1).default('kask'),
    table: z.string().min(1).default('values'),
    local_dc: z.string().default(''),
    query_timeout_ms: z.number().int().positive().default(12000),
    connect_timeout_ms: z.number().int().positive().default(5000),
    /** Reads and writes (Go Kask: LOCAL_QUORUM, fixed). */
    consistency: consistencySchema.default('localquorum'),
    /** Deletes (Go Kask: EACH_QUORUM, fixed). */
    delete_consistency: consistencySchema.default('eachquorum'),
    authentication: z.object({ username: z.string().default(''), password: z.string().default('') }).prefault({}),
    tls: z.object({ ca: path, cert: path, key: path }).prefault({}),
  })
  .superRefine((c, ctx) => {
    if (!c.authentication.username !== !c.authentication.password)
      ctx.addIssue({ code: 'custom', path: ['authentication'], message: 'Cassandra username/password values are mutually inclusive' });
    if (!c.tls.ca && (c.tls.cert || c.tls.key))
      ctx.addIssue({ code: 'custom', path: ['tls', 'ca'], message: 'a Cassandra CA must be configured if key and cert are' });
    else if (c.tls.ca && !c.tls.cert !== !c.tls.key)
      ctx.addIssue({ code: 'custom', path: ['tls'], message: 'Cassandra TLS key/cert values are mutually inclusive' });
  });

export const configSchema = z
  .object({
    service_name: z.string().min(1).default('kask'),
    base_uri: z.string().min(1).default('/v1/').transform(normalizeBaseUri),
    listen_address: z.string().min(1).default('localhost'),
    listen_port: z.number().int().min(0).max(65535).default(8080),
    default_ttl: z
      .number({ error: 'TTL must be a positive integer' })
      .int({ error: 'TTL must be a positive integer' })
      .min(0, { error: 'TTL must be a positive integer' })
      .max(MAX_CASSANDRA_TTL, { error: `TTL must be at most ${MAX_CASSANDRA_TTL} seconds (Cassandra's limit)` })
      .default(86400),
    log_level: logLevelSchema.default('info'),
    openapi_spec: path,
    /** HTTPS, and client certificates for the data routes (servicelib's listener TLS keys). */
    ...listenerTlsKeys,
    max_key_bytes: z.number().int().positive().default(255),
    max_value_bytes: z.number().int().positive().default(1024 * 1024),
    /** A POST body that stops arriving for this long is dropped and its connection cut. */
    body_timeout_ms: z.number().int().positive().default(5000),
    cassandra: cassandraSchema.prefault({}),
  })
  .superRefine((c, ctx) => checkListenerTls(c, ctx, 'Kask'));

export type KaskConfig = z.infer<typeof configSchema>;
