// The checks every response gets, whatever the case: the headers and error bodies each kind of
// service owes its clients. Each returns the problems it found (empty = fine).
import { parseJson, type Reply } from './http.js';

/**
 * CORS and security headers production AQS sends on every response, errors and OPTIONS included
 * (spec aqs-endpoints.md §1.8, the REST gateway's set in aqs2-notes.md §2.3).
 */
export const AQS_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET,HEAD',
  'access-control-allow-headers':
    'accept, content-type, content-length, cache-control, accept-language, api-user-agent, if-match, if-modified-since, if-none-match, dnt, accept-encoding',
  'access-control-expose-headers': 'etag',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'referrer-policy': 'origin-when-cross-origin',
  'x-xss-protection': '1; mode=block',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

/** AQS 200s: 4-hour caching (spec §1.8, design.md §1). */
export const AQS_CACHE_CONTROL = 's-maxage=14400, max-age=14400';
export const AQS_JSON = 'application/json; charset=utf-8';
export const PROBLEM_JSON = 'application/problem+json';

export function aqsHeaders(r: Reply): string[] {
  const out: string[] = [];
  for (const [name, want] of Object.entries(AQS_HEADERS)) {
    const got = r.headers.get(name);
    if (got !== want) out.push(`header ${name}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  return out;
}

/** A strong etag: a quoted opaque string, not W/. */
export const STRONG_ETAG = /^"[\x21\x23-\x7e]+"$/;

export function aqsSuccess(r: Reply): string[] {
  const out: string[] = [];
  if (r.headers.get('content-type') !== AQS_JSON) out.push(`content-type: expected ${AQS_JSON}, got ${r.headers.get('content-type')}`);
  if (r.headers.get('cache-control') !== AQS_CACHE_CONTROL) out.push(`cache-control: expected ${AQS_CACHE_CONTROL}, got ${r.headers.get('cache-control')}`);
  const etag = r.headers.get('etag');
  if (!etag || !STRONG_ETAG.test(etag)) out.push(`etag: expected a strong etag, got ${JSON.stringify(etag)}`);
  return out;
}

/** The 304 answer to If-None-Match with the 200's etag: no body, the same etag, the CORS set. */
export function notModified(first: Reply, again: Reply): string[] {
  const out: string[] = [];
  if (again.status !== 304) return [`If-None-Match ${first.headers.get('etag')}: expected 304, got ${again.status}`];
  if (again.text.length) out.push(`304 has a body of ${again.text.length} bytes`);
  if (again.headers.get('etag') !== first.headers.get('etag')) out.push(`304 etag ${again.headers.get('etag')} differs from the 200's ${first.headers.get('etag')}`);
  return out.concat(aqsHeaders(again).map((p) => `304 ${p}`));
}

const keysOf = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : undefined);

function problemContentType(r: Reply): string[] {
  const ct = (r.headers.get('content-type') ?? '').split(';')[0]!.trim();
  return ct === PROBLEM_JSON ? [] : [`content-type: expected ${PROBLEM_JSON}, got ${r.headers.get('content-type')}`];
}

/** AQS errors: `{type, title, method, status, detail, uri}`, detail a string (design.md §1 Errors). */
export function aqsProblem(r: Reply, requestPath: string): string[] {
  const out = problemContentType(r);
  const body = parseJson(r) as Record<string, unknown> | undefined;
  const keys = keysOf(body);
  if (!keys) return out.concat(`problem body is not a JSON object: ${r.text.slice(0, 120)}`);
  const want = ['type', 'title', 'method', 'status', 'detail', 'uri'];
  if (keys.slice().sort().join() !== want.slice().sort().join()) out.push(`problem keys: expected ${want.join(',')}, got ${keys.join(',')}`);
  for (const k of ['type', 'title', 'detail', 'uri']) if (typeof body![k] !== 'string') out.push(`problem ${k} is not a string`);
  if (body!.status !== r.status) out.push(`problem status ${String(body!.status)} differs from the HTTP status ${r.status}`);
  if (body!.method !== r.method.toLowerCase()) out.push(`problem method: expected ${r.method.toLowerCase()}, got ${String(body!.method)}`);
  // uri is the path the service saw: the request path, or it with a gateway prefix before it.
  if (typeof body!.uri === 'string' && !body!.uri.endsWith(requestPath.split('?')[0]!)) out.push(`problem uri ${body!.uri} is not the request path ${requestPath}`);
  return out;
}

/** Kask's four bodies (spec kask-gateway-servicelib.md §A.7), plus its 413, key order included. */
const KASK_PROBLEMS: Record<number, { kind: string; title: string; detail: string }> = {
  400: { kind: 'bad_request', title: 'Bad request', detail: 'The request was incorrect or malformed' },
  401: { kind: 'not_authorized', title: 'Not authorized', detail: 'Unable to authorize request' },
  404: { kind: 'not_found', title: 'Not found', detail: 'The value you requested was not found' },
  413: { kind: 'payload_too_large', title: 'Payload too large', detail: 'The value is larger than this server accepts' },
  500: { kind: 'server_error', title: 'Internal server error', detail: 'The server encountered an error with your request' },
};

export function kaskProblem(r: Reply, requestPath: string): string[] {
  const out = problemContentType(r);
  const want = KASK_PROBLEMS[r.status];
  if (!want) return out.concat(`Kask has no problem body for status ${r.status}`);
  let instance: string;
  try {
    instance = decodeURIComponent(requestPath.split('?')[0]!);
  } catch {
    instance = requestPath.split('?')[0]!;
  }
  const body = parseJson(r);
  const expected = { type: `https://www.mediawiki.org/wiki/Kask/errors/${want.kind}`, title: want.title, detail: want.detail, instance };
  if (JSON.stringify(body) !== JSON.stringify(expected)) out.push(`Kask problem: expected ${JSON.stringify(expected)}, got ${r.text.slice(0, 300)}`);
  return out;
}

/** Data Gateway errors: `{status, type, title, detail}` (design.md §1 Errors). */
export function gatewayProblem(r: Reply): string[] {
  const out = problemContentType(r);
  const body = parseJson(r) as Record<string, unknown> | undefined;
  const keys = keysOf(body);
  if (!keys) return out.concat(`problem body is not a JSON object: ${r.text.slice(0, 120)}`);
  const want = ['status', 'type', 'title', 'detail'];
  if (keys.slice().sort().join() !== want.slice().sort().join()) out.push(`problem keys: expected ${want.join(',')}, got ${keys.join(',')}`);
  if (body!.status !== r.status) out.push(`problem status ${String(body!.status)} differs from the HTTP status ${r.status}`);
  for (const k of ['type', 'title', 'detail']) if (typeof body![k] !== 'string') out.push(`problem ${k} is not a string`);
  return out;
}
