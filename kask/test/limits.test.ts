// Limits Go Kask lacked (spec §A.8, §A.17): max_key_bytes gives a 400, max_value_bytes a 413 problem,
// decided while the body streams in; and values are bytes, kept exactly.
import { expect } from 'chai';
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { BASE, BAD_REQUEST, randomKey, request, startKask, type Reply } from './harness.js';

type Running = Awaited<ReturnType<typeof startKask>>;
const TOO_LARGE = (instance: string) =>
  `{\n  "type": "https://www.mediawiki.org/wiki/Kask/errors/payload_too_large",\n  "title": "Payload too large",\n  "detail": "The value is larger than this server accepts",\n  "instance": "${instance}"\n}\n`;

describe('kask limits and values (real Cassandra)', function () {
  this.timeout(60000);
  let svc: Running;
  before(async () => (svc = await startKask()));
  after(() => svc.close());

  it('accepts a key of max_key_bytes (255) bytes and refuses 256 with the 400 problem', async () => {
    const ok = 'k'.repeat(255);
    expect((await request(svc.origin, BASE + ok, { method: 'POST', body: 'v' })).status).to.equal(201);
    expect((await request(svc.origin, BASE + ok)).text).to.equal('v');
    const long = 'k'.repeat(256);
    for (const method of ['GET', 'POST', 'DELETE']) {
      const r = await request(svc.origin, BASE + long, { method, body: method === 'POST' ? 'v' : undefined });
      expect([r.status, r.text], method).to.deep.equal([400, BAD_REQUEST(BASE + long)]);
    }
  });

  it('counts key bytes in UTF-8: 128 two-byte characters are too many', async () => {
    const r = await request(svc.origin, BASE + encodeURIComponent('é'.repeat(128)));
    expect(r.status).to.equal(400);
  });

  it('stores a value of exactly max_value_bytes (1 MiB) and refuses one byte more with the 413 problem', async () => {
    const key = randomKey();
    const max = randomBytes(1024 * 1024);
    expect((await request(svc.origin, BASE + key, { method: 'POST', body: max })).status).to.equal(201);
    expect((await request(svc.origin, BASE + key)).body.equals(max)).to.equal(true);
    const r = await request(svc.origin, BASE + key, { method: 'POST', body: Buffer.concat([max, Buffer.from([1])]) });
    expect([r.status, r.text]).to.deep.equal([413, TOO_LARGE(BASE + key)]);
    expect(r.headers['content-type']).to.equal('application/problem+json');
    expect((await request(svc.origin, BASE + key)).body.equals(max), 'the old value stays').to.equal(true);
  });

  it('answers 413 from Content-Length alone, before any of the body is sent, and cuts a client that never sends it', async () => {
    const key = randomKey();
    let socketClosed!: Promise<void>;
    const r = await new Promise<Reply>((resolve, reject) => {
      const req = http.request(`${svc.origin}${BASE}${key}`, { method: 'POST', headers: { 'Content-Length': String(50 * 1024 * 1024) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks), text: Buffer.concat(chunks).toString() }));
      });
      req.on('error', () => undefined); // the server cuts the connection after the linger time
      req.on('socket', (socket) => (socketClosed = new Promise((done) => socket.once('close', () => done()))));
      req.flushHeaders(); // headers only: the body never comes
      setTimeout(() => reject(new Error('no answer')), 10000).unref();
    });
    expect(r.status).to.equal(413);
    // Bounded: the connection does not stay open for the 50 MB that were announced.
    const cut = await Promise.race([socketClosed.then(() => 'closed'), new Promise((done) => setTimeout(() => done('still open'), 10000))]);
    expect(cut).to.equal('closed');
  });

  it('answers 413 while a chunked body is still streaming in, without waiting for its end', async () => {
    const key = randomKey();
    const chunk = randomBytes(256 * 1024);
    let written = 0;
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${svc.origin}${BASE}${key}`, { method: 'POST', headers: { 'Transfer-Encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
        req.destroy();
      });
      req.on('error', reject); // a reset instead of the 413 is a failure, not a hang
      const pump = () => {
        // Never ends the request: the answer has to come while the body is still open.
        if (req.destroyed || written > 64 * 1024 * 1024) return;
        written += chunk.length;
        if (req.write(chunk)) setImmediate(pump);
        else req.once('drain', pump);
      };
      pump();
    });
    expect(status).to.equal(413);
    expect(written, 'the client was still sending').to.be.below(64 * 1024 * 1024);
    expect((await request(svc.origin, BASE + key)).status).to.equal(404);
  });

  it('round-trips all 256 byte values exactly, in one value and one byte per key', async () => {
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const value = Buffer.concat([all, Buffer.from(all).reverse(), all]);
    const key = randomKey('bytes');
    expect((await request(svc.origin, BASE + key, { method: 'POST', body: value })).status).to.equal(201);
    expect((await request(svc.origin, BASE + key)).body.equals(value)).to.equal(true);
    const prefix = randomKey('byte');
    await Promise.all(
      [...all].map(async (b) => {
        const k = `${BASE}${prefix}-${b}`;
        expect((await request(svc.origin, k, { method: 'POST', body: Buffer.from([b]) })).status).to.equal(201);
        const got = await request(svc.origin, k);
        expect([...got.body], `byte ${b}`).to.deep.equal([b]);
      }),
    );
  });

  it('takes 10,000 concurrent writes to distinct keys and reads every one back intact', async function () {
    this.timeout(180000);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
    const prefix = randomKey('many');
    const valueOf = (i: number) => Buffer.concat([Buffer.from(`${prefix}:${i}:`), randomBytes(64 + (i % 64))]);
    const values = Array.from({ length: 10000 }, (_, i) => valueOf(i));
    try {
      const posted = await Promise.all(values.map((v, i) => request(svc.origin, `${BASE}${prefix}-${i}`, { method: 'POST', body: v, agent })));
      expect(posted.filter((r) => r.status !== 201).map((r) => r.status)).to.deep.equal([]);
      const read = await Promise.all(values.map((_v, i) => request(svc.origin, `${BASE}${prefix}-${i}`, { agent })));
      const wrong = read.flatMap((r, i) => (r.status === 200 && r.body.equals(values[i]!) ? [] : [i]));
      expect(wrong, 'keys whose value did not come back intact').to.deep.equal([]);
    } finally {
      agent.destroy();
    }
  });
});
