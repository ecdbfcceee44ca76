// Conditional GET: a 200 carrying an etag (a data route's responder set it) whose value matches the
// request's If-None-Match becomes a 304 without a body. The comparison is `fresh`'s, as behind Koa's
// ctx.fresh (weak comparison, `*`, lists), but made as an origin server makes it (RFC 9110 §13.1.2,
// §13.2.2): only If-None-Match counts (If-Modified-Since is ignored beside it, and nothing here has
// a Last-Modified), and the request's own Cache-Control is left out: ctx.fresh would answer 200 to
// any request carrying `Cache-Control: no-cache`, which fetch() adds to every conditional request.
// Responses without an etag (/healthz, metrics, documents) are never turned into 304s.
import fresh from 'fresh';
import type { Middleware } from 'koa';

export function conditionalGet(): Middleware {
  return async (ctx, next) => {
    await next();
    if (ctx.status !== 200 || (ctx.method !== 'GET' && ctx.method !== 'HEAD') || !ctx.res.hasHeader('etag')) return; // not ctx.response.get: it copies every header
    const ifNoneMatch = ctx.get('if-none-match');
    if (ifNoneMatch && fresh({ 'if-none-match': ifNoneMatch }, ctx.response.headers)) {
      ctx.status = 304;
      ctx.body = null;
    }
  };
}
