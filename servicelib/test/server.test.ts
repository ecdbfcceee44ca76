// listen() and close(): a handler whose client went away still holds the closers back; a
// connection stuck in its TLS handshake is cut at the drain deadline.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import Koa from 'koa';
import { listen } from '../src/server.js';
import { makeTestPki } from '../src/testing/pki.js';
import { gate, serve } from './helpers.js';

/** Resolves once the server holds no connection any more (polled, each turn of the event loop). */
async function noConnections(server: net.Server): Promise<void> {
  for (;;) {
    const count = await new Promise<number>((r) => server.getConnections((_e, n) => r(n)));
    if (count === 0) return;
    await new Promise((r) => setImmediate(r));
  }
}

describe('graceful close with a client that went away', () => {
  it('runs the closers only after the abandoned handler has finished', async () => {
    const events: string[] = [];
    const held = gate();
    const app = new Koa();
    app.use(async (ctx) => {
      events.push('handler started');
      await held.enter();
      events.push('handler finished');
      ctx.body = 'late';
    });
    const server = await serve(app, [async () => void events.push('pool closed')]);
    const abort = new AbortController();
    const request = fetch(`${server.url}/`, { signal: abort.signal }).catch(() => 'aborted');
    await held.entered;
    abort.abort();
    expect(await request).to.equal('aborted');
    const closing = server.close();
    await noConnections(server.server); // the socket is gone; the handler still runs
    expect(events).to.deep.equal(['handler started']);
    held.release();
    await closing;
    expect(events).to.deep.equal(['handler started', 'handler finished', 'pool closed']);
  });
});

describe('graceful close over HTTPS', () => {
  it('cuts a connection that never finishes its TLS handshake at the drain deadline', async function () {
    // Node's own handshake timeout is 120 s: without the cut, close() outlives this test's timeout.
    this.timeout(10000);
    const cert = makeTestPki('drain-ca').server();
    const closed: string[] = [];
    const server = await listen(new Koa(), '127.0.0.1', 0, [async () => void closed.push('pool')], 300, {
      cert: readFileSync(cert.cert),
      key: readFileSync(cert.key),
    });
    const silent = net.connect(server.port, '127.0.0.1');
    await new Promise((r) => silent.once('connect', r));
    const gone = new Promise((r) => silent.once('close', r));
    await server.close();
    expect(closed).to.deep.equal(['pool']);
    await gone;
  });
});
