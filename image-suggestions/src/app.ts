// The gateway alone: the Go service's surface (spec §B.5, §B.7) around the dataset routes.
// /healthz (Go's body: version, build_date, build_host, go_version, indented), /metrics (the
// process registry, with the Go names for the data routes), /openapi (the generated document under
// Go's YAML content type, written as indented JSON, which is YAML 1.2: any YAML parser reads it, and
// no YAML serializer runs at start), the same document at /image-suggestions/api-spec.json with a
// docs page beside it, and problems in the seed's shape for everything else.
import Koa, { type Middleware } from 'koa';
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
} from '@aqs/servicelib';
import { gatewayMetrics, type ObserveRequest } from './metrics.js';
import { API_TITLE } from './openapi.js';
import { renderGatewayProblem } from './problems.js';

export interface GatewayParts {
  /** The dataset routes (service.mount). */
  routes: Middleware;
  /** Route templates of the datasets: the requests the Go metrics count. */
  templates: ReadonlySet<string>;
  document: Record<string, unknown>;
}

function text(path: string, type: string, body: string): Middleware {
  return exactGet(path, (ctx) => {
    ctx.type = type;
    ctx.body = body;
    return Promise.resolve();
  });
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
  const name = 'image-suggestions';
  const app = new Koa();
  app.silent = true; // every error is rendered and logged by problemErrors
  app.use(requestId({ echo: false }));
  app.use(observeDataRoutes(gatewayMetrics(host.registry, build), parts.templates));
  app.use(problemErrors({ render: renderGatewayProblem, logger: host.logger, notFoundDetail: 'No route serves this path' }));
  // The data routes first: most requests are theirs, and they pass every other path on.
  app.use(parts.routes);
  app.use(text('/healthz', 'application/json', goHealthzBody(build)));
  app.use(metricsPage('/metrics', host.registry));
  app.use(text('/openapi', 'application/x-yaml', `${JSON.stringify(parts.document, null, 2)}\n`));
  app.use(jsonDocument([`/${name}/api-spec.json`], parts.document));
  app.use(docsPages(`/${name}/docs`, API_TITLE, 'api-spec.json'));
  return app;
}
