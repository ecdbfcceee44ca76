// Conditional GET: a 200 whose validators (the etag a responder set) match the request's
// If-None-Match becomes a 304 without a body. The comparison is `fresh`'s, as behind Koa's ctx.fresh
// (weak comparison, `*`, lists), but made as an origin server makes it (RFC 9110 §13.1.2): the
// request's own Cache-Control is left out. ctx.fresh would answer 200 to any request carrying
// `Cache-Control: no-cache`, which fetch() adds to every conditional request.
import fresh from 'fresh';
import type { Middleware } from 'koa';

export function conditionalGet(): Middleware {
  return async (ctx, next) => {
    await next();
    if (ctx.status !== 200 || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) return;
    const conditions = { 'if-none-match': ctx.get('if-none-match'), 'if-modified-since': ctx.get('if-modified-since') };
    if (fresh(conditions, ctx.response.headers)) {
      ctx.status = 304;
      ctx.body = null;
    }
  };
}
