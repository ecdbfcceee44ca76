// A sample dataset that covers the window of sample-pageviews-window.ts (the 24 months up to the last
// complete month when it is loaded), with a marker saying which window a completed load covers. The
// marker lives in the RESTBase `meta` table of the dataset's keyspace, which AQS never reads; it is
// written last, so its presence means the load finished. Tests and benchmarks read it back and
// regenerate their expectations for the same window, whatever day they run.
import type cassandra from 'cassandra-driver';
import { storeClient } from '@aqs/servicelib/testing';
import { writePartitions, type BatchLoad } from './load-batches.js';
import { parseWindowText, sampleWindow, windowText, type SampleWindow } from './sample-pageviews-window.js';
import { LOADER_TID } from './sample-unique-devices.js';

export interface WindowedSample {
  /** What progress lines call it: `sample mediarequests`. */
  name: string;
  /** The keyspace whose `meta` table holds the marker. */
  keyspace: string;
  loads(w: SampleWindow): BatchLoad[];
}

const MARKER_KEY = 'aqs-ts-sample-window';

/**
 * The keyspaces of production's schema that have no RESTBase `meta` table (the Data Gateway's, whose
 * tables the loaders write directly): their sample's marker is a row of aqs.config under
 * `aqs-ts-sample-window:<keyspace>`, a key no service looks up.
 */
const WITHOUT_META = new Set(['commons', 'image_suggestions']);

/** Where a keyspace's marker lives: its `meta` table, which AQS never reads, or aqs.config. */
function marker(keyspace: string): { select: string; insert: string; params: (value?: string) => unknown[] } {
  if (!WITHOUT_META.has(keyspace)) {
    return {
      select: `SELECT value FROM "${keyspace}".meta WHERE key = ?`,
      insert: `INSERT INTO "${keyspace}".meta (key, tid, value) VALUES (?, ?, ?)`,
      params: (value) => (value === undefined ? [MARKER_KEY] : [MARKER_KEY, LOADER_TID, value]),
    };
  }
  const key = `${MARKER_KEY}:${keyspace}`;
  return {
    select: 'SELECT value FROM aqs.config WHERE param = ?',
    insert: 'INSERT INTO aqs.config (param, value) VALUES (?, ?)',
    params: (value) => (value === undefined ? [key] : [key, value]),
  };
}

/** The window of the completed load of this sample, or undefined. */
export async function windowOfLoad(client: cassandra.Client, keyspace: string): Promise<SampleWindow | undefined> {
  const m = marker(keyspace);
  const found = await client.execute(m.select, m.params(), { prepare: true });
  const text = found.first()?.get('value') as string | undefined;
  return text === undefined ? undefined : parseWindowText(text);
}

/** The window of the completed load; fails saying what to run when there is none. */
export async function requireWindowOfLoad(client: cassandra.Client, keyspace: string): Promise<SampleWindow> {
  const w = await windowOfLoad(client, keyspace);
  if (w) return w;
  throw new Error(`no sample in "${keyspace}": run \`node test-env/dist/env-up.js\` (make env-up)`);
}

/** Loads the sample for today's window unless a completed load of it is there (`reload` loads it again); a stale load is replaced. */
export async function loadWindowedSample(
  client: cassandra.Client,
  sample: WindowedSample,
  opts: { reload: boolean; log: (msg: string) => void },
): Promise<void> {
  const before = await windowOfLoad(client, sample.keyspace);
  const w = sampleWindow(new Date());
  if (before && !opts.reload) {
    const { first, last } = windowText(before);
    if (before.last >= w.last) return opts.log(`${sample.name} already loaded (${first}..${last}; make seed reloads it)`);
    // A month has ended since the load: write today's window (rows of the old one stay; values are
    // functions of the day, so the overlap is rewritten unchanged and tests read the new marker).
    opts.log(`${sample.name}: loaded window ${first}..${last} is stale, loading ${windowText(w).first}..${windowText(w).last}`);
  }
  const t0 = performance.now();
  let total = 0;
  for (const load of sample.loads(w)) {
    const n = await writePartitions(client, load, opts.log);
    opts.log(`${load.label}: ${n} rows written`);
    total += n;
  }
  const text = windowText(w);
  const m = marker(sample.keyspace);
  await client.execute(m.insert, m.params(JSON.stringify(text)), { prepare: true });
  opts.log(`${sample.name} loaded: ${total} rows, ${text.first}..${text.last}, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/** The window of the completed load in a keyspace, read with a client of its own (tests, benchmarks). */
export async function loadedWindowOf(keyspace: string): Promise<SampleWindow> {
  const client = storeClient();
  try {
    return await requireWindowOfLoad(client, keyspace);
  } finally {
    await client.shutdown();
  }
}
