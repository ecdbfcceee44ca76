// default_ttl against the real Cassandra (spec §A.8, §A.15.3 TestTTL): a value is written with the
// TTL, expires, and then reads as not found; 0 means it never expires. No clock is asserted on: the
// TTL is read back from Cassandra, and expiry is awaited by polling a bounded number of times.
import { expect } from 'chai';
import type cassandra from 'cassandra-driver';
import { storeClient } from '@aqs/servicelib/testing';
import { BASE, CASSANDRA_PORT, NOT_FOUND, randomKey, request, startKask } from './harness.js';

type Running = Awaited<ReturnType<typeof startKask>>;

describe('kask TTL (real Cassandra)', function () {
  this.timeout(30000);
  let cql: cassandra.Client;
  const stored = async (key: string) =>
    (await cql.execute('SELECT value, TTL(value) AS ttl FROM kask."values" WHERE key = ?', [key], { prepare: true })).first();

  before(() => {
    cql = storeClient();
  });
  after(() => cql.shutdown());

  describe('default_ttl 2', () => {
    let svc: Running;
    before(async () => (svc = await startKask({ default_ttl: 2 })));
    after(() => svc.close());

    it('writes the value with that TTL, and it then expires to the 404 problem', async () => {
      const key = randomKey('ttl');
      expect((await request(svc.origin, BASE + key, { method: 'POST', body: 'short-lived' })).status).to.equal(201);
      const row = await stored(key);
      expect(row?.get('value').toString()).to.equal('short-lived');
      expect(row?.get('ttl')).to.be.within(1, 2);
      // Cassandra drops it once its TTL has passed: ask again, 100 ms apart, a bounded number of times.
      let last = await request(svc.origin, BASE + key);
      for (let attempt = 0; attempt < 150 && last.status === 200; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        last = await request(svc.origin, BASE + key);
      }
      expect([last.status, last.text]).to.deep.equal([404, NOT_FOUND(BASE + key)]);
    });
  });

  describe('default_ttl 0', () => {
    let svc: Running;
    before(async () => (svc = await startKask({ default_ttl: 0 })));
    after(() => svc.close());

    it('writes without a TTL', async () => {
      const key = randomKey('forever');
      expect((await request(svc.origin, BASE + key, { method: 'POST', body: 'v' })).status).to.equal(201);
      const row = await stored(key);
      expect(row?.get('value').toString()).to.equal('v');
      expect(row?.get('ttl')).to.equal(null);
      expect((await request(svc.origin, BASE + key, { method: 'DELETE' })).status).to.equal(204);
    });
  });
});
