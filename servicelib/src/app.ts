// The Koa app every service is built from: common headers, metrics, problem+json errors, request
// timeouts, /healthz, the API spec and the metrics page around the service's declared routes.
import { randomUUID } from 'node:crypto';
import Koa, { type Context, type Next } from 'koa';
import Router from '@koa/router';
import type { z } from 'zod';
import type { Logger } from './logger.js';
import { requestLogger } from './logger.js';
import type { HttpMetrics } from './metrics.js';
import { HttpProblem, renderRfc7807, writeProblem, type ProblemInit, type ProblemRenderer } from './problem.js';
import { toRouterPath, type RouteDeclaration } from './routes.js';
import { healthBody, type BuildInfo } from './health.js';
import { withDeadline } from './deadline.js';

export interface ServiceAppOptions {
  /** service_name from the config: logs, /healthz. */
  serviceName: string;
  /** The API spec is served at `/<specPrefix>/api-spec.json` (design.md §1: the service's directory name). */
  specPrefix: string;
  build: BuildInfo;
  logger: Logger;
  metrics: HttpMetrics;
  /** `/admin/metrics` for AQS, `/metrics` for Kask. */
  metricsPath: string;
  apiSpec?: unknown;
  routes: readonly RouteDeclaration[];
  /** Headers set on every response, errors and OPTIONS included. */
  commonHeaders?: Readonly<Record<string, string>>;
  renderProblem?: ProblemRenderer;
  /** Maps parameter validation issues to the service's 400 problem. */
  invalidParams?: (issues: readonly z.core.$ZodIssue[], route: RouteDeclaration) => ProblemInit;
  /** Sends a handler's return value (AQS adds cache headers and an etag). */
  respond?: (ctx: Context, body: unknown) => void;
  /** A request that takes longer gets a 503 problem. */
  requestTimeoutMs: number;
  notFoundDetail?: string;
}

const defaultInvalidParams = (issues: readonly z.core.$ZodIssue[]): ProblemInit => ({
  status: 400,
  detail: issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; '),
});

const defaultRespond = (ctx: Context, body: unknown): void => {
  ctx.body = body as Koa.Context['body'];
};

class RequestTimeout extends Error {}

export function createServiceApp(opts: ServiceAppOptions): Koa {
  const render = opts.renderProblem ?? renderRfc7807;
  const invalidParams = opts.invalidParams ?? defaultInvalidParams;
  const respond = opts.respond ?? defaultRespond;
  const commonHeaders = opts.commonHeaders ?? {};
  const app = new Koa();
  app.silent = true;

  // Outermost: headers every response carries, and the latency histogram (observed after errors
  // have been rendered, so the status label is the one the client saw).
  app.use(async (ctx: Context, next: Next) => {
    const started = process.hrtime.bigint();
    ctx.set(commonHeaders);
    const requestId = ctx.get('x-request-id') || randomUUID();
    ctx.state.requestId = requestId;
    ctx.set('x-request-id', requestId);
    try {
      await next();
    } finally {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = (ctx.state.route as string | undefined) ?? 'unmatched';
      opts.metrics.requestDuration.observe({ route, method: ctx.method, code: String(ctx.status) }, seconds);
    }
  });

  // Every error becomes a problem+json response; nothing escapes as a bare 500 or a crash.
  app.use(async (ctx: Context, next: Next) => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body == null) {
        writeProblem(ctx, { status: 404, detail: opts.notFoundDetail ?? 'Invalid route' }, render);
      } else if (ctx.status === 405 && ctx.body == null) {
        writeProblem(ctx, { status: 405, detail: `Method ${ctx.method} is not allowed here` }, render);
      }
    } catch (err) {
      if (err instanceof HttpProblem) {
        if (err.status >= 500) logFor(ctx).error({ err: err.cause ?? err }, `${err.status} ${err.detail}`);
        writeProblem(ctx, err, render);
      } else if (err instanceof RequestTimeout) {
        logFor(ctx).warn(`request timed out after ${opts.requestTimeoutMs} ms: ${ctx.method} ${ctx.path}`);
        writeProblem(ctx, { status: 503, detail: 'The request took too long; please try again later.' }, render);
      } else if (isClientHttpError(err)) {
        writeProblem(ctx, { status: err.status, detail: err.message }, render);
      } else {
        logFor(ctx).error({ err }, `unhandled error on ${ctx.method} ${ctx.path}`);
        writeProblem(ctx, { status: 500, detail: 'Internal server error' }, render);
      }
    }
  });

  function logFor(ctx: Context): Logger {
    return requestLogger(opts.logger, ctx.req.socket.remoteAddress, ctx.req.socket.remotePort, ctx.state.requestId as string);
  }

  // OPTIONS on any path: 200, no body, only the common headers (AQS §1.1).
  app.use(async (ctx: Context, next: Next) => {
    if (ctx.method !== 'OPTIONS') return next();
    ctx.status = 200;
    ctx.body = '';
  });

  const system = new Router();
  // The metrics label is the declared template, never the raw path (bounded cardinality).
  system.use((ctx, next) => {
    ctx.state.route = (ctx as Context & { _matchedRoute?: string })._matchedRoute;
    return next();
  });
  system.get('/healthz', (ctx) => {
    ctx.body = healthBody(opts.serviceName, opts.build);
  });
  if (opts.apiSpec !== undefined) {
    const specJson = JSON.stringify(opts.apiSpec);
    system.get(`/${opts.specPrefix}/api-spec.json`, (ctx) => {
      ctx.type = 'application/json';
      ctx.body = specJson;
    });
  }
  system.get(opts.metricsPath, async (ctx) => {
    ctx.type = opts.metrics.registry.contentType;
    ctx.body = await opts.metrics.registry.metrics();
  });
  app.use(system.routes());

  const router = new Router();
  for (const route of opts.routes) {
    router[route.method](toRouterPath(route.path), async (ctx: Context) => {
      ctx.state.route = route.path;
      const parsed = route.params.safeParse(ctx.params);
      if (!parsed.success) throw new HttpProblem(invalidParams(parsed.error.issues, route));
      const body = await withDeadline(Promise.resolve(route.handler(parsed.data, ctx)), opts.requestTimeoutMs, () => new RequestTimeout());
      if (body !== undefined) respond(ctx, body);
    });
  }
  app.use(router.routes());
  app.use(router.allowedMethods());
  return app;
}

function isClientHttpError(err: unknown): err is { status: number; message: string } {
  const status = (err as { status?: unknown })?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}
