// Kask's OpenAPI 3.1 document for its docs page (/kask/docs) and `make fuzz`, generated from the
// running config and from the code that answers: the data route under base_uri with the key limit,
// the problem bodies problemBody writes (each error's example is the exact body, for the example
// key), /healthz with its real body, /metrics, and /openapi when openapi_spec is set; 401 only when
// client certificates are asked for. /openapi itself keeps serving Go Kask's YAML template (§A.12).
import { PROBLEMS, PROBLEM_CONTENT_TYPE, problemBody, type ProblemKind } from './problems.js';
import { healthzBody, type KaskBuildInfo } from './build-info.js';
import type { KaskConfig } from './config.js';

/** Where Kask serves its docs page and this document (outside the usual base URIs; see docsServed). */
export const DOCS_PATH = '/kask/docs';
export const API_SPEC_PATH = '/kask/api-spec.json';

/** The key and value of Go Kask's x-amples (the monitoring check writes, then reads them). */
export const EXAMPLE_KEY = 'KASK:K:INTEGRATION_TEST_KEY';
export const EXAMPLE_VALUE = 'KASK:V:INTEGRATION_TEST_VALUE';

/**
 * Whether the docs page is served: not when base_uri covers its path (base_uri `/` or `/kask/`),
 * where `/kask/docs` reads a key, as it did in Go Kask; Kask never shadows a key of its data route.
 */
export const docsServed = (config: KaskConfig): boolean => !DOCS_PATH.startsWith(config.base_uri);

/** Not a `.` or `..` segment (those are redirected, §A.3) and no `/` (a second segment is a 404). */
const KEY_PATTERN = '^([^/.][^/]*|\\.[^/.][^/]*|\\.\\.[^/]+)$';

type Json = Record<string, unknown>;

const METRICS_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

function problem(kind: ProblemKind, description: string, instance: string): Json {
  const body = JSON.parse(problemBody(kind, instance)) as Json;
  return { description, content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' }, example: body } } };
}

const REDIRECT = {
  description: 'The path is not clean (a `.` or `..` segment, `//`): redirected to the clean path, as Go’s ServeMux does',
  headers: { Location: { schema: { type: 'string' } } },
};

export function kaskOpenApi(config: KaskConfig, build: KaskBuildInfo, version: string): Json {
  const path = `${config.base_uri}{key}`;
  const instance = `${config.base_uri}${EXAMPLE_KEY}`;
  const clientCerts = Boolean(config.tls.client_ca);
  const limits = `at most max_key_bytes (${config.max_key_bytes}) UTF-8 bytes`;
  const notKey = 'Not a key: nothing, or more than one segment, after base_uri';
  const common = (extra: Record<string, Json>): Json => ({
    '301': REDIRECT,
    '404': problem('not_found', notKey, instance),
    ...extra,
    ...(clientCerts ? { '401': problem('not_authorized', 'No client certificate, one the client CA did not sign, or a CN not in authorized_clients', instance) } : {}),
    '500': problem('server_error', 'The storage failed or did not answer in time', instance),
  });
  const bad = (why: string) => problem('bad_request', `Invalid request: ${why}`, instance);
  const data: Json = {
    parameters: [
      {
        name: 'key',
        in: 'path',
        required: true,
        description: `The key: any non-empty text without "/" (percent-decoded; not "." or ".."), ${limits}.`,
        schema: { type: 'string', minLength: 1, maxLength: config.max_key_bytes, pattern: KEY_PATTERN },
        example: EXAMPLE_KEY,
      },
    ],
    get: {
      operationId: 'getValue',
      summary: 'Get the value stored for a key',
      description: 'The bytes last POSTed for the key, verbatim, until its TTL runs out.',
      responses: common({
        '200': { description: 'The stored bytes', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' }, example: EXAMPLE_VALUE } } },
        '400': bad(`a query string, or a key longer than ${config.max_key_bytes} bytes`),
        '404': problem('not_found', `No value for this key (never written, deleted or expired), or ${notKey.toLowerCase()}`, instance),
      }),
    },
    post: {
      operationId: 'setValue',
      summary: 'Store a value for a key',
      description: `Creates or overwrites the value; it lives default_ttl (${config.default_ttl}) seconds from this write${config.default_ttl === 0 ? ' (0: for ever)' : ''}.`,
      requestBody: {
        required: true,
        description: `The value: any bytes, at least one, at most max_value_bytes (${config.max_value_bytes})`,
        content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' }, example: EXAMPLE_VALUE } },
      },
      responses: common({
        '201': { description: 'Stored' },
        '400': bad(`an empty body, a query string, or a key longer than ${config.max_key_bytes} bytes`),
        '413': problem('payload_too_large', `The value is larger than max_value_bytes (${config.max_value_bytes})`, instance),
      }),
    },
    delete: {
      operationId: 'deleteValue',
      summary: 'Delete the value for a key',
      description: 'Succeeds whether or not the key has a value.',
      responses: common({
        '204': { description: 'Deleted (or there was nothing to delete)' },
        '400': bad(`a query string, or a key longer than ${config.max_key_bytes} bytes`),
      }),
    },
  };
  const health = JSON.parse(healthzBody(build)) as Json;
  const paths: Json = {
    [path]: data,
    '/healthz': {
      get: {
        operationId: 'getHealthz',
        summary: 'Build information (liveness)',
        responses: {
          '200': {
            description: 'The build that runs',
            content: {
              'application/json': {
                schema: { type: 'object', required: Object.keys(health), properties: Object.fromEntries(Object.keys(health).map((k) => [k, { type: 'string' }])) },
                example: health,
              },
            },
          },
        },
      },
    },
    '/metrics': {
      get: {
        operationId: 'getMetrics',
        summary: 'Prometheus metrics',
        description: 'http_requests_total, http_request_duration_seconds (data routes only), kask_build_info and the process metrics.',
        responses: { '200': { description: 'Prometheus text format', content: { [METRICS_TYPE]: { schema: { type: 'string' } } } } },
      },
    },
  };
  if (config.openapi_spec) {
    paths['/openapi'] = {
      get: {
        operationId: 'getOpenApiTemplate',
        summary: 'Go Kask’s OpenAPI 3.0 file, rendered against the config',
        description: 'Kept as Go Kask served it, for service-checker and other tools that read it (its x-amples).',
        responses: {
          // The YAML is an OpenAPI 3.0 document: an object (make fuzz found `type: string`, which YAML-reading clients refuse).
          '200': { description: 'The rendered template', content: { 'application/x-yaml': { schema: { type: 'object', required: ['openapi', 'info', 'paths'] } } } },
          '500': problem('server_error', 'The template could not be read or parsed at start-up', '/openapi'),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kask',
      version,
      description:
        'Kask, the session store: an opaque key-value store on Cassandra, wire-compatible with Go Kask. Values are written with the configured TTL and read back byte for byte. Errors are RFC 7807 problems, byte for byte as Go Kask writes them.',
      license: { name: 'Apache-2.0' },
    },
    paths,
    components: {
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'detail', 'instance'],
          properties: {
            type: { type: 'string', enum: (Object.keys(PROBLEMS) as ProblemKind[]).map((k) => JSON.parse(problemBody(k, '')).type as string) },
            title: { type: 'string' },
            detail: { type: 'string' },
            instance: { type: 'string', description: 'The request path, percent-decoded, without the query string' },
          },
        },
      },
    },
  };
}
