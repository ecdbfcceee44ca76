// A case: one or more requests in order against one service, each with the status it must get and
// any checks of its own. The runner adds the checks every response of that service gets
// (checks.ts) and validates each body against the service's served OpenAPI document.
import type { Reply } from './http.js';
import type { Tag } from './targets.js';

export interface Step {
  method?: string;
  /** Relative to the service's base URL, percent-encoded as sent. */
  path: string;
  body?: string;
  headers?: Record<string, string>;
  status: number;
  /**
   * For a 200 whose headers differ from the AQS 200 set (cache-control, charset, etag) on purpose:
   * the exact headers it must carry instead, null meaning absent.
   */
  successHeaders?: Record<string, string | null>;
  /** For error answers: the problem `detail` (exact string, or a pattern). */
  detail?: string | RegExp;
  /** Its own checks: the problems found (empty or undefined = fine). */
  check?: (r: Reply) => string[] | undefined | void;
  /**
   * Only where the served document has this operation: a path the process, not the service, owns
   * when the service is mounted in another (the Data Gateway's /healthz inside the one-process aqs).
   */
  onlyIfDocumented?: boolean;
}

export interface Case {
  tag: Tag;
  service: string;
  name: string;
  steps: Step[];
}

/** A one-request GET case. */
export const get = (tag: Tag, service: string, name: string, path: string, status: number, more: Omit<Step, 'path' | 'status'> = {}): Case => ({
  tag,
  service,
  name,
  steps: [{ path, status, ...more }],
});

/** Checks on a JSON body, written as a function returning problems. */
export function jsonCheck(f: (body: any) => (string | false | undefined)[]): (r: Reply) => string[] { // eslint-disable-line @typescript-eslint/no-explicit-any
  return (r) => {
    let body: unknown;
    try {
      body = JSON.parse(r.text);
    } catch {
      return ['the body is not JSON'];
    }
    try {
      return f(body).filter((p): p is string => typeof p === 'string');
    } catch (e) {
      return [`unexpected body shape: ${(e as Error).message}`];
    }
  };
}

/** `items` is a non-empty array (a 200 that says "data" must carry some). */
export const hasItems = jsonCheck((b) => [!(Array.isArray(b.items) && b.items.length > 0) && 'expected a non-empty items array']);

export const enc = encodeURIComponent;
