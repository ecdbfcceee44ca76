// aqs: every AQS service in one process (design.md §1, issue 15). One Koa app on one port, one
// Cassandra pool and one Druid client lent to every mounted service (host.shared), one metrics
// registry behind one /admin/metrics, one /healthz answering as `aqs`. Each service's routes and
// api-spec paths answer as they do alone, under /metrics/… and under the REST gateway's
// /api/rest_v1/metrics/… with the gateway's headers. The Data Gateway's mount answers on the paths
// it owns (/public/…, /private/…, its documents) as it does alone (own-paths.ts). Kask stays its own
// process.
import { readFileSync } from 'node:fs';
import type { Middleware } from 'koa';
import { aqsApp, druidClientFor, type DruidServiceConfig } from '@aqs/aqsassist';
import { configFileOf, createCassandraClient, setConfigFile, type Host, type HttpMetrics, type Opened, type ServiceDescriptor } from '@aqs/servicelib';
import { aqsConfigSchema, type AqsConfig } from './config.js';
import { MOUNTED, type Mountable } from './mounted.js';
import { ownedPaths, type OwnedMount } from './own-paths.js';
import { restGateway } from './rest-gateway.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

export interface AqsDeps {
  /** Mounted inside the AQS preset. */
  mounts: Middleware[];
  /** Run before the preset, on the paths each owns. */
  owned: OwnedMount[];
}

/** The one-process descriptor over a list of mountable services (MOUNTED by default). */
export function defineOneProcess(services: readonly Mountable[]): ServiceDescriptor<AqsConfig, AqsDeps> & { services: readonly Mountable[] } {
  return {
    name: 'aqs',
    version,
    services,
    configSchema: aqsConfigSchema(services),
    // Druid is needed only by the Druid-backed routes: without it they answer 503, the rest serve.
    stores: ['cassandra'],
    // The public path first (what Wikistats 2 calls), then one example of each mounted service.
    examples: [
      ...[services.find((s) => s.name === 'page-analytics') ?? services[0]].flatMap((s) => (s?.examples ?? []).slice(0, 1).map((e) => `/api/rest_v1${e}`)),
      ...services.flatMap((s) => (s.examples ?? []).slice(0, 1)),
    ],
    open(config, host): Opened<AqsDeps> {
      const closers: (() => Promise<void>)[] = [];
      const readTimeoutMs = Math.max(config.context_timeout, ...config.mounted.map((m) => m.config.context_timeout));
      let cassandra = host.shared.cassandra;
      if (!cassandra) {
        const own = createCassandraClient(config.cassandra, { readTimeoutMs, logger: host.logger });
        closers.push(() => own.shutdown());
        cassandra = own;
      }
      const druid = host.shared.druid ?? druidClientFor({ druid: config.druid } as DruidServiceConfig);
      const lending: Host = { ...host, shared: { ...host.shared, cassandra, druid } };
      const mounts: Middleware[] = [];
      const owned: OwnedMount[] = [];
      // Files a service's config names (the gateway's dataset declarations) are relative to aqs's file.
      const file = configFileOf(config);
      try {
        for (const { service, config: own } of config.mounted) {
          if (file) setConfigFile(own, file);
          const opened = service.open(own, lending);
          closers.unshift(opened.close); // services close before the pool they borrowed
          const mount = service.mount(own, opened.deps);
          if (service.ownPaths) owned.push({ paths: service.ownPaths(own, opened.deps), mount });
          else mounts.push(mount);
        }
      } catch (err) {
        void Promise.all(closers.map((c) => c()));
        throw err;
      }
      return {
        deps: { mounts, owned },
        close: async () => {
          for (const close of closers) await close();
        },
      };
    },
    app(config, deps, host) {
      const app = aqsApp(host, { serviceName: config.service_name, version }, deps.mounts);
      // The preset registered the process's request-duration histogram; the owned paths count there too.
      const histogram = host.registry.getSingleMetric('http_request_duration_seconds') as HttpMetrics['requestDuration'] | undefined;
      if (!histogram) throw new Error('aqsApp registered no http_request_duration_seconds histogram');
      // Outermost, before the preset's headers and problems: the REST gateway wraps the whole answer
      // (its rewrite takes only <prefix>/metrics/…); then the services that answer on their own terms.
      app.middleware.unshift(restGateway(config.rest_gateway_prefix), ownedPaths(deps.owned, histogram));
      return app;
    },
  };
}

export default defineOneProcess(MOUNTED);
