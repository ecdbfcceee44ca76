// Token-aware routing against the local Cassandra: a prepared read's partition key is turned into a
// token once, and the driver's ring metadata names a replica for it on every read. (Which replica a
// read goes to cannot be told apart on one node; the unit test covers the plan's order.)
import { expect } from 'chai';
import type cassandra from 'cassandra-driver';
import { cassandraConfigSchema, createCassandraClient } from '../src/index.js';
import { CASSANDRA_PORT, storeClient } from '../src/testing/index.js';

const KEYSPACE = 'servicelib_routing_test';

describe('token-aware routing on the local Cassandra', function () {
  this.timeout(60000);
  let client: cassandra.Client;

  before(async () => {
    const admin = storeClient();
    await admin.execute(`CREATE KEYSPACE IF NOT EXISTS ${KEYSPACE} WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}`);
    await admin.execute(`CREATE TABLE IF NOT EXISTS ${KEYSPACE}.t (a text, b int, v text, PRIMARY KEY ((a, b)))`);
    await admin.execute(`INSERT INTO ${KEYSPACE}.t (a, b, v) VALUES ('x', 1, 'one')`);
    await admin.shutdown();
    const cfg = cassandraConfigSchema.parse({ hosts: ['127.0.0.1'], port: CASSANDRA_PORT, consistency: 'one', local_dc: 'datacenter1' });
    client = createCassandraClient(cfg, { readTimeoutMs: 30000 });
    await client.connect();
  });
  after(() => client?.shutdown());

  it('hashes a composite partition key once, to the token of its serialised components, and finds its replica on every read', async () => {
    const metadata = client.metadata;
    const hashed: unknown[] = [];
    const replicasFound: string[][] = [];
    const { newToken, getReplicas } = metadata;
    metadata.newToken = function (this: typeof metadata, ...args: Parameters<typeof newToken>) {
      const token = newToken.apply(this, args);
      hashed.push(token);
      return token;
    };
    metadata.getReplicas = function (this: typeof metadata, ...args: Parameters<typeof getReplicas>) {
      const replicas = getReplicas.apply(this, args);
      replicasFound.push((replicas ?? []).map((h) => h.address));
      return replicas;
    };
    try {
      for (let i = 0; i < 3; i++) {
        const r = await client.execute(`SELECT v FROM ${KEYSPACE}.t WHERE a = ? AND b = ?`, ['x', 1], { prepare: true });
        expect(r.rows.map((row) => row.v)).to.deep.equal(['one']);
      }
      expect(hashed).to.have.length(1);
      expect(String(hashed[0])).to.equal(String(newToken.call(metadata, Buffer.concat([lengthPrefixed('x'), lengthPrefixed(int32(1))]))));
      expect(replicasFound).to.have.length(3);
      expect(replicasFound).to.deep.equal(Array(3).fill([`127.0.0.1:${CASSANDRA_PORT}`]));
    } finally {
      metadata.newToken = newToken;
      metadata.getReplicas = getReplicas;
    }
  });
});

/** One component of a composite partition key as Cassandra serialises it: 2-byte length, bytes, a 0 byte. */
function lengthPrefixed(value: string | Buffer): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value) : value;
  const len = Buffer.alloc(2);
  len.writeUInt16BE(bytes.length);
  return Buffer.concat([len, bytes, Buffer.alloc(1)]);
}
function int32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
}
