// Kask's RFC 7807 bodies, byte for byte as Go Kask writes them (spec §A.7): keys type, title, detail,
// instance in that order, 2-space indent, one trailing newline, and Go's HTML-safe escaping. Served as
// application/problem+json, as the Kask documentation says (Go Kask sent application/json).

export type ProblemKind = 'bad_request' | 'not_authorized' | 'not_found' | 'payload_too_large' | 'server_error';

export const PROBLEMS: Record<ProblemKind, { status: number; title: string; detail: string }> = {
  bad_request: { status: 400, title: 'Bad request', detail: 'The request was incorrect or malformed' },
  not_authorized: { status: 401, title: 'Not authorized', detail: 'Unable to authorize request' },
  not_found: { status: 404, title: 'Not found', detail: 'The value you requested was not found' },
  // Not in Go Kask, which had no size limit: the fifth body, in the same style.
  payload_too_large: { status: 413, title: 'Payload too large', detail: 'The value is larger than this server accepts' },
  server_error: { status: 500, title: 'Internal server error', detail: 'The server encountered an error with your request' },
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const TYPE_BASE = 'https://www.mediawiki.org/wiki/Kask/errors/';

// Go's encoding/json escapes these so the JSON is safe inside HTML; JSON.stringify does not. Go 1.19
// (Kask's build) also wrote \b and \f as \u0008 and \u000c.
const GO_ESCAPES: Record<string, string> = {
  '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029', '\\b': '\\u0008', '\\f': '\\u000c',
};
const GO_ESCAPE_RE = /[<>&\u2028\u2029]|\\\\|\\b|\\f/g;

/** JSON.stringify with 2-space indent, then Go's escapes (a `\\\\` match keeps escaped backslashes intact). */
export function goIndentedJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(GO_ESCAPE_RE, (m) => GO_ESCAPES[m] ?? m);
}

/** The body for `kind` at request path `instance` (decoded, without the query string). */
export function problemBody(kind: ProblemKind, instance: string): string {
  const p = PROBLEMS[kind];
  return `${goIndentedJson({ type: TYPE_BASE + kind, title: p.title, detail: p.detail, instance })}\n`;
}
