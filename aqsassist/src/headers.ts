// AQS response headers (spec/aqs-endpoints.md §1.8, design.md §1): the CORS and security set on every
// response, and on 200s the 4-hour cache policy and a strong etag (the preset answers 304 to a match).
import { hash } from 'node:crypto';
import { setHeader } from '@aqs/servicelib';
import type { Context } from 'koa';

const CSP = "default-src 'none'; frame-ancestors 'none'";

export const AQS_COMMON_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET,HEAD',
  'access-control-allow-headers':
    'accept, content-type, content-length, cache-control, accept-language, api-user-agent, if-match, if-modified-since, if-none-match, dnt, accept-encoding',
  'access-control-expose-headers': 'etag',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'referrer-policy': 'origin-when-cross-origin',
  'x-xss-protection': '1; mode=block',
  'content-security-policy': CSP,
  'x-content-security-policy': CSP,
  'x-webkit-csp': CSP,
});

export const AQS_CACHE_CONTROL = 's-maxage=14400, max-age=14400';
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** A strong validator over the exact bytes sent (one-shot hash: no Hash object per response). */
export const strongEtag = (body: string): string => `"${hash('sha1', body, 'hex')}"`;

/**
 * Sends a 200 JSON body with the cache headers and its etag; the preset's conditionalGet turns it into
 * a 304 when the client already has it.
 */
export function respondAqs(ctx: Context, body: unknown): void {
  const json = JSON.stringify(body);
  setHeader(ctx, 'cache-control', AQS_CACHE_CONTROL);
  setHeader(ctx, 'etag', strongEtag(json));
  ctx.status = 200;
  setHeader(ctx, 'content-type', JSON_CONTENT_TYPE);
  ctx.body = json;
}
