// The dataset routes as one middleware, mountable in any app (alone in the gateway's app, or in a
// host that mounts several services): a path that is not valid percent-encoded UTF-8 is a 400, a
// private route refuses a client without an authorized certificate (401), and every declared route
// reads its dataset through the reader, answering {"rows":[…]}. Other paths pass on.
import compose from 'koa-compose';
import type { Middleware } from 'koa';
import type { Socket } from 'node:net';
import { z } from 'zod';
import { declaredRoutes, HttpProblem, setHeader, type AnyRoute, type DatasetDeclaration, type DatasetReader } from '@aqs/servicelib';
import { isPrivate } from './datasets.js';
import { NOT_AUTHORIZED } from './problems.js';

export interface DatasetRoutesOptions {
  datasets: readonly DatasetDeclaration[];
  reader: DatasetReader;
  /** Whether a connection's client may use private routes; null when no client CA is configured. */
  authorize: ((socket: Socket) => boolean) | null;
  /** The safety net behind the reader's own deadline. */
  timeoutMs: number;
}

function routeOf(d: DatasetDeclaration, authorize: DatasetRoutesOptions['authorize']): AnyRoute<DatasetReader> {
  const names = [...d.key.map((c) => c.name), ...(d.range ? [d.range.start, d.range.end] : [])];
  const guard = authorize && isPrivate(d) ? authorize : null;
  return {
    method: 'get',
    path: d.route,
    operationId: d.name,
    summary: d.summary,
    // Raw decoded strings: the reader checks them by CQL type (its 400 names the parameter).
    params: z.object(Object.fromEntries(names.map((n) => [n, z.string()]))),
    response: z.object({ rows: z.array(z.record(z.string(), z.unknown())) }),
    async handler(params, reader, ctx) {
      if (guard && !guard(ctx.req.socket)) throw new HttpProblem(NOT_AUTHORIZED);
      return { rows: await reader.read(d, params as Record<string, string>) };
    },
  };
}

/** The first path segment of each route (`/public/`, `/private/`): where a bad escape is this service's 400. */
export function routePrefixes(datasets: readonly DatasetDeclaration[]): string[] {
  return [...new Set(datasets.map((d) => d.route.slice(0, d.route.indexOf('/', 1) + 1)))];
}

export function datasetRoutes(opts: DatasetRoutesOptions): Middleware {
  const prefixes = routePrefixes(opts.datasets);
  const checkEscapes: Middleware = (ctx, next) => {
    // Any case: the router matches /PUBLIC/… too, and must not get an undecodable path.
    if (ctx.path.includes('%') && prefixes.some((p) => ctx.path.toLowerCase().startsWith(p))) {
      try {
        decodeURIComponent(ctx.path);
      } catch {
        throw new HttpProblem({ status: 400, detail: 'The path is not valid percent-encoded UTF-8' });
      }
    }
    return next();
  };
  return compose([
    checkEscapes,
    declaredRoutes({
      prefix: '',
      routes: opts.datasets.map((d) => routeOf(d, opts.authorize)),
      deps: opts.reader,
      timeoutMs: opts.timeoutMs,
      respond: (ctx, body) => {
        setHeader(ctx, 'content-type', 'application/json; charset=utf-8'); // what ctx.type = 'application/json' sets, without Koa's copies
        ctx.body = JSON.stringify(body);
      },
    }),
  ]);
}
