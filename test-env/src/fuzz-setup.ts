// What `make fuzz` changes for a service before fuzzing it, beyond listening on a free loopback port:
// the one place for service-specific fuzz settings (a service not named here runs with its config.yaml).
//
// Kask is a write API: schemathesis POSTs and DELETEs generated keys and values. It never touches the
// `kask` keyspace make run and the tests use: it writes into a keyspace of its own, created for the
// run and dropped after it (also when the run fails); values live 10 minutes should the drop fail;
// a value is at most 64 KiB (a larger one is the documented 413), so a run writes at most
// FUZZ_EXAMPLES × 2 phases × (one POST per case) × 64 KiB into a keyspace that is then dropped.
import { storeClient } from '@aqs/servicelib/testing';

export interface FuzzSetup {
  /** schemathesis options added to the run's. */
  args?: readonly string[];
  /** Merged over the service's config.yaml (nested objects merged one level). */
  config?: Record<string, unknown>;
  before?(): Promise<void>;
  after?(): Promise<void>;
}

const KASK_FUZZ_KEYSPACE = 'kask_fuzz';

async function cql(...statements: string[]): Promise<void> {
  const client = storeClient();
  try {
    for (const s of statements) await client.execute(s);
  } finally {
    await client.shutdown();
  }
}

export const FUZZ_SETUP: Readonly<Record<string, FuzzSetup>> = {
  kask: {
    // Go Kask answers any method on /healthz, /metrics and /openapi, and an unsupported one on the data
    // route with its 400 problem (spec §A.6, §A.12.1), where the check wants a 405: a drop-in keeps that.
    args: ['--exclude-checks', 'unsupported_method'],
    config: {
      default_ttl: 600,
      max_value_bytes: 65536,
      cassandra: { keyspace: KASK_FUZZ_KEYSPACE },
    },
    before: () =>
      cql(
        `CREATE KEYSPACE IF NOT EXISTS ${KASK_FUZZ_KEYSPACE} WITH replication = {'class': 'SimpleStrategy', 'replication_factor': '1'}`,
        `CREATE TABLE IF NOT EXISTS ${KASK_FUZZ_KEYSPACE}."values" (key text PRIMARY KEY, value blob)`,
      ),
    after: () => cql(`DROP KEYSPACE IF EXISTS ${KASK_FUZZ_KEYSPACE}`),
  },
};

/** `over` merged into `base`, objects one level deep (cassandra: { keyspace } keeps the other cassandra keys). */
export function mergeConfig(base: Record<string, unknown>, over: Record<string, unknown> = {}): Record<string, unknown> {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = v && typeof v === 'object' && b && typeof b === 'object' ? { ...(b as object), ...(v as object) } : v;
  }
  return out;
}
