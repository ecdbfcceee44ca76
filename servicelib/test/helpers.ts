// Test helpers: start a Koa app on an ephemeral loopback port, and capture log lines.
import type Koa from 'koa';
import { listen, type RunningServer } from '../src/server.js';

export async function serve(app: Koa, closers: (() => Promise<unknown>)[] = []): Promise<RunningServer & { url: string }> {
  const running = await listen(app, '127.0.0.1', 0, closers);
  return Object.assign(running, { url: `http://127.0.0.1:${running.port}` });
}

export { memoryLogger } from '../src/testing/logs.js';
