// The gateway alone: the Go service's surface (spec §B.5, §B.7) around the dataset routes.
// /healthz (Go's body: version, build_date, build_host, go_version, indented) and /metrics (the
// process registry, with the Go names for the data routes) belong to the process; the rest is the
// gateway's mount (gatewayMount), which a host (the one-process aqs) runs as is on the paths it
// owns: the data routes, /openapi (the generated document under Go's YAML content type, written as
// indented JSON, which is YAML 1.2: any YAML parser reads it, and no YAML serializer runs at start),
// the same document at /image-suggestions/api-spec.json with a docs page beside it, and problems in
// the seed's shape for everything under it.
import Koa, { type Middleware } from 'koa';
import compose from 'koa-compose';
import {
  docsPages,
  exactGet,
  goBuildInfo,
  goHealthzBody,
  jsonDocument,
  metricsPage,
  problemErrors,
  requestId,
  type Host,
  type Logger,
} from '@aqs/servicelib';
import { SERVICE_NAME } from './config.js';
import { gatewayMetrics, type ObserveRequest } from './metrics.js';
import { API_TITLE } from './openapi.js';
import { renderGatewayProblem } from './problems.js';

export interface GatewayParts {
  /** The dataset routes (routes.ts). */
  routes: Middleware;
  /** Route templates of the datasets: the requests the Go metrics count. */
  templates: ReadonlySet<string>;
  document: Record<string, unknown>;
}

/** The paths the mount answers: the data routes' first segments (`/public/`, `/private/`) and its documents. */
export const ownPathsOf = (routePrefixes: readonly string[]): string[] => [...routePrefixes, '/openapi', `/${SERVICE_NAME}/`];

function text(path: string, type: string, body: string): Middleware {
  return exactGet(path, (ctx) => {
    ctx.type = type;
    ctx.body = body;
    return Promise.resolve();
  });
}

/**
 * The gateway's own answers as one middleware, whoever hosts it: the request id kept for the logs
 * but not sent back (Go's gateway sent none), every problem (and a path nothing below serves) in
 * the seed's shape, then the data routes and the documents. Nothing else is set on a response, so
 * a host that runs it outside its own header and problem middleware answers as the gateway alone.
 */
export function gatewayMount(logger: Logger, parts: Pick<GatewayParts, 'routes' | 'document'>): Middleware {
  return compose([
    requestId({ echo: false }),
    problemErrors({ render: renderGatewayProblem, logger, notFoundDetail: 'No route serves this path' }),
    // The data routes first: most requests are theirs, and they pass every other path on.
    parts.routes,
    text('/openapi', 'application/x-yaml', `${JSON.stringify(parts.document, null, 2)}\n`),
    jsonDocument([`/${SERVICE_NAME}/api-spec.json`], parts.document),
    docsPages(`/${SERVICE_NAME}/docs`, API_TITLE, 'api-spec.json'),
  ]);
}

/** Counts the requests a dataset route answered, with the status the client saw. */
function observeDataRoutes(observe: ObserveRequest, templates: ReadonlySet<string>): Middleware {
  return async (ctx, next) => {
    const started = process.hrtime.bigint();
    try {
      await next();
    } finally {
      if (templates.has(ctx.state.route as string)) observe(ctx.method, ctx.status, started);
    }
  };
}

export function gatewayApp(host: Host, version: string, parts: GatewayParts): Koa {
  const build = goBuildInfo(version);
  const app = new Koa();
  app.silent = true; // every error is rendered and logged by the mount's problemErrors
  app.use(observeDataRoutes(gatewayMetrics(host.registry, build), parts.templates));
  app.use(gatewayMount(host.logger, parts));
  app.use(text('/healthz', 'application/json', goHealthzBody(build)));
  app.use(metricsPage('/metrics', host.registry));
  return app;
}
