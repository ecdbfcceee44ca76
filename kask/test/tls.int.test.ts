// HTTPS and client certificates, which Go Kask lacked (spec §A.10, §A.17), with certificates this test
// makes itself; and Cassandra TLS that verifies the server certificate (§A.9.2), against the real
// Cassandra behind a TLS-terminating proxy.
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { makeTestPki, TcpProxy, type TestCert, type TestPki } from '@aqs/servicelib/testing';
import { BASE, CASSANDRA_PORT, NOT_AUTHORIZED, randomKey, request, startKask } from './harness.js';

type Running = Awaited<ReturnType<typeof startKask>>;
const run = promisify(execFile);

describe('kask over HTTPS with client certificates', function () {
  this.timeout(60000);
  let pki: TestPki;
  let foreign: TestPki;
  let server: TestCert;
  let mediawiki: TestCert;
  let intruder: TestCert;
  let stranger: TestCert;
  let svc: Running;

  const as = (client?: TestCert) => ({
    tls: { ca: readFileSync(pki.ca.cert), ...(client ? { cert: readFileSync(client.cert), key: readFileSync(client.key) } : {}) },
  });

  before(async () => {
    pki = makeTestPki('kask-ca');
    foreign = makeTestPki('other-ca');
    server = pki.server();
    mediawiki = pki.client('mediawiki');
    intruder = pki.client('intruder');
    stranger = foreign.client('mediawiki'); // the right name, signed by the wrong CA
    svc = await startKask({ tls: { cert: server.cert, key: server.key, client_ca: pki.ca.cert }, authorized_clients: ['mediawiki'] });
  });
  after(() => svc?.close());

  it('serves an authorized client: POST 201, GET 200 with the value', async () => {
    const key = randomKey('tls');
    expect((await request(svc.origin, BASE + key, { method: 'POST', body: 'secret-session', ...as(mediawiki) })).status).to.equal(201);
    const r = await request(svc.origin, BASE + key, as(mediawiki));
    expect([r.status, r.text]).to.deep.equal([200, 'secret-session']);
  });

  for (const [who, client] of [
    ['no certificate', () => undefined],
    ['a certificate whose CN is not in authorized_clients', () => intruder],
    ['a certificate signed by another CA', () => stranger],
  ] as const) {
    it(`answers the 401 problem to a client with ${who}, on every method`, async () => {
      const key = randomKey('tls');
      for (const method of ['GET', 'POST', 'DELETE', 'PUT']) {
        const r = await request(svc.origin, BASE + key, { method, body: method === 'POST' ? 'x' : undefined, ...as(client()) });
        expect([r.status, r.text], method).to.deep.equal([401, NOT_AUTHORIZED(BASE + key)]);
        expect(r.headers['content-type']).to.equal('application/problem+json');
      }
    });
  }

  it('keeps /healthz and /metrics open to probes without a certificate, and counts the 401s', async () => {
    expect((await request(svc.origin, '/healthz', as())).status).to.equal(200);
    const metrics = await request(svc.origin, '/metrics', as());
    expect(metrics.text).to.match(/^http_requests_total\{code="401",method="GET"\} [1-9]/m);
  });

  it('serves HTTPS only: a plain HTTP request gets no answer', async () => {
    const plain = svc.origin.replace('https:', 'http:');
    const outcome = await request(plain, '/healthz').then((r) => r.status, () => 'refused');
    expect(outcome).not.to.equal(200);
  });

  it('with curl: a value is read with a client certificate; without one the answer is the 401 problem', async () => {
    const key = randomKey('curl');
    await request(svc.origin, BASE + key, { method: 'POST', body: 'read-by-curl', ...as(mediawiki) });
    const url = `${svc.origin}${BASE}${key}`;
    const withCert = await run('curl', ['-sS', '--cacert', pki.ca.cert, '--cert', mediawiki.cert, '--key', mediawiki.key, url]);
    expect(withCert.stdout).to.equal('read-by-curl');
    const without = await run('curl', ['-sS', '-w', '%{http_code}', '--cacert', pki.ca.cert, url]);
    expect(without.stdout).to.equal(`${NOT_AUTHORIZED(BASE + key)}401`);
  });

  it('without authorized_clients, accepts any certificate the client CA signed and still refuses others', async () => {
    const open = await startKask({ tls: { cert: server.cert, key: server.key, client_ca: pki.ca.cert } });
    try {
      expect((await request(open.origin, `${BASE}k`, { method: 'POST', body: 'v', ...as(intruder) })).status).to.equal(201);
      expect((await request(open.origin, `${BASE}k`, as(stranger))).status).to.equal(401);
      expect((await request(open.origin, `${BASE}k`, as())).status).to.equal(401);
    } finally {
      await open.close();
    }
  });

  it('with only tls.cert and tls.key, serves HTTPS to anyone (Go Kask behaviour)', async () => {
    const https = await startKask({ tls: { cert: server.cert, key: server.key } });
    try {
      expect((await request(https.origin, `${BASE}${randomKey()}`, as())).status).to.equal(404);
    } finally {
      await https.close();
    }
  });
});

describe('kask to Cassandra over TLS (real Cassandra behind a TLS proxy)', function () {
  this.timeout(60000);

  it('verifies the server certificate: the right CA works, another CA is refused', async () => {
    const pki = makeTestPki('cassandra-ca');
    const other = makeTestPki('rogue-ca');
    const cert = pki.server('cassandra');
    const proxy = new TcpProxy(CASSANDRA_PORT, { cert: readFileSync(cert.cert), key: readFileSync(cert.key) });
    await proxy.open();
    const good = await startKask({}, { port: proxy.port, tls: { ca: pki.ca.cert }, connect_timeout_ms: 2000 });
    const rogue = await startKask({}, { port: proxy.port, tls: { ca: other.ca.cert }, connect_timeout_ms: 2000 });
    try {
      const key = randomKey('cass-tls');
      expect((await request(good.origin, BASE + key, { method: 'POST', body: 'over-tls' })).status).to.equal(201);
      expect((await request(good.origin, BASE + key)).text).to.equal('over-tls');
      const refused = await request(rogue.origin, BASE + key);
      expect(refused.status).to.equal(500);
      const logged = rogue.logs().map((l) => String(l.message)).find((m) => m.startsWith('Error reading from storage'));
      expect(logged).to.match(/certificate/i);
    } finally {
      await good.close();
      await rogue.close();
      await proxy.cut();
    }
  });
});
