// Token-aware routing with remembered tokens: the plan's order on a multi-node, multi-DC topology
// (which the local single-node Cassandra cannot show), the cache's bound, and the fallbacks. The
// single-node path runs under every integration test.
import { expect } from 'chai';
import cassandra from 'cassandra-driver';
import { localFirst, TOKEN_CACHE_SIZE, TokenAwareRouting } from '../src/token-aware-routing.js';

const { distance } = cassandra.types;

interface FakeHost {
  address: string;
  local: boolean;
}
const host = (address: string, local = true): FakeHost => ({ address, local });

const drain = (it: Iterator<FakeHost>) => {
  const out: string[] = [];
  for (let r = it.next(); !r.done; r = it.next()) out.push(r.value.address);
  return out;
};

/** A child policy answering every plan with `all`, local by the host's flag. */
function childPolicy(all: FakeHost[]) {
  return {
    init: (_c: unknown, _h: unknown, cb: (err?: Error) => void) => cb(),
    getDistance: (h: FakeHost) => (h.local ? distance.local : distance.remote),
    newQueryPlan: (_ks: string, _o: unknown, cb: (err: Error | null, it: Iterator<FakeHost>) => void) => cb(null, all[Symbol.iterator]()),
    getOptions: () => new Map(),
  };
}

/** Metadata whose replicas for a token are `replicasByToken[token]`; counts the hashes it makes. */
function fakeMetadata(replicasByToken: Record<string, FakeHost[]>) {
  const m = {
    hashes: 0,
    asked: [] as string[],
    newToken(key: Buffer) {
      m.hashes++;
      return { id: key.toString('hex') };
    },
    getReplicas(keyspace: string, token: { id: string }) {
      m.asked.push(`${keyspace}/${token.id}`);
      return replicasByToken[token.id] ?? null;
    },
  };
  return m;
}

function routing(all: FakeHost[], metadata: ReturnType<typeof fakeMetadata>) {
  const policy = new TokenAwareRouting(childPolicy(all) as unknown as cassandra.policies.loadBalancing.LoadBalancingPolicy);
  policy.init({ metadata } as unknown as cassandra.Client, {} as cassandra.HostMap, () => {});
  return policy;
}

function plan(policy: TokenAwareRouting, routingKey: Buffer | undefined, keyspace = 'ks'): Promise<string[]> {
  const options = routingKey === undefined ? null : { getRoutingKey: () => routingKey, getKeyspace: () => keyspace };
  return new Promise((resolve, reject) =>
    policy.newQueryPlan('default_ks', options as unknown as cassandra.ExecutionOptions, (err, it) =>
      err ? reject(err) : resolve(drain(it as unknown as Iterator<FakeHost>)),
    ),
  );
}

describe('token-aware routing', () => {
  const a = host('10.0.0.1');
  const b = host('10.0.0.2');
  const c = host('10.0.0.3');
  const remote = host('10.1.0.1', false);
  const all = [a, b, c, remote];
  const key = Buffer.from('partition-1');

  it('puts the local replicas first, then the rest of the child plan without repeats, and never a remote replica first', async () => {
    const metadata = fakeMetadata({ [key.toString('hex')]: [remote, c, b] });
    const policy = routing(all, metadata);
    for (let i = 0; i < 20; i++) {
      const order = await plan(policy, key);
      expect(order).to.have.length(4);
      expect(new Set(order)).to.deep.equal(new Set(all.map((h) => h.address)));
      expect(order.slice(0, 2).sort()).to.deep.equal([b.address, c.address]);
      expect(order.slice(2)).to.deep.equal([a.address, remote.address]);
    }
  });

  it('spreads the first choice over the local replicas', async () => {
    const metadata = fakeMetadata({ [key.toString('hex')]: [a, b, c] });
    const policy = routing(all, metadata);
    const firsts = new Set<string>();
    for (let i = 0; i < 200 && firsts.size < 3; i++) firsts.add((await plan(policy, key))[0]!);
    expect(firsts.size).to.equal(3);
  });

  it('hashes a partition key once and asks for its replicas every time, in the statement keyspace', async () => {
    const metadata = fakeMetadata({ [key.toString('hex')]: [a] });
    const policy = routing(all, metadata);
    for (let i = 0; i < 5; i++) await plan(policy, key, 'aqs');
    expect(metadata.hashes).to.equal(1);
    expect(metadata.asked).to.deep.equal(Array(5).fill(`aqs/${key.toString('hex')}`));
  });

  it('keeps at most TOKEN_CACHE_SIZE tokens', async () => {
    const metadata = fakeMetadata({});
    const policy = routing(all, metadata);
    for (let i = 0; i <= TOKEN_CACHE_SIZE; i++) await plan(policy, Buffer.from(`k${i}`));
    await plan(policy, Buffer.from('k0')); // the map started again when it was full: hashed anew
    expect(metadata.hashes).to.equal(TOKEN_CACHE_SIZE + 2);
  });

  it('gives the child plan as it is without a routing key, without replicas, or before the partitioner is known', async () => {
    const noReplicas = routing(all, fakeMetadata({}));
    expect(await plan(noReplicas, undefined)).to.deep.equal(all.map((h) => h.address));
    expect(await plan(noReplicas, key)).to.deep.equal(all.map((h) => h.address));
    const connecting = fakeMetadata({});
    connecting.newToken = () => {
      throw new Error('Partitioner not established');
    };
    expect(await plan(routing(all, connecting), key)).to.deep.equal(all.map((h) => h.address));
  });

  it('localFirst with no local replica is the rest as it is', () => {
    expect(drain(localFirst<FakeHost>([], all[Symbol.iterator]()))).to.deep.equal(all.map((h) => h.address));
  });
});
