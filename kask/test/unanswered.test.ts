// Requests that get no answer (in-memory store): a POST body that stops arriving for body_timeout_ms
// is dropped and its connection cut, and a client that goes away mid-body is not counted as a 500
// it never received. Both are counted in kask_requests_aborted_total{method, reason} instead.
import { expect } from 'chai';
import net from 'node:net';
import { once } from 'node:events';
import { BASE, metricsMatching, startMemoryKask } from './harness.js';

type Running = Awaited<ReturnType<typeof startMemoryKask>>;

/** A raw connection to Kask: what it received, and a promise of its close. */
async function connect(port: number) {
  const socket = net.connect(port, '127.0.0.1');
  const received: Buffer[] = [];
  socket.on('data', (c: Buffer) => received.push(c));
  socket.on('error', () => undefined); // a reset is a close too
  const closed = once(socket, 'close');
  await once(socket, 'connect');
  return { socket, closed, received: () => Buffer.concat(received).toString('latin1') };
}

const postHead = (key: string, extra = '') => `POST ${BASE}${key} HTTP/1.1\r\nHost: kask\r\nContent-Length: 1000\r\n${extra}\r\n`;

describe('kask requests that get no answer (in-memory store)', () => {
  let svc: Running;
  before(async () => (svc = await startMemoryKask({ body_timeout_ms: 300 })));
  after(() => svc.close());

  it('cuts the connection of a POST whose body stalls for body_timeout_ms, answering and storing nothing', async () => {
    const client = await connect(svc.port);
    client.socket.write(`${postHead('stalled')}${'x'.repeat(10)}`); // 10 of the 1000 bytes announced, then nothing
    await client.closed; // the server closed it: the test's own timeout bounds how long that may take
    expect(client.received()).to.equal('');
    expect(svc.store.values.has('stalled')).to.equal(false);
    const text = await metricsMatching(svc.origin, /^kask_requests_aborted_total\{method="POST",reason="body_timeout"\} 1$/m);
    expect(text).not.to.match(/^http_requests_total\{/m);
    expect(svc.logs().some((l) => String(l.message).startsWith('Error reading body of POST request: (no data for 300ms'))).to.equal(true);
  });

  it('counts a client that goes away mid-body as aborted, not as a 500 in http_requests_total', async () => {
    const client = await connect(svc.port);
    // Expect: 100-continue makes the server say when the request has reached Kask, before the body.
    client.socket.write(postHead('aborted', 'Expect: 100-continue\r\n'));
    while (!client.received().includes('100 Continue')) await once(client.socket, 'data');
    client.socket.write('y'.repeat(10));
    client.socket.destroy();
    await client.closed;
    const text = await metricsMatching(svc.origin, /^kask_requests_aborted_total\{method="POST",reason="client_closed"\} 1$/m);
    expect(text).not.to.match(/^http_requests_total\{code="500"/m);
    expect(text).not.to.match(/^http_requests_total\{[^}]*method="POST"/m);
    expect(svc.store.values.has('aborted')).to.equal(false);
  });

  it('documents the counter in /metrics', async () => {
    const text = await metricsMatching(svc.origin, /^# TYPE kask_requests_aborted_total counter$/m);
    expect(text).to.match(/^# HELP kask_requests_aborted_total Count of data-route requests that got no response/m);
  });
});
