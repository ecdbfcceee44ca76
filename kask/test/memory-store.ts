// Kask's storage interface on a Map, for tests of the HTTP surface without Cassandra (as Go Kask's
// http_test.go used a mock store). TTLs are ignored. `failWith` makes every call reject, to reach
// the 500 paths; `recover` undoes it.
import type { KaskStorage } from '../src/storage.js';

export class MemoryStore implements KaskStorage {
  readonly values = new Map<string, Buffer>();
  private failure: Error | null = null;

  failWith(err: Error = new Error('memory store told to fail')): void {
    this.failure = err;
  }

  recover(): void {
    this.failure = null;
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }

  async get(key: string): Promise<Buffer | null> {
    this.check();
    return this.values.get(key) ?? null;
  }

  async set(key: string, value: Buffer): Promise<void> {
    this.check();
    this.values.set(key, Buffer.from(value));
  }

  async delete(key: string): Promise<void> {
    this.check();
    this.values.delete(key);
  }
}
