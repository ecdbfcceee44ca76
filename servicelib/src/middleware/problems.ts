// Every error becomes a problem+json response in the service's shape; nothing escapes as a bare 500,
// a plain-text status page or a crash. Errors of 500 and up are logged with their cause; the client
// sees only the problem's detail.
import type { Context, Middleware } from 'koa';
import type { Logger } from '../logger.js';
import { requestLogger } from '../logger.js';
import { HttpProblem, statusText, writeProblem, type ProblemRenderer } from '../problem.js';

/** A handler that outlived its request timeout (thrown by the routes middleware). */
export class RequestTimeout extends HttpProblem {
  constructor(readonly timeoutMs: number) {
    super({ status: 503, detail: 'The request took too long; please try again later.' });
  }
}

export interface ProblemErrorsOptions {
  render: ProblemRenderer;
  logger: Logger;
  /** Detail of the 404 for a path no route serves. */
  notFoundDetail?: string;
}

export function requestLog(logger: Logger, ctx: Context): Logger {
  return requestLogger(logger, ctx.req.socket.remoteAddress, ctx.req.socket.remotePort, ctx.state.requestId as string | undefined);
}

export function problemErrors(opts: ProblemErrorsOptions): Middleware {
  const { render, logger } = opts;
  return async (ctx, next) => {
    try {
      await next();
      // A status set without a body (no route, a method the path does not take) still gets a problem.
      if (ctx.status >= 400 && ctx.body == null) {
        const detail =
          ctx.status === 404 ? (opts.notFoundDetail ?? 'Not found') :
          ctx.status === 405 ? `Method ${ctx.method} is not allowed here` :
          statusText(ctx.status);
        writeProblem(ctx, { status: ctx.status, detail }, render);
      }
    } catch (err) {
      if (err instanceof RequestTimeout) {
        requestLog(logger, ctx).warn(`request timed out after ${err.timeoutMs} ms: ${ctx.method} ${ctx.path}`);
        writeProblem(ctx, err, render);
      } else if (err instanceof HttpProblem) {
        if (err.status >= 500) requestLog(logger, ctx).error({ err: err.cause ?? err }, `${err.status} ${err.detail}`);
        writeProblem(ctx, err, render);
      } else if (isClientHttpError(err)) {
        writeProblem(ctx, { status: err.status, detail: err.message }, render);
      } else {
        requestLog(logger, ctx).error({ err }, `unhandled error on ${ctx.method} ${ctx.path}`);
        writeProblem(ctx, { status: 500, detail: 'Internal server error' }, render);
      }
    }
  };
}

function isClientHttpError(err: unknown): err is { status: number; message: string } {
  const status = (err as { status?: unknown })?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}
