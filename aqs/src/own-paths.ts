// The mounted services that answer on their own terms (the Data Gateway: its {status, type, title,
// detail} problems, no AQS CORS or security headers, no request id sent back): their mounts run on
// the paths they own, before the AQS preset, so a request there is answered exactly as by the
// service alone. The one process still counts those requests in its request-duration histogram
// (one /admin/metrics, by route template); every other path goes on to the preset.
import type { Middleware } from 'koa';
import { observeRequests, routeKey, type HttpMetrics } from '@aqs/servicelib';

export interface OwnedMount {
  /** An entry ending in `/` is a prefix, others an exact path; both compared case-insensitively, as the routes match. */
  paths: readonly string[];
  mount: Middleware;
}

/** Whether `path` is one of `paths` (a trailing slash ignored, as the services' exact routes ignore it). */
export function pathMatcher(paths: readonly string[]): (path: string) => boolean {
  const prefixes = paths.filter((p) => p.endsWith('/')).map((p) => p.toLowerCase());
  const exact = new Set(paths.filter((p) => !p.endsWith('/')).map(routeKey));
  return (path) => {
    if (exact.has(routeKey(path))) return true;
    const p = path.toLowerCase();
    return prefixes.some((x) => p.startsWith(x));
  };
}

/** Runs the first owned mount whose paths match, observed in `histogram`; else the rest of the app. */
export function ownedPaths(owned: readonly OwnedMount[], histogram: HttpMetrics['requestDuration']): Middleware {
  if (owned.length === 0) return (_ctx, next) => next();
  const observe = observeRequests(histogram);
  const branches = owned.map((o) => ({ owns: pathMatcher(o.paths), mount: o.mount }));
  // What follows an owned mount is nothing: a path it does not serve is its own 404.
  const end = () => Promise.resolve();
  return (ctx, next) => {
    const branch = branches.find((b) => b.owns(ctx.path));
    return branch ? observe(ctx, () => branch.mount(ctx, end)) : next();
  };
}
