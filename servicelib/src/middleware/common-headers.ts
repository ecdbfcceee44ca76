// Headers every response carries, errors and OPTIONS included: set before anything else runs, so a
// later middleware may still override one.
import type { Middleware } from 'koa';

export function commonHeaders(headers: Readonly<Record<string, string>>): Middleware {
  return (ctx, next) => {
    ctx.set(headers);
    return next();
  };
}
