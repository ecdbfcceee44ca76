// Headers every response carries, errors and OPTIONS included: set before anything else runs, so a
// later middleware may still override one.
import type { Middleware } from 'koa';
import { headerSetter } from '../response-headers.js';

export function commonHeaders(headers: Readonly<Record<string, string>>): Middleware {
  const setAll = headerSetter(headers);
  return (ctx, next) => {
    setAll(ctx);
    return next();
  };
}
