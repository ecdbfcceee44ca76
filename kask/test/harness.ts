// Starts Kask in-process against the real local Cassandra, and speaks raw HTTP(S) to it: paths are
// sent exactly as written (no client-side cleaning), bodies come back as bytes.
import http from 'node:http';
import https from 'node:https';
import { randomBytes } from 'node:crypto';
import { listen, parseConfig } from '@aqs/servicelib';
import { memoryLogger } from '@aqs/servicelib/testing';
import { configSchema, createKask } from '../src/app.js';

export const CASSANDRA_PORT = Number(process.env.CASSANDRA_PORT ?? 9042);
export const BASE = '/sessions/v1/';

export async function startKask(over: Record<string, unknown> = {}, cassandra: Record<string, unknown> = {}) {
  const config = parseConfig(configSchema, {
    base_uri: BASE,
    listen_address: '127.0.0.1',
    listen_port: 0,
    default_ttl: 300,
    ...over,
    cassandra: { hosts: ['127.0.0.1'], port: CASSANDRA_PORT, local_dc: 'datacenter1', query_timeout_ms: 2000, ...cassandra },
  });
  const log = memoryLogger('kask', 'debug');
  const kask = createKask(config, log.logger);
  const running = await listen(kask.app, '127.0.0.1', 0, [kask.close], undefined, kask.tls);
  const scheme = kask.tls ? 'https' : 'http';
  return { ...running, kask, config, logs: log.lines, origin: `${scheme}://127.0.0.1:${running.port}` };
}

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  text: string;
}

export interface RequestOptions {
  method?: string;
  body?: Buffer | string;
  headers?: Record<string, string>;
  /** HTTPS client settings (ca, cert, key) for a TLS Kask. */
  tls?: https.RequestOptions;
  agent?: http.Agent;
}

/** One request; `path` goes on the wire as written. */
export function request(origin: string, path: string, opts: RequestOptions = {}): Promise<Reply> {
  const url = new URL(origin);
  const secure = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const req = (secure ? https : http).request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: opts.method ?? 'GET',
        headers: opts.headers,
        agent: opts.agent,
        ...(secure ? opts.tls : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode!, headers: res.headers, body, text: body.toString('utf8') });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

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
