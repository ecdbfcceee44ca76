// Declared routes as middleware: matches a request against the declarations under a prefix,
// validates the path parameters with their zod schemas, runs the handler with the service's
// dependencies under a timeout, and sends what it returns. A path it serves with another method is a
// 405 with Allow, whatever the method (TRACE, PROPFIND…): the problem middleware renders it. A path it
// does not serve passes to the next middleware, so several services can be mounted in one app.
import Router from '@koa/router';
import type { Context, Middleware } from 'koa';
import type { z } from 'zod';
import { withDeadline } from '../deadline.js';
import { HttpProblem, type ProblemInit } from '../problem.js';
import { toRouterPath, type AnyRoute, type RouteDeclaration } from '../routes.js';
import { RequestTimeout } from './problems.js';

export interface DeclaredRoutesOptions<D> {
  /** The service's base URI, prepended to every declared path (`/metrics`). */
  prefix: string;
  routes: readonly AnyRoute<D>[];
  deps: D;
  /** Past this a handler's request is answered 503. */
  timeoutMs: number;
  /** Maps parameter validation issues to the service's 400 problem. */
  invalidParams?: (issues: readonly z.core.$ZodIssue[], route: RouteDeclaration) => ProblemInit;
  /** Sends a handler's return value (AQS adds cache headers and an etag). */
  respond?: (ctx: Context, body: unknown) => void;
}

const defaultInvalidParams = (issues: readonly z.core.$ZodIssue[]): ProblemInit => ({
  status: 400,
  detail: issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; '),
});

const defaultRespond = (ctx: Context, body: unknown): void => {
  ctx.body = body as Context['body'];
};

/** The methods a set of matched layers answers, as an Allow header value. */
function allowHeader(methods: Iterable<string>): string {
  const set = new Set(methods);
  set.add('OPTIONS');
  return [...set].join(', ');
}

export function declaredRoutes<D>(opts: DeclaredRoutesOptions<D>): Middleware {
  const invalidParams = opts.invalidParams ?? defaultInvalidParams;
  const respond = opts.respond ?? defaultRespond;
  // The router only matches (and decodes parameters); the route a layer stands for is dispatched here,
  // so a request is matched once, not once to choose and again by router.routes().
  const router = new Router();
  const declared = new Map<(typeof router.stack)[number], { route: AnyRoute<D>; template: string }>();
  for (const route of opts.routes) {
    const template = opts.prefix + route.path;
    router[route.method](toRouterPath(template), () => undefined);
    declared.set(router.stack.at(-1)!, { route, template });
  }

  async function serve(ctx: Context, route: AnyRoute<D>, template: string, params: Record<string, string>): Promise<void> {
    ctx.state.route = template;
    const parsed = route.params.safeParse(params);
    if (!parsed.success) throw new HttpProblem(invalidParams(parsed.error.issues, route));
    const work = Promise.resolve(route.handler(parsed.data, opts.deps, ctx));
    const body = await withDeadline(work, opts.timeoutMs, () => new RequestTimeout(opts.timeoutMs));
    if (body !== undefined) respond(ctx, body);
  }

  return (ctx, next) => {
    const matched = router.match(ctx.path, ctx.method);
    const layer = matched.pathAndMethod[0];
    if (matched.route && layer) {
      const { route, template } = declared.get(layer)!;
      return serve(ctx, route, template, layer.params(ctx.path, layer.captures(ctx.path)));
    }
    if (matched.path.length === 0) return next();
    ctx.state.route = declared.get(matched.path[0]!)?.template;
    ctx.status = 405;
    ctx.set('allow', allowHeader(matched.path.flatMap((l) => l.methods)));
    return Promise.resolve();
  };
}
