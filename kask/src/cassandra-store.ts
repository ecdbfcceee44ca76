// The Kask table: one text key, one blob value, written with a TTL (spec §A.9). Keyspace and table
// come from config and are quoted, so they are case-sensitive as in Go Kask; key and value are bound
// parameters. Reads and writes use `cassandra.consistency` (LOCAL_QUORUM), deletes
// `cassandra.delete_consistency` (EACH_QUORUM), as Go Kask fixed them. Every query names its keyspace
// and carries query_timeout_ms, so a client borrowed from the host behaves as Kask's own would.
import { CONSISTENCY, nextTurn, type CassandraClient } from '@aqs/servicelib';
import type { KaskConfig } from './config.js';
import type { KaskStorage } from './storage.js';

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

export class KaskStore implements KaskStorage {
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
    const readTimeout = cfg.query_timeout_ms;
    this.writeOptions = { prepare: true, consistency: CONSISTENCY[cfg.consistency], readTimeout };
    this.deleteOptions = { prepare: true, consistency: CONSISTENCY[cfg.delete_consistency], readTimeout };
  }

  // Each query waits for the turn's others (nextTurn): one socket write for all of them.
  async get(key: string): Promise<Buffer | null> {
    await nextTurn();
    const rs = await this.client.execute(this.select, [key], this.writeOptions);
    const row = rs.first();
    return row ? (row.get('value') as Buffer | null) : null;
  }

  /** 0 seconds of TTL = never expires. */
  async set(key: string, value: Buffer): Promise<void> {
    await nextTurn();
    await this.client.execute(this.insert, [key, value, this.ttlSeconds], this.writeOptions);
  }

  async delete(key: string): Promise<void> {
    await nextTurn();
    await this.client.execute(this.remove, [key], this.deleteOptions);
  }
}
