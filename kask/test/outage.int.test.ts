// Cassandra goes away and comes back (spec §A.6): every data route answers the 500 problem (Kask's
// contract with MediaWiki), the process keeps running, a failed DELETE is counted as 500 (Go Kask
// counted 204), and Kask serves again by itself once the store is back.
import { expect } from 'chai';
import { TcpProxy } from '@aqs/servicelib/testing';
import { BASE, CASSANDRA_PORT, SERVER_ERROR, randomKey, request, startKask } from './harness.js';

describe('kask when Cassandra goes away (real Cassandra behind a proxy)', function () {
  this.timeout(90000);

  it('answers the 500 problem while the store is unreachable, then recovers by itself', async () => {
    const proxy = new TcpProxy(CASSANDRA_PORT);
    await proxy.open();
    const svc = await startKask({}, { port: proxy.port, query_timeout_ms: 1000, connect_timeout_ms: 1000 });
    const key = randomKey('outage');
    try {
      expect((await request(svc.origin, BASE + key, { method: 'POST', body: 'before' })).status).to.equal(201);
      await proxy.cut();
      for (const method of ['GET', 'POST', 'DELETE']) {
        const r = await request(svc.origin, BASE + key, { method, body: method === 'POST' ? 'during' : undefined });
        expect([r.status, r.text], method).to.deep.equal([500, SERVER_ERROR(BASE + key)]);
        expect(r.headers['content-type']).to.equal('application/problem+json');
      }
      const metrics = (await request(svc.origin, '/metrics')).text;
      expect(metrics).to.match(/^http_requests_total\{code="500",method="DELETE"\} 1$/m);
      expect(metrics).not.to.match(/code="204",method="DELETE"/);
      const messages = svc.logs().map((l) => String(l.message));
      for (const m of ['Error reading from storage (', 'Error writing to storage (', 'Error deleting in storage ('])
        expect(messages.some((line) => line.startsWith(m)), m).to.equal(true);

      await proxy.open();
      let recovered = false;
      for (let i = 0; i < 150 && !recovered; i++) {
        recovered = (await request(svc.origin, BASE + key)).status === 200;
        if (!recovered) await new Promise((r) => setTimeout(r, 200));
      }
      expect(recovered, 'serves again without a restart').to.equal(true);
      expect((await request(svc.origin, BASE + key)).text).to.equal('before');
      expect((await request(svc.origin, BASE + key, { method: 'POST', body: 'after' })).status).to.equal(201);
      expect((await request(svc.origin, BASE + key)).text).to.equal('after');
    } finally {
      await svc.close();
      await proxy.cut();
    }
  });

  it('starts while the store is down, answers 500, and serves once it comes up', async () => {
    const proxy = new TcpProxy(CASSANDRA_PORT);
    await proxy.open();
    await proxy.cut();
    const svc = await startKask({}, { port: proxy.port, query_timeout_ms: 1000, connect_timeout_ms: 1000 });
    const key = randomKey('late');
    try {
      expect((await request(svc.origin, BASE + key)).status).to.equal(500);
      expect((await request(svc.origin, '/healthz')).status, 'healthz does not depend on the store').to.equal(200);
      await proxy.open();
      let status = 0;
      for (let i = 0; i < 150 && status !== 201; i++) {
        status = (await request(svc.origin, BASE + key, { method: 'POST', body: 'v' })).status;
        if (status !== 201) await new Promise((r) => setTimeout(r, 200));
      }
      expect(status).to.equal(201);
    } finally {
      await svc.close();
      await proxy.cut();
    }
  });
});
