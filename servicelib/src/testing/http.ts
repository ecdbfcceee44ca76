// Fetch-and-parse, polling, problem and config-error helpers the services' tests share.
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
