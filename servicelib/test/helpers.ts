// Test helpers: start a Koa app on an ephemeral loopback port, and capture log lines.
import { Writable } from 'node:stream';
import type Koa from 'koa';
import { listen, type RunningServer } from '../src/server.js';
import { createLogger, type Logger } from '../src/logger.js';

export async function serve(app: Koa, closers: (() => Promise<unknown>)[] = []): Promise<RunningServer & { url: string }> {
  const running = await listen(app, '127.0.0.1', 0, closers);
  return Object.assign(running, { url: `http://127.0.0.1:${running.port}` });
}

export function memoryLogger(name = 'test', level: 'debug' | 'info' = 'info'): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = createLogger(name, level, sink);
  return {
    logger,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}
