// loadWindowedSample against the real Cassandra, on a scratch keyspace of its own: a load records its
// window; a load whose window a finished month made stale is replaced by today's, with a progress
// line; a current one is left alone.
import { expect } from 'chai';
import type cassandra from 'cassandra-driver';
import { storeClient } from '@aqs/servicelib/testing';
import { ymd } from '../src/sample-pageviews-model.js';
import { sampleWindow, windowText, type SampleWindow } from '../src/sample-pageviews-window.js';
import { LOADER_TID } from '../src/sample-unique-devices.js';
import { loadWindowedSample, windowOfLoad, type WindowedSample } from '../src/windowed-sample.js';

const KS = 'aqs_ts_windowed_sample_test';
const SCRATCH: WindowedSample = {
  name: 'scratch sample',
  keyspace: KS,
  // One row: the window's last day, so the test can tell which window was written.
  loads: (w) => [{ label: 'scratch rows', query: `INSERT INTO ${KS}.data (day) VALUES (?)`, partitions: [[[ymd(w.last)]]] }],
};

describe('loadWindowedSample (real Cassandra)', () => {
  let client: cassandra.Client;
  const today = sampleWindow(new Date());
  const load = async (reload = false) => {
    const lines: string[] = [];
    await loadWindowedSample(client, SCRATCH, { reload, log: (m) => lines.push(m) });
    return lines;
  };
  const days = async () => (await client.execute(`SELECT day FROM ${KS}.data`)).rows.map((r) => r.get('day') as string).sort();

  before(async () => {
    client = storeClient();
    await client.execute(`CREATE KEYSPACE IF NOT EXISTS ${KS} WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}`);
    await client.execute(`CREATE TABLE IF NOT EXISTS ${KS}.meta (key text, tid timeuuid, "_del" timeuuid, value text, PRIMARY KEY (key, tid))`);
    await client.execute(`CREATE TABLE IF NOT EXISTS ${KS}.data (day text PRIMARY KEY)`);
    await client.execute(`TRUNCATE ${KS}.meta`);
    await client.execute(`TRUNCATE ${KS}.data`);
  });
  after(async () => {
    await client.execute(`DROP KEYSPACE IF EXISTS ${KS}`);
    await client.shutdown();
  });

  it('loads today\'s window when there is none, and records it', async () => {
    const lines = await load();
    expect(lines.at(-1)).to.match(new RegExp(`^scratch sample loaded: 1 rows, ${windowText(today).first}\\.\\.${windowText(today).last}`));
    expect(await windowOfLoad(client, KS)).to.deep.equal(today);
    expect(await days()).to.deep.equal([ymd(today.last)]);
  });

  it('leaves a current load alone', async () => {
    expect(await load()).to.deep.equal([`scratch sample already loaded (${windowText(today).first}..${windowText(today).last}; make seed reloads it)`]);
  });

  it('replaces a load a finished month made stale, saying so', async () => {
    // The window a load made a month earlier would have.
    const stale: SampleWindow = sampleWindow(new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 15)));
    await client.execute(`INSERT INTO ${KS}.meta (key, tid, value) VALUES ('aqs-ts-sample-window', ?, ?)`, [LOADER_TID, JSON.stringify(windowText(stale))], { prepare: true });
    await client.execute(`TRUNCATE ${KS}.data`);
    const lines = await load();
    const [was, now] = [windowText(stale), windowText(today)];
    expect(lines[0]).to.equal(`scratch sample: loaded window ${was.first}..${was.last} is stale, loading ${now.first}..${now.last}`);
    expect(await windowOfLoad(client, KS)).to.deep.equal(today);
    expect(await days()).to.deep.equal([ymd(today.last)]);
  });

  it('loads again when asked to (make seed), even when current', async () => {
    await client.execute(`TRUNCATE ${KS}.data`);
    await load(true);
    expect(await days()).to.deep.equal([ymd(today.last)]);
  });
});
