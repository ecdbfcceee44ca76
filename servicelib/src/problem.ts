// RFC 7807 problems. A handler throws HttpProblem; the app's error middleware renders it with the
// service's renderer (AQS, Kask and the image-suggestions gateway each have their own body shape).
import { STATUS_CODES } from 'node:http';
import type { Context } from 'koa';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface ProblemInit {
  status: number;
  detail: string;
  /** Overrides the renderer's default `type` URI. */
  type?: string;
  /** Overrides the renderer's default title (the HTTP status text). */
  title?: string;
  /** Extra response headers, e.g. Allow on a 405 or Retry-After on a 503. */
  headers?: Record<string, string>;
}

export class HttpProblem extends Error implements ProblemInit {
  readonly status: number;
  readonly detail: string;
  readonly type?: string;
  readonly title?: string;
  readonly headers?: Record<string, string>;
  constructor(init: ProblemInit, options?: { cause?: unknown }) {
    super(init.detail, options);
    this.name = 'HttpProblem';
    this.status = init.status;
    this.detail = init.detail;
    if (init.type !== undefined) this.type = init.type;
    if (init.title !== undefined) this.title = init.title;
    if (init.headers !== undefined) this.headers = init.headers;
  }
}

export const statusText = (status: number): string => STATUS_CODES[status] ?? 'Unknown';

/** Turns a problem into the JSON body a service sends. */
export type ProblemRenderer = (problem: ProblemInit, ctx: Context) => unknown;

/** RFC 7807's own members: type, title, status, detail, instance. */
export const renderRfc7807: ProblemRenderer = (p, ctx) => ({
  type: p.type ?? 'about:blank',
  title: p.title ?? statusText(p.status),
  status: p.status,
  detail: p.detail,
  instance: ctx.originalUrl,
});

/** Writes a problem onto the response: status, content type, body, extra headers. */
export function writeProblem(ctx: Context, problem: ProblemInit, render: ProblemRenderer): void {
  ctx.status = problem.status;
  if (problem.headers) ctx.set(problem.headers);
  ctx.remove('etag');
  ctx.remove('cache-control');
  ctx.body = JSON.stringify(render(problem, ctx));
  ctx.type = PROBLEM_CONTENT_TYPE;
}
