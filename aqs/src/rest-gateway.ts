// The REST gateway's part (aqs2-notes §2.2-§2.3), so clients that use the public path (Wikistats 2,
// bots) can be pointed at this process: `/api/rest_v1/metrics/…` is routed to `/metrics/…`, the
// family api-spec paths to the services' documents, and every response under the prefix gets the
// headers the gateway sets (OVERWRITE_IF_EXISTS_OR_ADD; the CSP only when the service sent none).
import type { Middleware } from 'koa';
import { AQS_COMMON_HEADERS } from '@aqs/aqsassist';
import { headerSetter, setHeader } from '@aqs/servicelib';

const GATEWAY_CSP = "default-src 'none'; frame-ancestors 'none'";

/** The CSP headers, which the gateway adds only when the service sent none (GATEWAY_CSP). */
const CSP_HEADERS = new Set(['content-security-policy', 'x-content-security-policy', 'x-webkit-csp']);

/**
 * What Envoy sets on every AQS route (`rb_response_headers: true`), overwriting the service's: `via`
 * and the same CORS and security set the AQS services send (spec §1.8), less the CSP.
 */
export const GATEWAY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  via: 'rest-gateway',
  ...Object.fromEntries(Object.entries(AQS_COMMON_HEADERS).filter(([name]) => !CSP_HEADERS.has(name))),
});

/**
 * The gateway's api-spec rewrites (aqs2-notes §2.2): the public `…/metrics/<family>/api-spec.json`
 * is served from the path each service answers at (the prefixes are not uniform).
 */
export const GATEWAY_SPEC_PATHS: Readonly<Record<string, string>> = Object.freeze({
  pageviews: '/page-analytics/api-spec.json',
  'unique-devices': '/device-analytics/api-spec.json',
  edits: '/edit-analytics/api-spec.json',
  editors: '/editors/api-spec.json',
  'editors/by-country': '/geo-analytics/api-spec.json',
  mediarequests: '/mediarequests/api-spec.json',
  'commons-analytics': '/commons-impact-analytics/api-spec.json',
});

/** Where the gateway sends a public path below the prefix (`/metrics/…`), or undefined if not its. */
export function gatewayTarget(prefix: string, path: string): string | undefined {
  if (!path.startsWith(`${prefix}/metrics/`)) return undefined;
  const upstream = path.slice(prefix.length);
  const spec = /^\/metrics\/(.+)\/api-spec\.json$/.exec(upstream);
  return (spec && GATEWAY_SPEC_PATHS[spec[1]!]) || upstream;
}

/** Outermost middleware: rewrites gateway paths, then sets the gateway's headers on the answer. */
export function restGateway(prefix: string): Middleware {
  const setGatewayHeaders = headerSetter(GATEWAY_HEADERS);
  return async (ctx, next) => {
    const target = gatewayTarget(prefix, ctx.path);
    if (target === undefined) return next();
    // The service behind the gateway sees the rewritten path, so a problem's `uri` names it, as in
    // production; the bodies under both paths are the same bytes (and so the same etag).
    ctx.url = target + ctx.search;
    ctx.originalUrl = ctx.request.originalUrl = ctx.url;
    await next();
    setGatewayHeaders(ctx);
    if (!ctx.res.hasHeader('content-security-policy')) setHeader(ctx, 'content-security-policy', GATEWAY_CSP);
  };
}
