// Test helpers: start a Koa app on an ephemeral loopback port, speak raw HTTP, hold a handler, capture logs.
import net from 'node:net';
import type Koa from 'koa';
import { listen, type RunningServer } from '../src/server.js';

export async function serve(app: Koa, closers: (() => Promise<unknown>)[] = []): Promise<RunningServer & { url: string }> {
  const running = await listen(app, '127.0.0.1', 0, closers);
  return Object.assign(running, { url: `http://127.0.0.1:${running.port}` });
}

/** One request with any method (fetch refuses TRACE), read to the end of the connection. */
export function rawRequest(port: number, method: string, path: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(`${method} ${path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n`));
    let data = '';
    socket.on('data', (chunk) => (data += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
  });
}

/**
 * Holds a handler where the test wants it: `enter()` marks it in flight (resolving `entered`) and
 * waits for `release()`. No sleeps: the test waits for the moment itself.
 */
export function gate() {
  let entered!: () => void;
  let release!: () => void;
  const inFlight = new Promise<void>((r) => (entered = r));
  const released = new Promise<void>((r) => (release = r));
  return {
    entered: inFlight,
    enter: () => {
      entered();
      return released;
    },
    release,
  };
}

export { memoryLogger } from '../src/testing/logs.js';
