// Kask's HTTP surface as one Koa middleware: Go ServeMux routing (decoded path, 301 to the clean path
// and to the base URI with its slash), /healthz, /metrics, /openapi, and the data routes
// GET/POST/DELETE on {base_uri}{key} (spec §A.3-A.8).
import type { Context } from 'koa';
import type { Logger } from '@aqs/servicelib';
import { readBody } from './body.js';
import { healthzBody, type KaskBuildInfo } from './build-info.js';
import type { KaskConfig } from './config.js';
import { cleanPath, decodePath, escapePath, parseKey } from './keys.js';
import type { KaskMetrics, Unanswered } from './metrics.js';
import type { OpenApiDocument } from './openapi.js';
import { PROBLEM_CONTENT_TYPE, PROBLEMS, problemBody, type ProblemKind } from './problems.js';
import type { KaskStorage } from './storage.js';
import type { Socket } from 'node:net';

export interface KaskHandlerDeps {
  config: KaskConfig;
  store: KaskStorage;
  metrics: KaskMetrics;
  logger: Logger;
  build: KaskBuildInfo;
  openapi: OpenApiDocument | null;
  authorize: ((socket: Socket) => boolean) | null;
}

const OCTET_STREAM = 'application/octet-stream';
const EMPTY = Buffer.alloc(0);
const NO_REQUEST_ID = '00000000-0000-0000-0000-000000000000';

function problem(ctx: Context, kind: ProblemKind, instance: string): void {
  ctx.status = PROBLEMS[kind].status;
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.type = PROBLEM_CONTENT_TYPE;
  ctx.body = problemBody(kind, instance);
}

function redirect(ctx: Context, location: string): void {
  const query = ctx.querystring ? `?${ctx.querystring}` : '';
  ctx.status = 301;
  ctx.set('Location', location + query);
  ctx.body = ''; // Koa would otherwise write an HTML "Redirecting to" body
}

/** How long a client may go on sending a refused body before its connection is cut. */
const LINGER_MS = 2000;

/**
 * After an early 413 the client is usually still sending. Closing the socket with its data unread
 * would make the kernel send a reset, which can destroy the 413 before the client reads it; so the
 * rest is read and thrown away (never held), and the connection is cut if it goes on past LINGER_MS
 * or stops arriving for `idleMs` (body_timeout_ms), as a body being read would be.
 */
function discardRestOfBody(ctx: Context, idleMs: number): void {
  const { req, res } = ctx;
  res.once('finish', () => {
    if (req.complete) return;
    const cut = () => req.socket.destroy();
    const linger = setTimeout(cut, LINGER_MS);
    const idle = setTimeout(cut, idleMs);
    const arrived = () => idle.refresh();
    const stop = () => {
      clearTimeout(linger);
      clearTimeout(idle);
      req.off('data', arrived);
    };
    req.on('data', arrived); // the chunks are dropped
    req.resume(); // readBody paused it when the limit was passed
    req.once('end', stop);
    req.socket.once('close', stop);
  });
}

/** Nothing is sent: the client is gone or its connection is cut; Koa must not write a response either. */
function noAnswer(ctx: Context, why: Unanswered): Unanswered {
  ctx.respond = false;
  ctx.req.socket.destroy();
  return why;
}

/** Request-scoped logging (request_id from X-Request-ID, as Go Kask); built only when there is a line to write. */
function requestLog(logger: Logger, ctx: Context): Logger {
  const id = ctx.get('X-Request-ID') || NO_REQUEST_ID;
  return logger.child({ trace: { id } });
}

export function kaskHandler(deps: KaskHandlerDeps) {
  const { config, store, metrics, logger } = deps;
  const baseUri = config.base_uri;
  const baseWithoutSlash = baseUri.slice(0, -1);
  const health = healthzBody(deps.build);

  /** Answers one data-route request, or says why it got no answer (nothing is sent then). */
  async function data(ctx: Context, path: string): Promise<Unanswered | void> {
    if (deps.authorize && !deps.authorize(ctx.req.socket)) return problem(ctx, 'not_authorized', path);
    const parsed = parseKey(path, ctx.querystring, baseUri, config.max_key_bytes);
    if ('problem' in parsed) return problem(ctx, parsed.problem, path);
    const { key } = parsed;
    switch (ctx.method) {
      case 'GET': {
        let value: Buffer | null;
        try {
          value = await store.get(key);
        } catch (err) {
          requestLog(logger, ctx).error(`Error reading from storage (${(err as Error).message})`);
          return problem(ctx, 'server_error', path);
        }
        if (!value) return problem(ctx, 'not_found', path);
        ctx.type = OCTET_STREAM;
        ctx.body = value;
        return;
      }
      case 'POST': {
        const read = await readBody(ctx.req, config.max_value_bytes, config.body_timeout_ms);
        if (!read.ok) {
          switch (read.reason) {
            case 'too_large':
              discardRestOfBody(ctx, config.body_timeout_ms);
              return problem(ctx, 'payload_too_large', path);
            case 'aborted':
              requestLog(logger, ctx).debug('Error reading body of POST request: (client went away)');
              return noAnswer(ctx, 'client_closed');
            case 'stalled':
              requestLog(logger, ctx).debug(`Error reading body of POST request: (no data for ${config.body_timeout_ms}ms, connection cut)`);
              return noAnswer(ctx, 'body_timeout');
          }
        }
        if (read.body.length === 0) {
          requestLog(logger, ctx).error('Request body is empty');
          return problem(ctx, 'bad_request', path);
        }
        try {
          await store.set(key, read.body);
        } catch (err) {
          requestLog(logger, ctx).error(`Error writing to storage (${(err as Error).message})`);
          return problem(ctx, 'server_error', path);
        }
        // Go Kask meant to send this Content-Type on the 201 but set it too late (§A.6).
        ctx.status = 201;
        ctx.type = OCTET_STREAM;
        ctx.body = EMPTY;
        return;
      }
      case 'DELETE':
        try {
          await store.delete(key);
        } catch (err) {
          requestLog(logger, ctx).error(`Error deleting in storage (${(err as Error).message})`);
          return problem(ctx, 'server_error', path);
        }
        ctx.status = 204;
        return;
      case 'PUT':
        return problem(ctx, 'bad_request', path);
      default:
        requestLog(logger, ctx).error(`Unsupported HTTP method (${ctx.method})`);
        return problem(ctx, 'bad_request', path);
    }
  }

  return async function kask(ctx: Context): Promise<void> {
    const path = decodePath(ctx.path);
    if (path === null) return problem(ctx, 'bad_request', ctx.path);
    const clean = cleanPath(path);
    if (clean !== path) return redirect(ctx, escapePath(clean));

    // Exact routes first: Go's ServeMux prefers them to the base-URI subtree (even with base_uri /).
    if (path === '/healthz') {
      ctx.set('Content-Type', 'application/json'); // exactly, as Go sends it (ctx.type adds a charset)
      ctx.body = health;
      return;
    }
    if (path === '/metrics') {
      ctx.type = metrics.registry.contentType;
      ctx.body = await metrics.registry.metrics();
      return;
    }
    if (path === '/openapi' && deps.openapi) {
      if (!deps.openapi.ok) return problem(ctx, 'server_error', path);
      ctx.type = 'application/x-yaml';
      ctx.body = deps.openapi.yaml;
      return;
    }
    if (path.startsWith(baseUri)) {
      const start = process.hrtime.bigint();
      let unanswered: Unanswered | void = undefined;
      try {
        unanswered = await data(ctx, path);
      } catch (err) {
        logger.error({ err }, `Unexpected error: ${(err as Error).message}`);
        problem(ctx, 'server_error', path);
      }
      if (unanswered) metrics.unanswered(ctx.method, unanswered);
      else metrics.observe(ctx.method, ctx.status, start);
      return;
    }
    if (path === baseWithoutSlash) return redirect(ctx, escapePath(baseUri));
    return problem(ctx, 'not_found', path);
  };
}
