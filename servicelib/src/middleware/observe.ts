// The request-duration histogram, observed after errors have been rendered (so the status label is
// the one the client saw). The route label is the declared template the routes middleware put in
// ctx.state.route, never the raw path: bounded cardinality.
import type { Middleware } from 'koa';
import type { Histogram } from 'prom-client';

export function observeRequests(histogram: Histogram<'route' | 'method' | 'code'>): Middleware {
  return async (ctx, next) => {
    const started = process.hrtime.bigint();
    try {
      await next();
    } finally {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = (ctx.state.route as string | undefined) ?? 'unmatched';
      histogram.observe({ route, method: ctx.method, code: String(ctx.status) }, seconds);
    }
  };
}
