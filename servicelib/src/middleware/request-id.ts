// The request id: the caller's X-Request-ID, or a new UUID. It goes into ctx.state for request-scoped
// log lines and, unless a service must not (Kask), back to the caller.
import { randomUUID } from 'node:crypto';
import type { Middleware } from 'koa';
import { setHeader } from '../response-headers.js';

export function requestId(opts: { echo?: boolean } = {}): Middleware {
  const echo = opts.echo ?? true;
  return (ctx, next) => {
    const id = ctx.get('x-request-id') || randomUUID();
    ctx.state.requestId = id;
    if (echo) setHeader(ctx, 'x-request-id', id);
    return next();
  };
}
