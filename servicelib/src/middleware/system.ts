// The routes every service has besides its data: /healthz, the metrics page, the API spec. Each is an
// exact path; anything else passes on.
import type { Middleware } from 'koa';
import type { Registry } from 'prom-client';
import { healthBody, type BuildInfo } from '../health.js';

/**
 * The path as the router compared it before these routes were middleware: case-insensitive, a
 * trailing slash allowed (`/HEALTHZ`, `/healthz/`), so probes configured either way keep working.
 */
export const routeKey = (path: string): string => (path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path).toLowerCase();

/** `serve` at exactly `path` (as routeKey compares it), GET and HEAD only (others 405 with Allow); other paths pass on. */
export function exactGet(path: string, serve: Middleware): Middleware {
  const key = routeKey(path);
  return (ctx, next) => {
    if (routeKey(ctx.path) !== key) return next();
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
      routeKey(path),
      exactGet(path, (ctx) => {
        ctx.type = 'application/json';
        ctx.body = text;
        return Promise.resolve();
      }),
    );
  }
  return (ctx, next) => {
    const serve = served.get(routeKey(ctx.path));
    return serve ? serve(ctx, next) : next();
  };
}
