// GET, POST, PUT, DELETE on {base_uri}{key} against the real Cassandra (spec §A.6, §A.15.1, §A.15.2,
// §A.15.5). Where a test checks what was stored it reads the table itself, not through Kask.
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import type cassandra from 'cassandra-driver';
import { storeClient } from '@aqs/servicelib/testing';
import { BASE, BAD_REQUEST, CASSANDRA_PORT, NOT_FOUND, randomKey, request, startKask } from './harness.js';

type Running = Awaited<ReturnType<typeof startKask>>;

describe('kask data routes (real Cassandra)', function () {
  this.timeout(30000);
  let svc: Running;
  let cql: cassandra.Client;
  const stored = async (key: string) =>
    (await cql.execute('SELECT value, TTL(value) AS ttl FROM kask."values" WHERE key = ?', [key], { prepare: true })).first();

  before(async () => {
    svc = await startKask();
    cql = storeClient();
  });
  after(async () => {
    await svc.close();
    await cql.shutdown();
  });

  it('GET answers a value a loading job wrote into the table (TestGetSuccess)', async () => {
    const key = randomKey();
    await cql.execute('INSERT INTO kask."values" (key, value) VALUES (?, ?) USING TTL 300', [key, Buffer.from('bar')], { prepare: true });
    const r = await request(svc.origin, BASE + key);
    expect(r.status).to.equal(200);
    expect(r.headers['content-type']).to.equal('application/octet-stream');
    expect(r.text).to.equal('bar');
    expect(r.headers).not.to.have.property('cache-control');
  });

  it('GET of a missing key is the 404 problem, byte for byte (TestGetNotFound)', async () => {
    const key = randomKey();
    const r = await request(svc.origin, BASE + key);
    expect(r.status).to.equal(404);
    expect(r.headers['content-type']).to.equal('application/problem+json');
    expect(r.headers['x-content-type-options']).to.equal('nosniff');
    expect(r.text).to.equal(NOT_FOUND(BASE + key));
  });

  it('POST stores the value with default_ttl and answers 201 with its content type (TestPost)', async () => {
    const key = randomKey();
    const r = await request(svc.origin, BASE + key, { method: 'POST', body: 'meow' });
    expect(r.status).to.equal(201);
    expect(r.headers['content-type']).to.equal('application/octet-stream');
    expect(r.headers['content-length']).to.equal('0');
    expect(r.body.length).to.equal(0);
    const row = await stored(key);
    expect(row.get('value').toString()).to.equal('meow');
    expect(row.get('ttl')).to.be.within(295, 300);
  });

  it('POST with an empty body is a 400 and stores nothing (TestPostEmptyBody)', async () => {
    const key = randomKey();
    const r = await request(svc.origin, BASE + key, { method: 'POST' });
    expect(r.status).to.equal(400);
    expect(r.text).to.equal(BAD_REQUEST(BASE + key));
    expect(await stored(key)).to.equal(null);
    expect(svc.logs().some((l) => l.message === 'Request body is empty')).to.equal(true);
  });

  it('PUT is a 400, with or without a body, and stores nothing (TestPut)', async () => {
    const key = randomKey();
    for (const body of ['roar', undefined]) {
      const r = await request(svc.origin, BASE + key, { method: 'PUT', body });
      expect(r.status).to.equal(400);
      expect(r.text).to.equal(BAD_REQUEST(BASE + key));
    }
    expect(await stored(key)).to.equal(null);
  });

  it('DELETE answers 204 and the row is gone; deleting again is also 204 (TestDelete)', async () => {
    const key = randomKey();
    await request(svc.origin, BASE + key, { method: 'POST', body: 'meow' });
    for (let i = 0; i < 2; i++) {
      const r = await request(svc.origin, BASE + key, { method: 'DELETE' });
      expect(r.status).to.equal(204);
      expect(r.body.length).to.equal(0);
    }
    expect(await stored(key)).to.equal(null);
    expect((await request(svc.origin, BASE + key)).status).to.equal(404);
  });

  it('other methods are a 400 problem (HEAD without a body)', async () => {
    const key = randomKey();
    for (const method of ['PATCH', 'OPTIONS']) {
      const r = await request(svc.origin, BASE + key, { method });
      expect(r.status, method).to.equal(400);
      expect(r.text).to.equal(BAD_REQUEST(BASE + key));
    }
    const head = await request(svc.origin, BASE + key, { method: 'HEAD' });
    expect(head.status).to.equal(400);
    expect(head.body.length).to.equal(0);
    expect(svc.logs().some((l) => l.message === 'Unsupported HTTP method (PATCH)')).to.equal(true);
  });

  it('logs request-scoped lines with the X-Request-ID (zeros without one), and does not echo it', async () => {
    const key = randomKey();
    const r = await request(svc.origin, BASE + key, { method: 'TRACE', headers: { 'X-Request-ID': '0000000a-000a-000a-000a-00000000000a' } });
    expect(r.headers).not.to.have.property('x-request-id');
    await request(svc.origin, BASE + key, { method: 'OPTIONS' });
    const lines = svc.logs().filter((l) => /^Unsupported HTTP method \((TRACE|OPTIONS)\)$/.test(String(l.message)));
    const ids = lines.map((l) => [l.message, (l.trace as { id: string }).id, (l.log as { level: string }).level]);
    expect(ids).to.deep.include(['Unsupported HTTP method (TRACE)', '0000000a-000a-000a-000a-00000000000a', 'ERROR']);
    expect(ids).to.deep.include(['Unsupported HTTP method (OPTIONS)', '00000000-0000-0000-0000-000000000000', 'ERROR']);
  });

  it('404 GET, 201 POST, 200 GET, 204 DELETE in order (kask_test.go)', async () => {
    const key = randomKey();
    const value = randomBytes(16).toString('hex');
    expect((await request(svc.origin, BASE + key)).status).to.equal(404);
    expect((await request(svc.origin, BASE + key, { method: 'POST', body: value })).status).to.equal(201);
    const got = await request(svc.origin, BASE + key);
    expect([got.status, got.text]).to.deep.equal([200, value]);
    expect((await request(svc.origin, BASE + key, { method: 'DELETE' })).status).to.equal(204);
  });

  it('creates, reads, updates and deletes a KASK:K:TEST_ key (api-testing branch)', async () => {
    const key = `KASK:K:TEST_${randomBytes(32).toString('hex')}`;
    const v1 = `KASK:V:TEST_${randomBytes(64).toString('hex')}`;
    const v2 = `KASK:V:TEST_${randomBytes(64).toString('hex')}`;
    const octet = { 'Content-Type': 'application/octet-stream' };
    expect((await request(svc.origin, BASE + key)).status).to.equal(404);
    expect((await request(svc.origin, BASE + key, { method: 'POST', body: v1, headers: octet })).status).to.equal(201);
    const read = await request(svc.origin, BASE + key);
    expect([read.status, read.headers['content-type'], read.text]).to.deep.equal([200, 'application/octet-stream', v1]);
    expect((await request(svc.origin, BASE + key, { method: 'POST', body: v2, headers: octet })).status).to.equal(201);
    expect((await request(svc.origin, BASE + key)).text).to.equal(v2);
    expect((await request(svc.origin, BASE + key, { method: 'DELETE' })).status).to.equal(204);
    expect((await request(svc.origin, BASE + key)).status).to.equal(404);
  });

  it('POST overwrites and restarts the TTL', async () => {
    const key = randomKey();
    await cql.execute('INSERT INTO kask."values" (key, value) VALUES (?, ?) USING TTL 10', [key, Buffer.from('old')], { prepare: true });
    expect((await request(svc.origin, BASE + key, { method: 'POST', body: 'new' })).status).to.equal(201);
    const row = await stored(key);
    expect(row.get('value').toString()).to.equal('new');
    expect(row.get('ttl')).to.be.above(10);
  });

  it('keys are decoded, case-sensitive and may hold ?, space, + and non-ASCII', async () => {
    const cases: [string, string][] = [
      ['foo%3Fbar', 'foo?bar'],
      ['cat%20dog', 'cat dog'],
      ['a+b', 'a+b'],
      ['Caf%C3%A9', 'Café'],
    ];
    const suffix = randomBytes(4).toString('hex');
    for (const [raw, key] of cases) {
      expect((await request(svc.origin, `${BASE}${raw}${suffix}`, { method: 'POST', body: key })).status).to.equal(201);
      expect((await stored(key + suffix)).get('value').toString()).to.equal(key);
      expect((await request(svc.origin, `${BASE}${raw}${suffix}`)).text).to.equal(key);
    }
    expect((await request(svc.origin, `${BASE}caf%C3%A9${suffix}`)).status).to.equal(404);
  });

  it('counts data-route requests by code and method at /metrics, and a 201 as 201', async () => {
    const key = randomKey();
    await request(svc.origin, BASE + key, { method: 'POST', body: 'x' });
    await request(svc.origin, '/healthz');
    const text = (await request(svc.origin, '/metrics')).text;
    expect(text).to.match(/^http_requests_total\{code="201",method="POST"\} [1-9]/m);
    expect(text).to.match(/^http_request_duration_seconds_bucket\{le="0.001",code="201",method="POST"\} \d+/m);
    expect(text).to.match(/^kask_build_info\{version="0\.1\.0",build_date="[^"]*",build_host="[^"]*",go_version="node v[\d.]+"\} 1$/m);
    expect(text).to.match(/^process_resident_memory_bytes \d+/m);
    expect(text).not.to.contain('/healthz');
  });
});
