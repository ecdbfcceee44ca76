// default_ttl against the real Cassandra (spec §A.8, §A.15.3 TestTTL): a value expires and then reads
// as not found; 0 means it never expires.
import { expect } from 'chai';
import cassandra from 'cassandra-driver';
import { BASE, CASSANDRA_PORT, NOT_FOUND, randomKey, request, startKask } from './harness.js';

describe('kask TTL (real Cassandra)', function () {
  this.timeout(30000);

  it('a value written with default_ttl 2 is readable, then expires to the 404 problem', async () => {
    const svc = await startKask({ default_ttl: 2 });
    try {
      const key = randomKey('ttl');
      expect((await request(svc.origin, BASE + key, { method: 'POST', body: 'short-lived' })).status).to.equal(201);
      const first = await request(svc.origin, BASE + key);
      expect([first.status, first.text]).to.deep.equal([200, 'short-lived']);
      // Poll (bounded) instead of sleeping a fixed time: Cassandra drops it once 2 s have passed.
      const started = Date.now();
      let last = first;
      while (last.status === 200 && Date.now() - started < 15000) {
        await new Promise((r) => setTimeout(r, 100));
        last = await request(svc.origin, BASE + key);
      }
      expect([last.status, last.text]).to.deep.equal([404, NOT_FOUND(BASE + key)]);
      expect(Date.now() - started, 'expired no earlier than its TTL').to.be.at.least(1000);
    } finally {
      await svc.close();
    }
  });

  it('default_ttl 0 writes without a TTL', async () => {
    const svc = await startKask({ default_ttl: 0 });
    const cql = new cassandra.Client({ contactPoints: ['127.0.0.1'], localDataCenter: 'datacenter1', protocolOptions: { port: CASSANDRA_PORT } });
    try {
      const key = randomKey('forever');
      expect((await request(svc.origin, BASE + key, { method: 'POST', body: 'v' })).status).to.equal(201);
      const row = (await cql.execute('SELECT TTL(value) AS ttl FROM kask."values" WHERE key = ?', [key], { prepare: true })).first();
      expect(row.get('ttl')).to.equal(null);
      await request(svc.origin, BASE + key, { method: 'DELETE' });
    } finally {
      await svc.close();
      await cql.shutdown();
    }
  });
});
