// Datasource resolution against the real Cassandra (aqs2-notes §2.2): the name the monthly loader
// writes into the config table, cached, refreshed, and kept when a refresh fails.
import { expect } from 'chai';
import cassandra from 'cassandra-driver';
import { HttpProblem } from '@aqs/servicelib';
import { CASSANDRA_PORT, TcpProxy, storeClient } from '@aqs/servicelib/testing';
import { DATASOURCE_PARAM, DatasourceResolver } from '../src/index.js';

const TABLE = 'aqs.config_resolver_test';
const client = storeClient;

describe('DatasourceResolver (real Cassandra)', function () {
  this.timeout(30000);
  let cql: cassandra.Client;
  const write = (value: string) => cql.execute(`INSERT INTO ${TABLE} (param, value) VALUES (?, ?)`, [DATASOURCE_PARAM, value], { prepare: true });

  before(async () => {
    cql = client();
    await cql.execute(`CREATE TABLE IF NOT EXISTS ${TABLE} (param text PRIMARY KEY, value text)`);
    await cql.execute(`TRUNCATE ${TABLE}`);
  });
  after(() => cql.shutdown());

  it('uses druid.datasource as it is when no config table is set', async () => {
    expect(await new DatasourceResolver({ fixed: 'mediawiki_history_reduced' }).current()).to.equal('mediawiki_history_reduced');
  });

  it('reads the name from the config table, then picks up the next snapshot after the refresh interval', async () => {
    await write('mediawiki_history_reduced_2024_11');
    const r = new DatasourceResolver({ configTable: TABLE, client: cql, refreshMs: 100 });
    expect(await r.current()).to.equal('mediawiki_history_reduced_2024_11');
    await write('mediawiki_history_reduced_2024_12');
    let seen = await r.current();
    for (let i = 0; i < 50 && seen !== 'mediawiki_history_reduced_2024_12'; i++) {
      await new Promise((done) => setTimeout(done, 50));
      seen = await r.current();
    }
    expect(seen).to.equal('mediawiki_history_reduced_2024_12');
  });

  it('keeps the last known name while the table cannot be read', async () => {
    await write('mediawiki_history_reduced_2024_12');
    const proxy = new TcpProxy(CASSANDRA_PORT);
    await proxy.open();
    const viaProxy = client(proxy.port);
    try {
      const r = new DatasourceResolver({ configTable: TABLE, client: viaProxy, refreshMs: 1, timeoutMs: 500 });
      expect(await r.current()).to.equal('mediawiki_history_reduced_2024_12');
      await proxy.cut();
      for (let i = 0; i < 5; i++) expect(await r.current()).to.equal('mediawiki_history_reduced_2024_12');
    } finally {
      await proxy.cut();
      await viaProxy.shutdown();
    }
  });

  it('answers 503 when it has never read a name and the row is missing (no fallback set)', async () => {
    await cql.execute(`TRUNCATE ${TABLE}`);
    const r = new DatasourceResolver({ configTable: TABLE, client: cql });
    try {
      await r.current();
      throw new Error('expected a problem');
    } catch (err) {
      expect(err).to.be.instanceOf(HttpProblem);
      expect((err as HttpProblem).status).to.equal(503);
    }
    expect(await new DatasourceResolver({ configTable: TABLE, client: cql, fixed: 'fallback' }).current()).to.equal('fallback');
  });
});
