// image-suggestions, the Data Gateway, as a service descriptor: servicelib's main runs it as a
// process (main.ts); a host (the tests, the one-process aqs) builds it, or runs its mount on the
// paths it owns (`ownPaths`) in its own app. What it serves is data: the dataset declarations its
// config lists.
import { readFileSync } from 'node:fs';
import { clientAuthorizer, goBuildInfo, loadDatasetFile, tlsServerOptions, type ServiceDescriptor } from '@aqs/servicelib';
import type { Middleware } from 'koa';
import { gatewayApp, gatewayMount, ownPathsOf } from './app.js';
import { configSchema, SERVICE_NAME, type GatewayConfig } from './config.js';
import { BUILT_IN_DATASETS, loadDatasets } from './datasets.js';
import { openGateway, type GatewayDeps } from './open.js';
import { gatewayOpenApi } from './openapi.js';
import { datasetRoutes, routePrefixes } from './routes.js';

export { configSchema, type GatewayConfig } from './config.js';
export type { GatewayDeps } from './open.js';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string; description: string };

export interface GatewayDescriptor extends ServiceDescriptor<GatewayConfig, GatewayDeps> {
  /**
   * The gateway's own answers as one middleware, for a host's app: the data routes, /openapi and the
   * api-spec and docs paths, with its problems ({status, type, title, detail}) and no header of its
   * host's. A host runs it, outside its own header and problem middleware, on the `ownPaths`.
   */
  mount(config: GatewayConfig, deps: GatewayDeps): Middleware;
  /** The paths the mount answers: an entry ending in `/` is a prefix, others an exact path (both case-insensitive). */
  ownPaths(config: GatewayConfig, deps: GatewayDeps): readonly string[];
  /**
   * The document of the datasets a config serves (what /openapi answers); `mounted`: inside a host,
   * whose /healthz is the host's, so the document leaves it out.
   */
  documentFor(deps: GatewayDeps, mounted?: boolean): Record<string, unknown>;
}

const routesOf = (config: GatewayConfig, deps: GatewayDeps) =>
  datasetRoutes({
    datasets: deps.datasets,
    reader: deps.reader,
    authorize: clientAuthorizer(config),
    // A safety net behind the reader's own deadline, which answers first.
    timeoutMs: config.context_timeout * 2 + 1000,
  });

const service: GatewayDescriptor = {
  name: SERVICE_NAME,
  version: manifest.version,
  configSchema,
  stores: ['cassandra'],
  open: (config, host) => openGateway(config, host, goBuildInfo(manifest.version)),
  mount: (config, deps) => gatewayMount(deps.logger, { routes: routesOf(config, deps), document: service.documentFor(deps, true) }),
  ownPaths: (_config, deps) => ownPathsOf(routePrefixes(deps.datasets)),
  documentFor: (deps, mounted = false) => gatewayOpenApi(deps.datasets, manifest, mounted),
  app: (config, deps, host) =>
    gatewayApp(host, manifest.version, {
      routes: routesOf(config, deps),
      templates: new Set(deps.datasets.map((d) => d.route)),
      document: service.documentFor(deps),
    }),
  tls: tlsServerOptions,
  // The document of a config's datasets; without one (the committed openapi.json) the built-in
  // datasets, as the local config serves them.
  openApi: (config) => gatewayOpenApi(config ? loadDatasets(config) : Object.values(BUILT_IN_DATASETS).flatMap((file) => loadDatasetFile(file())), manifest),
  examples: [
    '/public/image_suggestions/suggestions/anwiki/3326',
    '/private/image_suggestions/feedback/enwiki/53848',
    '/private/image_suggestions/title_cache/enwiki/Banana',
    '/private/image_suggestions/instanceof_cache/anwiki/3326',
    '/public/commons/category_metrics_snapshot/Images_from_Memòria_Digital_de_Catalunya/2000-01-01T00:00:00Z/2099-12-31T00:00:00Z',
    '/healthz',
    '/openapi',
    '/image-suggestions/docs',
  ],
};

export default service;
