// Writing a large sample quickly: the rows of one partition go together as unlogged batches (one
// mutation each for Cassandra, and single-partition batches are exempt from the batch size
// warnings), several batches in flight, progress reported while it works. Partitions are pulled
// from an iterable, so a generator can make them as the writes go.
import type cassandra from 'cassandra-driver';

export interface BatchLoad {
  label: string;
  query: string;
  /** Each element: the rows (bind values) of one partition. */
  partitions: Iterable<unknown[][]>;
}

const ROWS_PER_BATCH = 100;

export async function writePartitions(
  client: cassandra.Client,
  load: BatchLoad,
  progress: (msg: string) => void,
  inFlight = 24,
): Promise<number> {
  const source = load.partitions[Symbol.iterator]();
  let pending: unknown[][] = [];
  let written = 0;
  let reported = 0; // the first report comes 2 s after the first batch, however long generating it took
  const nextBatch = (): unknown[][] | undefined => {
    while (!pending.length) {
      const next = source.next();
      if (next.done) return undefined;
      pending = next.value;
    }
    return pending.splice(0, ROWS_PER_BATCH);
  };
  const lane = async () => {
    for (let rows = nextBatch(); rows; rows = nextBatch()) {
      if (rows.length === 1) await client.execute(load.query, rows[0], { prepare: true });
      else await client.batch(rows.map((params) => ({ query: load.query, params })), { prepare: true, logged: false });
      written += rows.length;
      if (!reported) reported = Date.now();
      if (Date.now() - reported > 2000) {
        reported = Date.now();
        progress(`${load.label}: ${written} rows so far`);
      }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  return written;
}
