// Listening and graceful shutdown: on SIGTERM or SIGINT stop accepting, let in-flight requests finish,
// close idle keep-alive connections, run the service's closers (the Cassandra pool), exit 0.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
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
  // Raw sockets too: one still in its TLS handshake is not an HTTP connection yet, so
  // closeAllConnections() would not cut it and close() would wait for the handshake timeout.
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
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
      // One deadline for the whole drain: connections first, then handlers whose client went away.
      let atDeadline!: () => void;
      const deadlinePassed = new Promise<void>((resolve) => (atDeadline = resolve));
      const deadline = setTimeout(() => {
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
        atDeadline();
      }, drainTimeoutMs);
      const drained = new Promise<void>((resolve) => server.close(() => resolve()));
      // A keep-alive connection becomes idle once its in-flight response is sent: close those as they
      // appear; whatever is still open at the deadline is cut.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      await drained;
      clearInterval(sweep);
      await Promise.race([Promise.allSettled([...running]), deadlinePassed]);
      clearTimeout(deadline);
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
