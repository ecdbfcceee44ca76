// Limits Go Kask lacked (spec §A.8, §A.17) at the storage end: keys of max_key_bytes and values of
// max_value_bytes go into Cassandra and come back; one byte more is refused and the stored value
// stays; values are bytes, kept exactly, under 10,000 concurrent writes. How the 413 is decided while
// a body streams in is tested on the in-memory store (wire.test.ts).
import { expect } from 'chai';
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { BASE, BAD_REQUEST, TOO_LARGE, randomKey, request, startKask } from './harness.js';

type Running = Awaited<ReturnType<typeof startKask>>;

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
