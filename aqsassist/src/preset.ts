// The AQS preset: servicelib's middleware composed with the AQS conventions (spec §1.8, §1.9): CORS
// and security headers on every response, the request id, the duration histogram, AQS problem bodies
// ("Invalid route" for a path no service serves), OPTIONS answered 200 on any path, conditional GET,
// /healthz and /admin/metrics. Services mount their routes into it; the one-process host mounts several.
import Koa, { type Middleware } from 'koa';
import {
  buildInfo,
  commonHeaders,
  conditionalGet,
  createHttpMetrics,
  healthz,
  metricsPage,
  observeRequests,
  problemErrors,
  requestId,
  type Host,
} from '@aqs/servicelib';
import { AQS_COMMON_HEADERS } from './headers.js';
import { renderAqsProblem } from './problems.js';

/** AQS 1.0 answered OPTIONS on any path with 200, no body and the common headers (§1.1). */
export function answerOptions(): Middleware {
  return (ctx, next) => {
    if (ctx.method !== 'OPTIONS') return next();
    ctx.status = 200;
    ctx.body = '';
    return Promise.resolve();
  };
}

export const INVALID_ROUTE = 'Invalid route';

/** An AQS app answering as `serviceName`, with the services' mounted middleware inside it. */
export function aqsApp(host: Host, identity: { serviceName: string; version: string }, mounts: readonly Middleware[]): Koa {
  const app = new Koa();
  app.silent = true; // every error is rendered and logged by problemErrors
  app.use(commonHeaders(AQS_COMMON_HEADERS));
  app.use(requestId());
  app.use(observeRequests(createHttpMetrics(host.registry).requestDuration));
  app.use(problemErrors({ render: renderAqsProblem, logger: host.logger, notFoundDetail: INVALID_ROUTE }));
  app.use(answerOptions());
  app.use(conditionalGet());
  app.use(healthz(identity.serviceName, buildInfo(identity.version)));
  app.use(metricsPage('/admin/metrics', host.registry));
  for (const mount of mounts) app.use(mount);
  return app;
}
