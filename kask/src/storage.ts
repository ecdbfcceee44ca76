// The Kask table: one text key, one blob value, written with a TTL (spec §A.9). Keyspace and table
// come from config and are quoted, so they are case-sensitive as in Go Kask; key and value are bound
// parameters. Reads and writes use `cassandra.consistency` (LOCAL_QUORUM), deletes
// `cassandra.delete_consistency` (EACH_QUORUM), as Go Kask fixed them.
import { CONSISTENCY, type CassandraClient } from '@aqs/servicelib';
import type { KaskConfig } from './config.js';

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

export class KaskStore {
  private readonly insert: string;
  private readonly select: string;
  private readonly remove: string;
  private readonly writeOptions;
  private readonly deleteOptions;

  constructor(
    private readonly client: CassandraClient,
    cfg: KaskConfig['cassandra'],
    private readonly ttlSeconds: number,
  ) {
    const table = `${quoteIdentifier(cfg.keyspace)}.${quoteIdentifier(cfg.table)}`;
    this.insert = `INSERT INTO ${table} (key, value) VALUES (?, ?) USING TTL ?`;
    this.select = `SELECT value FROM ${table} WHERE key = ?`;
    this.remove = `DELETE FROM ${table} WHERE key = ?`;
    this.writeOptions = { prepare: true, consistency: CONSISTENCY[cfg.consistency] };
    this.deleteOptions = { prepare: true, consistency: CONSISTENCY[cfg.delete_consistency] };
  }

  /** The stored bytes, or null when there is no row (never written, deleted, or expired). */
  async get(key: string): Promise<Buffer | null> {
    const rs = await this.client.execute(this.select, [key], this.writeOptions);
    const row = rs.first();
    return row ? (row.get('value') as Buffer | null) : null;
  }

  /** Upsert: overwrites any value and restarts the TTL (0 = never expires). */
  async set(key: string, value: Buffer): Promise<void> {
    await this.client.execute(this.insert, [key, value, this.ttlSeconds], this.writeOptions);
  }

  /** Idempotent: deleting a missing key succeeds. */
  async delete(key: string): Promise<void> {
    await this.client.execute(this.remove, [key], this.deleteOptions);
  }
}
