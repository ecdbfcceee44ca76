// Kask in a host that lends it its Cassandra client (the one-process deployment): Kask uses that
// client, whatever keyspace it was opened in, and closing Kask leaves it open for its owner.
import { expect } from 'chai';
import type cassandra from 'cassandra-driver';
import { storeClient } from '@aqs/servicelib/testing';
import { createRegistry, startService } from '@aqs/servicelib';
import { silentLogger } from '@aqs/servicelib/testing';
import service from '../src/service.js';
import { BASE, CASSANDRA_PORT, kaskConfig, randomKey, request } from './harness.js';

describe('kask on a Cassandra client the host lends it (real Cassandra)', function () {
  this.timeout(30000);
  let shared: cassandra.Client;
  before(() => {
    // No keyspace: Kask names its own in every query.
    shared = storeClient();
  });
  after(() => shared.shutdown());

  it('stores through the lent client, and does not shut it down when Kask closes', async () => {
    const host = { logger: silentLogger('kask'), registry: createRegistry(), shared: { cassandra: shared } };
    const svc = await startService(service, kaskConfig(), host, { address: '127.0.0.1', port: 0 });
    const origin = `http://127.0.0.1:${svc.port}`;
    const key = randomKey('shared');
    try {
      expect((await request(origin, BASE + key, { method: 'POST', body: 'lent' })).status).to.equal(201);
      expect((await request(origin, BASE + key)).text).to.equal('lent');
    } finally {
      await svc.close();
    }
    const row = (await shared.execute('SELECT value FROM kask."values" WHERE key = ?', [key], { prepare: true })).first();
    expect(row?.get('value').toString(), 'the lent client still answers').to.equal('lent');
    await shared.execute('DELETE FROM kask."values" WHERE key = ?', [key], { prepare: true });
  });
});
