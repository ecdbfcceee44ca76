// What Kask's HTTP code needs from a store (spec §A.6): bytes by key, an upsert, an idempotent delete.
// The Cassandra table implements it in production (cassandra-store.ts); tests use a map.

export interface KaskStorage {
  /** The stored bytes, or null when there is no value (never written, deleted, or expired). */
  get(key: string): Promise<Buffer | null>;
  /** Upsert: overwrites any value and restarts its TTL. */
  set(key: string, value: Buffer): Promise<void>;
  /** Idempotent: deleting a missing key succeeds. */
  delete(key: string): Promise<void>;
}

/** The dependencies Kask's app is built from. */
export interface KaskDeps {
  store: KaskStorage;
}
