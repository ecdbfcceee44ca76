// Loads the sample mediawiki_history_reduced data into the local Druid with a native batch task
// (index_parallel over a local JSON file), waits until the task succeeds and the segments are
// queryable; env-up then records the datasource name in Cassandra's aqs.config as the production
// loader does. Prints progress throughout; polls, never sleeps a fixed time. The datasource is the
// snapshot of today's window (sample-mediawiki-history.ts): nothing is done when it is loaded, unless
// `reload` is set; once a month has ended the next snapshot is loaded, and retireOtherSamples drops
// the older ones after aqs.config names the new one.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateMediawikiHistory, SNAPSHOT_PREFIX, snapshotOf, windowOfSnapshot } from './sample-mediawiki-history.js';
import { sampleWindow, windowText, type SampleWindow } from './sample-pageviews-window.js';

export const COORDINATOR = process.env.DRUID_COORDINATOR_URL ?? 'http://127.0.0.1:18081';
export const BROKER = process.env.DRUID_BROKER_URL ?? 'http://127.0.0.1:18082';

const say = (msg: string) => console.log(`test-env: druid: ${msg}`);

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  const text = await res.text();
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${url} answered ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}

/** The ingestion spec: the dimensions and metrics of refinery's mediawiki_history_reduced load. */
function ingestionSpec(snapshot: string, dataDir: string) {
  return {
    type: 'index_parallel',
    spec: {
      dataSchema: {
        dataSource: snapshot,
        timestampSpec: { column: 'event_timestamp', format: 'iso' },
        dimensionsSpec: {
          dimensions: [
            'project', 'event_entity', 'event_type', 'user_text', 'user_type', 'page_title',
            { type: 'long', name: 'page_namespace' }, 'page_type',
            { type: 'string', name: 'other_tags', multiValueHandling: 'SORTED_ARRAY' }, 'revisions',
          ],
        },
        metricsSpec: [
          { type: 'count', name: 'events' },
          { type: 'longSum', name: 'text_bytes_diff_sum', fieldName: 'text_bytes_diff' },
          { type: 'longSum', name: 'text_bytes_diff_abs_sum', fieldName: 'text_bytes_diff_abs' },
        ],
        granularitySpec: { type: 'uniform', segmentGranularity: 'month', queryGranularity: 'day', rollup: true },
      },
      ioConfig: {
        type: 'index_parallel',
        inputSource: { type: 'local', baseDir: dataDir, filter: '*.json' },
        inputFormat: { type: 'json' },
      },
      tuningConfig: { type: 'index_parallel', maxNumConcurrentSubTasks: 1, forceGuaranteedRollup: false },
    },
  };
}

/** The sample snapshots whose segments are all served, oldest first. */
async function servedSamples(): Promise<string[]> {
  const status = await json<Record<string, number>>(`${COORDINATOR}/druid/coordinator/v1/loadstatus`);
  return Object.keys(status).filter((name) => status[name] === 100 && windowOfSnapshot(name)).sort();
}

const span = (w: SampleWindow) => `${windowText(w).first}..${windowText(w).last}`;

async function poll<T>(what: string, check: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const started = Date.now();
  let lastNote = 0;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    const elapsed = Date.now() - started;
    if (elapsed > timeoutMs) throw new Error(`${what}: not done after ${Math.round(elapsed / 1000)} s`);
    if (elapsed - lastNote >= 5000) {
      say(`${what} (${Math.round(elapsed / 1000)} s)…`);
      lastNote = elapsed;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Loads the snapshot of today's window unless it is served (`reload`: again); answers its name. */
export async function loadDruidSample(opts: { dataRoot: string; reload?: boolean }): Promise<string> {
  const w = sampleWindow(new Date());
  const snapshot = snapshotOf(w);
  const served = await servedSamples();
  // druid/start.sh leaves this when it found another checkout's Druid serving a sample: use what it
  // serves, never ingest into it nor drop anything there (its own tests may be running against it).
  if (existsSync(join(opts.dataRoot, 'foreign-broker'))) {
    const used = served.includes(snapshot) ? snapshot : served.at(-1);
    if (!used) throw new Error('the Druid in use was started by another checkout and serves no sample datasource');
    const note = used === snapshot ? '' : `; it is stale (today's is ${snapshot}): make env-up in that checkout loads it`;
    say(`the Druid in use was started by another checkout: using its ${used}, not reloaded here${note}`);
    return used;
  }
  if (!opts.reload && served.includes(snapshot)) {
    say(`${snapshot} already loaded (${span(w)}; make seed reloads it)`);
    return snapshot;
  }
  const stale = served.filter((name) => name !== snapshot);
  if (stale.length) say(`${stale.join(', ')} is stale: loading ${snapshot} (${span(w)})`);
  const rows = generateMediawikiHistory(w);
  const dir = join(opts.dataRoot, 'ingest', snapshot);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'rows.json'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  say(`${rows.length} rows written; submitting a native batch task for ${snapshot}`);
  const started = Date.now();
  const { task } = await json<{ task: string }>(`${COORDINATOR}/druid/indexer/v1/task`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ingestionSpec(snapshot, dir)),
  });
  await poll(
    `task ${task}`,
    async () => {
      const { status } = await json<{ status: { status: string; errorMsg?: string } }>(`${COORDINATOR}/druid/indexer/v1/task/${task}/status`);
      if (status.status === 'FAILED') throw new Error(`task ${task} failed: ${status.errorMsg ?? 'see the indexer log'}`);
      return status.status === 'SUCCESS' ? true : undefined;
    },
    600000,
  );
  say(`task succeeded after ${Math.round((Date.now() - started) / 1000)} s; waiting for the segments to be served`);
  await poll('segments loading', async () => ((await servedSamples()).includes(snapshot) ? true : undefined), 300000);
  // The broker learns about served segments from ZooKeeper a moment after the coordinator reports
  // them, and a reload replaces older segments: wait until the broker counts exactly the rows written
  // (the `events` metric counts ingested rows, whatever the rollup).
  await poll(
    `broker counting all ${rows.length} rows`,
    async () => {
      const res = await json<{ result: { events: number } }[]>(`${BROKER}/druid/v2/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ queryType: 'timeseries', dataSource: snapshot, granularity: 'all', intervals: ['2000-01-01/2100-01-01'], aggregations: [{ type: 'longSum', name: 'events', fieldName: 'events' }] }),
      }).catch(() => []);
      return res[0]?.result.events === rows.length ? true : undefined;
    },
    120000,
  );
  say(`${snapshot} queryable after ${Math.round((Date.now() - started) / 1000)} s`);
  return snapshot;
}

/**
 * Drops (marks unused) the sample snapshots other than `current`, once aqs.config names it: the
 * services pick the new name up within their refresh interval, and the historical stops serving
 * data nobody reads. Not on another checkout's Druid.
 */
export async function retireOtherSamples(opts: { dataRoot: string; current: string }): Promise<void> {
  if (existsSync(join(opts.dataRoot, 'foreign-broker'))) return;
  for (const name of (await servedSamples()).filter((n) => n !== opts.current && n.startsWith(SNAPSHOT_PREFIX))) {
    await json(`${COORDINATOR}/druid/coordinator/v1/datasources/${name}`, { method: 'DELETE' });
    say(`${name} dropped (${opts.current} replaces it)`);
  }
}
