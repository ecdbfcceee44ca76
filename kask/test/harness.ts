// Starts Kask in-process, against the real local Cassandra (startKask, for the integration tests) or
// on an in-memory store (startMemoryKask, for the unit tests), and speaks raw HTTP(S) to it: paths are
// sent exactly as written (no client-side cleaning), bodies come back as bytes.
import { randomBytes } from 'node:crypto';
import { createRegistry, listen, parseConfig, startService, type Host } from '@aqs/servicelib';
import { memoryLogger, rawRequest as request } from '@aqs/servicelib/testing';
import service, { type KaskConfig } from '../src/service.js';
import { MemoryStore } from './memory-store.js';

export { CASSANDRA_PORT } from '@aqs/servicelib/testing';
import { CASSANDRA_PORT } from '@aqs/servicelib/testing';
export const BASE = '/sessions/v1/';

/** The tests' config: loopback, any free port, base /sessions/v1/, TTL 300, the local Cassandra. */
export function kaskConfig(over: Record<string, unknown> = {}, cassandra: Record<string, unknown> = {}): KaskConfig {
  return parseConfig(service.configSchema, {
    base_uri: BASE,
    listen_address: '127.0.0.1',
    listen_port: 0,
    default_ttl: 300,
    ...over,
    cassandra: { hosts: ['127.0.0.1'], port: CASSANDRA_PORT, local_dc: 'datacenter1', query_timeout_ms: 2000, ...cassandra },
  });
}

/** A host of Kask's own: a logger whose lines the test can read, and a fresh registry. */
function testHost() {
  const log = memoryLogger('kask', 'debug');
  const host: Host = { logger: log.logger, registry: createRegistry(), shared: {} };
  return { host, logs: log.lines };
}

/** Kask as main builds it (descriptor, open, app, TLS) on the real Cassandra. */
export async function startKask(over: Record<string, unknown> = {}, cassandra: Record<string, unknown> = {}) {
  const config = kaskConfig(over, cassandra);
  const { host, logs } = testHost();
  const running = await startService(service, config, host, { address: '127.0.0.1', port: 0 });
  return { ...running, config, logs, origin: `${running.scheme}://127.0.0.1:${running.port}` };
}

/** Kask's app on an in-memory store: no Cassandra, nothing to close but the server. */
export async function startMemoryKask(over: Record<string, unknown> = {}, store = new MemoryStore()) {
  const config = kaskConfig(over);
  const { host, logs } = testHost();
  const tls = service.tls?.(config);
  const running = await listen(service.app(config, { store }, host), '127.0.0.1', 0, [], undefined, tls);
  return { ...running, config, logs, store, origin: `${tls ? 'https' : 'http'}://127.0.0.1:${running.port}` };
}

/** One request; `path` goes on the wire as written (servicelib's rawRequest). */
export { rawRequest as request, type RawReply as Reply, type RawRequestOptions as RequestOptions } from '@aqs/servicelib/testing';

/** A fresh random key (letters and digits), so tests never see each other's values. */
export const randomKey = (prefix = 'test') => `${prefix}-${randomBytes(12).toString('hex')}`;

/** Go Kask's problem body for `kind` at `instance`, as the tests expect it byte for byte. */
export function expectedProblem(type: string, title: string, detail: string, instance: string): string {
  return `{\n  "type": "https://www.mediawiki.org/wiki/Kask/errors/${type}",\n  "title": "${title}",\n  "detail": "${detail}",\n  "instance": "${instance}"\n}\n`;
}

export const NOT_FOUND = (instance: string) => expectedProblem('not_found', 'Not found', 'The value you requested was not found', instance);
export const BAD_REQUEST = (instance: string) => expectedProblem('bad_request', 'Bad request', 'The request was incorrect or malformed', instance);
export const NOT_AUTHORIZED = (instance: string) => expectedProblem('not_authorized', 'Not authorized', 'Unable to authorize request', instance);
export const SERVER_ERROR = (instance: string) =>
  expectedProblem('server_error', 'Internal server error', 'The server encountered an error with your request', instance);
export const TOO_LARGE = (instance: string) =>
  expectedProblem('payload_too_large', 'Payload too large', 'The value is larger than this server accepts', instance);

/**
 * /metrics, read again (10 ms apart, a bounded number of times) until `line` matches: for counts
 * that are recorded after the client has already seen its connection end.
 */
export async function metricsMatching(origin: string, line: RegExp): Promise<string> {
  let text = '';
  for (let attempt = 0; attempt < 200; attempt++) {
    text = (await request(origin, '/metrics')).text;
    if (line.test(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no /metrics line matches ${line}:\n${text}`);
}
