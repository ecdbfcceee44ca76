// An AQS service is a servicelib app with the AQS conventions: CORS and security headers, problem
// bodies, validator messages, cached and etagged 200s, metrics at /admin/metrics.
import { readFileSync } from 'node:fs';
import type Koa from 'koa';
import {
  buildInfo,
  buildOpenApi,
  createCassandraClient,
  createHttpMetrics,
  createServiceApp,
  type CassandraClient,
  type Logger,
  type RouteDeclaration,
  type ServiceConfig,
} from '@aqs/servicelib';
import { AQS_COMMON_HEADERS, respondAqs } from './headers.js';
import { aqsInvalidParams, aqsProblemSchema, renderAqsProblem } from './problems.js';

export interface AqsAppOptions {
  /** The service's directory name; the spec is served at `/<name>/api-spec.json`. */
  name: string;
  version: string;
  config: ServiceConfig;
  logger: Logger;
  routes: readonly RouteDeclaration[];
  apiSpec?: unknown;
  /** The longest one storage call may take (default: context_timeout); the request timeout follows it. */
  storageTimeoutMs?: number;
}

export function createAqsApp(opts: AqsAppOptions): Koa {
  return createServiceApp({
    serviceName: opts.config.service_name,
    specPrefix: opts.name,
    build: buildInfo(opts.version),
    logger: opts.logger,
    metrics: createHttpMetrics(),
    metricsPath: '/admin/metrics',
    apiSpec: opts.apiSpec,
    routes: opts.routes,
    commonHeaders: AQS_COMMON_HEADERS,
    renderProblem: renderAqsProblem,
    invalidParams: aqsInvalidParams,
    respond: respondAqs,
    // A safety net behind the per-query deadline, which answers first.
    requestTimeoutMs: (opts.storageTimeoutMs ?? opts.config.context_timeout) * 2 + 1000,
  });
}

/** The Cassandra client of an AQS service: per-request read timeout = context_timeout. */
export function createAqsCassandraClient(config: ServiceConfig, logger: Logger): CassandraClient {
  return createCassandraClient(config.cassandra, { readTimeoutMs: config.context_timeout, logger });
}

/** Reads a JSON file that ships beside a service's dist/ (package.json, openapi.json). */
export function readPackageJson<T = Record<string, unknown>>(moduleUrl: string, file: string): T {
  return JSON.parse(readFileSync(new URL(`../${file}`, moduleUrl), 'utf8')) as T;
}

/** The OpenAPI 3.1 document of an AQS service: its route declarations, AQS problems, Apache 2.0. */
export function aqsOpenApiDocument(opts: { title: string; description: string; version: string; routes: readonly RouteDeclaration[] }): Record<string, unknown> {
  return buildOpenApi({
    info: {
      title: opts.title,
      version: opts.version,
      description: opts.description,
      license: { name: 'Apache 2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0.html' },
    },
    routes: opts.routes,
    problemSchema: aqsProblemSchema,
  });
}
