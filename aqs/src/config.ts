// The one-process configuration: one file an operator writes for the whole family. The top level has
// the Go services' keys (service_name, listen_*, log_level, context_timeout, cassandra, and the
// Druid services' config_table and druid), which every mounted service shares; `services.<name>`
// holds the few keys one service needs differently (base_uri, context_timeout, config_table, …, and
// `enabled: false` to leave it out). Each mounted service's config is its own schema's reading of
// "top level + its overrides", so a service validates exactly what it validates alone, and a bad key
// is named where it was written (`services.edit-analytics.context_timeout: …`).
import { z } from 'zod';
import { serviceConfigSchema, type ServiceConfig } from '@aqs/servicelib';
import { druidServiceConfigSchema } from '@aqs/aqsassist';
import type { Mountable } from './mounted.js';

/** Keys of the process, not of one service: one pool, one Druid client, one listener, one logger. */
const PROCESS_KEYS = ['listen_address', 'listen_port', 'log_level', 'cassandra', 'druid'] as const;
/**
 * Keys of a service that terminates TLS itself (the Data Gateway's client certificates for its
 * private routes): aqs listens on plain HTTP, so they would refuse every client or protect nothing.
 */
const TLS_KEYS = ['tls', 'authorized_clients'] as const;
const NO_TLS = 'aqs listens on plain HTTP and checks no client certificate: run image-suggestions alone with tls for protected private routes, or put aqs behind a proxy that terminates mTLS';
/** Keys each service keeps its own default for, unless `services.<name>` sets them. */
const OWN_KEYS = ['service_name', 'base_uri', 'services', 'rest_gateway_prefix'] as const;

/** `/api/rest_v1` → the REST gateway's public prefix (no trailing slash, a leading one). */
const prefixSchema = z
  .string()
  .default('/api/rest_v1')
  .transform((v) => `/${v.replace(/^\/+|\/+$/g, '')}`)
  .refine((v) => v !== '/', { error: 'must name a path prefix such as /api/rest_v1' });

const overridesSchema = z.looseObject({ enabled: z.boolean().default(true) });

function processSchema() {
  return serviceConfigSchema({ service_name: 'aqs', base_uri: '/metrics', listen_port: 8080 }).extend({
    /** Also answer every /metrics route under this prefix, as the REST gateway does (aqs2-notes §2.2-§2.3). */
    rest_gateway_prefix: prefixSchema,
    config_table: z.string().default(''),
    druid: druidServiceConfigSchema({ service_name: 'aqs' }).shape.druid,
    services: z.record(z.string(), overridesSchema).default({}),
  });
}
type ProcessConfig = z.infer<ReturnType<typeof processSchema>>;

export interface MountedConfig {
  service: Mountable;
  config: ServiceConfig;
}

export type AqsConfig = ProcessConfig & {
  /** The services this process mounts, each with the config its own schema read. */
  mounted: MountedConfig[];
};

/** The config schema of the one process, for the services it can mount. */
export function aqsConfigSchema(services: readonly Mountable[]): z.ZodType<AqsConfig, unknown> {
  const top = processSchema();
  return z.unknown().transform((doc, ctx): AqsConfig => {
    const raw = (doc ?? {}) as Record<string, unknown>;
    const parsed = top.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      return z.NEVER;
    }
    for (const key of TLS_KEYS) if (key in raw) ctx.addIssue({ code: 'custom', path: [key], message: NO_TLS });
    const known = new Set(services.map((s) => s.name));
    for (const name of Object.keys(parsed.data.services)) {
      if (!known.has(name)) ctx.addIssue({ code: 'custom', path: ['services', name], message: `no such service here; this build mounts ${[...known].join(', ')}` });
    }
    const shared = Object.fromEntries(Object.entries(raw).filter(([k]) => !(OWN_KEYS as readonly string[]).includes(k)));
    const mounted: MountedConfig[] = [];
    for (const service of services) {
      const { enabled, ...overrides } = parsed.data.services[service.name] ?? { enabled: true };
      if (!enabled) continue;
      for (const key of PROCESS_KEYS) {
        if (key in overrides)
          ctx.addIssue({ code: 'custom', path: ['services', service.name, key], message: `one ${key} for the whole process: set it at the top level` });
      }
      for (const key of TLS_KEYS) if (key in overrides) ctx.addIssue({ code: 'custom', path: ['services', service.name, key], message: NO_TLS });
      const result = service.configSchema.safeParse({ ...shared, ...overrides, service_name: service.name });
      if (!result.success) {
        for (const issue of result.error.issues) {
          const fromOverride = issue.path.length > 0 && String(issue.path[0]) in overrides;
          ctx.addIssue({
            code: 'custom',
            path: fromOverride ? ['services', service.name, ...issue.path] : issue.path,
            message: fromOverride ? issue.message : `${issue.message} (${service.name})`,
          });
        }
        continue;
      }
      mounted.push({ service, config: result.data as ServiceConfig });
    }
    return { ...parsed.data, mounted };
  });
}
