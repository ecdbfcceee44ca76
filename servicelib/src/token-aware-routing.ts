// Token-aware routing (design.md: token-aware, DC-aware) that remembers each partition key's token.
// cassandra-driver's TokenAwarePolicy hashes the routing key with murmur3 on every query, in JS on
// 64-bit MutableLong objects: under the unique-devices load that was 7 % of all the garbage a
// request made (heap sampling) and 2 % of its CPU, for a value that is a pure function of the key's
// bytes. The token is kept in a bounded map; the replicas are asked of the driver's metadata on
// every query, so a change of topology counts at once. The plan is the driver's: the local replicas
// first (rotated from a random start, to spread the load among them), then the child policy's plan
// without them.
import cassandra from 'cassandra-driver';

const { policies, types } = cassandra;

type Host = cassandra.Host;
type Token = cassandra.token.Token;
type Policy = cassandra.policies.loadBalancing.LoadBalancingPolicy;
type InitCallback = Parameters<Policy['init']>[2];
type PlanCallback = Parameters<Policy['newQueryPlan']>[2];
// The driver's typings give the plan callback an Error always; at run time success is (null, plan).
const NO_ERROR = null as unknown as Error;

/** Distinct partition keys remembered; past this the map starts again (hot keys come back first). */
export const TOKEN_CACHE_SIZE = 4096;

export class TokenAwareRouting extends policies.loadBalancing.LoadBalancingPolicy {
  private metadata: cassandra.metadata.Metadata | undefined;
  private readonly tokens = new Map<string, Token>();

  constructor(private readonly child: Policy) {
    super();
  }

  override init(client: cassandra.Client, hosts: cassandra.HostMap, callback: InitCallback): void {
    this.metadata = client.metadata;
    this.child.init(client, hosts, callback);
  }

  override getDistance(host: Host): cassandra.types.distance {
    return this.child.getDistance(host);
  }

  override newQueryPlan(keyspace: string, options: cassandra.ExecutionOptions, callback: PlanCallback): void {
    // The driver asks for a plan without options too (its control connection, pool warm-up).
    const key = (options as cassandra.ExecutionOptions | null)?.getRoutingKey();
    const replicas = Buffer.isBuffer(key) ? this.replicasOf(options.getKeyspace() || keyspace, key) : null;
    if (!replicas?.length) return this.child.newQueryPlan(keyspace, options, callback);
    const local = replicas.filter((host) => this.child.getDistance(host) === types.distance.local);
    this.child.newQueryPlan(keyspace, options, (err, rest) => {
      if (err) return callback(err, rest);
      callback(NO_ERROR, localFirst(local, rest));
    });
  }

  /** The replicas of the partition `key` in `keyspace`, or null while the driver has no ring or keyspace metadata. */
  private replicasOf(keyspace: string, key: Buffer): Host[] | null {
    const metadata = this.metadata;
    if (!metadata) return null;
    const id = key.toString('latin1');
    let token = this.tokens.get(id);
    if (!token) {
      try {
        token = metadata.newToken(key);
      } catch {
        return null; // no partitioner yet (still connecting)
      }
      if (this.tokens.size >= TOKEN_CACHE_SIZE) this.tokens.clear();
      this.tokens.set(id, token);
    }
    return metadata.getReplicas(keyspace, token) ?? null;
  }
}

/** `local` from a random start, then the rest of `rest` without them. */
export function localFirst<H extends { address: string }>(local: readonly H[], rest: Iterator<H>): Iterator<H> {
  const start = Math.floor(Math.random() * local.length);
  let i = 0;
  // A few replicas at most (the replication factor): a scan, and no Set built for every query.
  const isLocal = (h: H) => local.some((l) => l.address === h.address);
  return {
    next(): IteratorResult<H> {
      if (i < local.length) return { value: local[(start + i++) % local.length]!, done: false };
      for (let item = rest.next(); !item.done; item = rest.next()) {
        if (!isLocal(item.value)) return item;
      }
      return { value: undefined, done: true };
    },
  };
}
