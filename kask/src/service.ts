// Kask as a service descriptor: servicelib's main runs it as a process (main.ts), and a host (the
// tests, a one-process deployment) builds it with its own logger, registry and Cassandra client.
import Koa from 'koa';
import { clientAuthorizer, docsPages, tlsServerOptions, type Host, type ServiceDescriptor } from '@aqs/servicelib';
import { API_SPEC_PATH, DOCS_PATH, docsServed, kaskOpenApi } from './api-doc.js';
import { kaskBuildInfo, packageVersion } from './build-info.js';
import { configSchema, type KaskConfig } from './config.js';
import { kaskHandler } from './http.js';
import { KaskMetrics } from './metrics.js';
import { openKask } from './open.js';
import { renderOpenApi } from './openapi.js';
import type { KaskDeps } from './storage.js';

export { configSchema, normalizeBaseUri, type KaskConfig } from './config.js';
export { problemBody } from './problems.js';
export type { KaskDeps, KaskStorage } from './storage.js';

const VERSION = packageVersion();
// The /healthz example in the document: a fixed build, so that the document does not change per build.
const DOCUMENTED_BUILD = { version: VERSION, build_date: '2026-01-01T00:00:00Z', build_host: 'kask-1001', go_version: 'node v24.11.0' };

/** Kask's HTTP surface on `deps.store`, its metrics on the host's registry. */
function kaskApp(config: KaskConfig, deps: KaskDeps, host: Host): Koa {
  const { logger } = host;
  const build = kaskBuildInfo(VERSION);
  let openapi = null;
  if (config.openapi_spec) {
    openapi = renderOpenApi(config.openapi_spec, config);
    if (!openapi.ok) logger.error(`Unable to parse ${config.openapi_spec} as template: ${openapi.error}`);
  }
  const app = new Koa();
  app.silent = true; // every error is answered and logged by the handler
  const metrics = new KaskMetrics(host.registry, build);
  if (docsServed(config)) {
    const spec = JSON.stringify(kaskOpenApi(config, DOCUMENTED_BUILD, VERSION));
    app.use(docsPages(DOCS_PATH, 'Kask', 'api-spec.json'));
    app.use((ctx, next) => {
      if (ctx.path !== API_SPEC_PATH || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) return next();
      ctx.type = 'application/json';
      ctx.body = spec;
      return Promise.resolve();
    });
  } else logger.info(`No docs page: base_uri ${config.base_uri} covers ${DOCS_PATH}`);
  app.use(kaskHandler({ config, store: deps.store, metrics, logger, build, openapi, authorize: clientAuthorizer(config) }));
  return app;
}

const service: ServiceDescriptor<KaskConfig, KaskDeps> = {
  name: 'kask',
  version: VERSION,
  configSchema,
  stores: ['cassandra'],
  open: (config, host) => openKask(config, host, kaskBuildInfo(VERSION)),
  app: kaskApp,
  tls: tlsServerOptions,
  // A GET of a key nobody wrote is Kask's 404 problem; README shows the POST that stores it.
  examples: ['/sessions/v1/demo', '/healthz', '/openapi', API_SPEC_PATH, DOCS_PATH],
  // Served: the document of the running config. Committed (no config): that of config.yaml's settings
  // (base_uri /sessions/v1/, the template served).
  openApi: (config = configSchema.parse({ base_uri: '/sessions/v1/', openapi_spec: 'openapi.yaml' })) => kaskOpenApi(config, DOCUMENTED_BUILD, VERSION),
};

export default service;
