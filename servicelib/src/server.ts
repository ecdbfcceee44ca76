// Listening and graceful shutdown: on SIGTERM or SIGINT stop accepting, let in-flight requests finish,
// close idle keep-alive connections, run the service's closers (the Cassandra pool), exit 0.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer, type ServerOptions as TlsServerOptions } from 'node:https';
import type Koa from 'koa';
import type { Logger } from './logger.js';

export interface RunningServer {
  server: Server;
  /** The port actually bound (useful with listen_port 0). */
  port: number;
  /** Drains and closes; resolves when every connection and closer is done. */
  close(): Promise<void>;
}

export async function listen(
  app: Koa,
  address: string,
  port: number,
  closers: (() => Promise<unknown>)[] = [],
  drainTimeoutMs = 10000,
  /** Serve HTTPS only, with these certificate and client-certificate settings. */
  tls?: TlsServerOptions,
): Promise<RunningServer> {
  // Handlers still running, including those whose client has gone away: their sockets are closed,
  // so server.close() does not wait for them, but the closers (the Cassandra pool) must.
  const handle = app.callback();
  const running = new Set<Promise<void>>();
  const track = (req: IncomingMessage, res: ServerResponse) => {
    const done = handle(req, res);
    running.add(done);
    void done.finally(() => running.delete(done));
  };
  const server: Server = tls ? createTlsServer(tls, track) : createServer(track);
  server.keepAliveTimeout = 65000; // longer than typical load-balancer idle timeouts
  server.headersTimeout = 66000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = server.address();
  const actualPort = typeof bound === 'object' && bound ? bound.port : port;
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      const drained = new Promise<void>((resolve) => server.close(() => resolve()));
      // A keep-alive connection becomes idle once its in-flight response is sent: close those as they
      // appear, and cut whatever is still open at the drain deadline.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      const deadline = setTimeout(() => server.closeAllConnections(), drainTimeoutMs);
      await drained;
      clearInterval(sweep);
      clearTimeout(deadline);
      let handlersDeadline: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...running]),
        new Promise((resolve) => (handlersDeadline = setTimeout(resolve, drainTimeoutMs))),
      ]);
      clearTimeout(handlersDeadline);
      for (const c of closers) await c();
    })());
  return { server, port: actualPort, close };
}

/** Closes on the first SIGTERM/SIGINT and exits 0 once drained (1 if closing failed). */
export function exitOnSignals(running: RunningServer, logger: Logger): void {
  const onSignal = (signal: string) => {
    logger.info(`${signal} received: draining in-flight requests`);
    running.close().then(
      () => {
        logger.info('shut down cleanly');
        logger.flush();
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err }, 'error while shutting down');
        logger.flush();
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  process.once('SIGINT', () => onSignal('SIGINT'));
}
