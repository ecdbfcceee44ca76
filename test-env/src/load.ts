// Writing many rows quickly with bounded concurrency, reporting progress while it works.
import type cassandra from 'cassandra-driver';

export async function writeRows(
  client: cassandra.Client,
  query: string,
  rows: readonly unknown[][],
  opts: { concurrency?: number; label: string; progress: (msg: string) => void },
): Promise<void> {
  const concurrency = opts.concurrency ?? 64;
  let next = 0;
  let done = 0;
  let lastReport = Date.now();
  async function worker() {
    while (next < rows.length) {
      const params = rows[next++]!;
      await client.execute(query, params, { prepare: true });
      done++;
      if (Date.now() - lastReport > 2000) {
        lastReport = Date.now();
        opts.progress(`${opts.label}: ${done}/${rows.length} rows`);
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, rows.length) }, worker));
  opts.progress(`${opts.label}: ${rows.length} rows written`);
}
