// Fetch-and-parse, raw HTTP(S) requests, polling, problem and config-error helpers the services' tests share.
import http from 'node:http';
import https from 'node:https';
import { ConfigError } from '../config.js';
import { HttpProblem } from '../problem.js';

export interface Reply {
  status: number;
  headers: Headers;
  /** content-type */
  type: string | null;
  text: string;
  /** The body parsed as JSON, or undefined when it is empty or not JSON. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export async function getJson(url: string, init?: RequestInit): Promise<Reply> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: res.status, headers: res.headers, type: res.headers.get('content-type'), text, body };
}

/** Polls `url` every 200 ms until it answers `status` (bounded by attempts); returns the attempt that did. */
export async function untilStatus(url: string, status: number, attempts = 150): Promise<number> {
  let last = 0;
  for (let i = 1; i <= attempts; i++) {
    last = await fetch(url).then(async (r) => (await r.arrayBuffer(), r.status), () => 0);
    if (last === status) return i;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url}: no ${status} after ${attempts} attempts (last: ${last})`);
}

/** Runs fn and returns the HttpProblem it throws; fails the test when it throws nothing or something else. */
export function problemOf(fn: () => unknown): HttpProblem {
  try {
    fn();
  } catch (err) {
    if (err instanceof HttpProblem) return err;
    throw err;
  }
  throw new Error('expected a problem');
}

/** Runs fn and returns the message of the ConfigError it throws (every bad key, one per line). */
export function configErrorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err.message;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

export interface RawReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  text: string;
}

export interface RawRequestOptions {
  method?: string;
  body?: Buffer | string;
  headers?: Record<string, string>;
  /** HTTPS client settings (ca, cert, key) for a service that terminates TLS. */
  tls?: https.RequestOptions;
  agent?: http.Agent;
}

/** One request with node:http(s); `path` goes on the wire as written (fetch would normalise it). */
export function rawRequest(origin: string, path: string, opts: RawRequestOptions = {}): Promise<RawReply> {
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
