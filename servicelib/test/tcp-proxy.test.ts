// The proxy the outage tests put in front of a store: forwards, cuts, freezes, thaws.
import { expect } from 'chai';
import net from 'node:net';
import { TcpProxy } from '../src/testing/tcp-proxy.js';

/** An echo server, and a client that sends one line through the proxy and resolves with the echo. */
async function echoServer(): Promise<net.Server> {
  const server = net.createServer((s) => s.pipe(s));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return server;
}
function roundTrip(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const c = net.connect(port, '127.0.0.1', () => c.write(text));
    c.once('data', (d) => (resolve(String(d)), c.destroy()));
    c.once('error', reject);
  });
}

describe('TcpProxy', () => {
  let server: net.Server;
  before(async () => (server = await echoServer()));
  after(() => new Promise<void>((r) => server.close(() => r())));

  it('forwards, holds everything while frozen, and lets it through on thaw', async () => {
    const proxy = new TcpProxy((server.address() as net.AddressInfo).port);
    await proxy.open();
    try {
      expect(await roundTrip(proxy.port, 'one')).to.equal('one');
      proxy.freeze();
      let answered = false;
      const held = roundTrip(proxy.port, 'two').then((t) => ((answered = true), t));
      await new Promise((r) => setImmediate(r));
      expect(answered).to.equal(false);
      proxy.thaw();
      expect(await held).to.equal('two');
    } finally {
      await proxy.cut();
    }
  });

  it('forwards again after a cut, even if it was frozen when cut', async () => {
    const proxy = new TcpProxy((server.address() as net.AddressInfo).port);
    await proxy.open();
    proxy.freeze();
    await proxy.cut();
    await proxy.open();
    try {
      expect(await roundTrip(proxy.port, 'three')).to.equal('three');
    } finally {
      await proxy.cut();
    }
  });
});
