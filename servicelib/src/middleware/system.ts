// The routes every service has besides its data: /healthz, the metrics page, the API spec. Each is an
// exact path; anything else passes on.
import type { Middleware } from 'koa';
import type { Registry } from 'prom-client';
import { healthBody, type BuildInfo } from '../health.js';

function exactGet(path: string, serve: Middleware): Middleware {
  return (ctx, next) => {
    if (ctx.path !== path) return next();
    ctx.state.route = path;
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      ctx.status = 405;
      ctx.set('allow', 'GET, HEAD, OPTIONS');
      return Promise.resolve();
    }
    return serve(ctx, next);
  };
}

export function healthz(serviceName: string, build: BuildInfo): Middleware {
  return exactGet('/healthz', (ctx) => {
    ctx.body = healthBody(serviceName, build);
    return Promise.resolve();
  });
}

export function metricsPage(path: string, registry: Registry): Middleware {
  return exactGet(path, async (ctx) => {
    ctx.type = registry.contentType;
    ctx.body = await registry.metrics();
  });
}

/** A JSON document serialised once, at each of `paths`. */
export function jsonDocument(paths: readonly string[], doc: unknown): Middleware {
  const text = JSON.stringify(doc);
  const served = new Map<string, Middleware>();
  for (const path of paths) {
    served.set(
      path,
      exactGet(path, (ctx) => {
        ctx.type = 'application/json';
        ctx.body = text;
        return Promise.resolve();
      }),
    );
  }
  return (ctx, next) => {
    const serve = served.get(ctx.path);
    return serve ? serve(ctx, next) : next();
  };
}
