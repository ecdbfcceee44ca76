// Loads the sample mediawiki_history_reduced data into the local Druid with a native batch task
// (index_parallel over a local JSON file), waits until the task succeeds and the segments are
// queryable, and records the datasource name in Cassandra's aqs.config as the production loader
// does. Prints progress throughout; polls, never sleeps a fixed time. Does nothing when the
// datasource is already loaded, unless `reload` is set.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateMediawikiHistory, SNAPSHOT } from './sample-mediawiki-history.js';

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
function ingestionSpec(dataDir: string) {
  return {
    type: 'index_parallel',
    spec: {
      dataSchema: {
        dataSource: SNAPSHOT,
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

async function datasourceLoaded(): Promise<boolean> {
  const status = await json<Record<string, number>>(`${COORDINATOR}/druid/coordinator/v1/loadstatus`);
  return status[SNAPSHOT] === 100;
}

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

export async function loadDruidSample(opts: { dataRoot: string; reload?: boolean }): Promise<void> {
  // druid/start.sh leaves this when it found another checkout's Druid serving the sample: use it,
  // never re-ingest it (its own tests may be running against it).
  if (opts.reload && existsSync(join(opts.dataRoot, 'foreign-broker'))) {
    say(`the Druid in use was started by another checkout: ${SNAPSHOT} is not reloaded there (make env-down in that checkout, then make seed here)`);
    return;
  }
  if (!opts.reload && (await datasourceLoaded())) {
    say(`${SNAPSHOT} already loaded (make seed reloads it)`);
    return;
  }
  const rows = generateMediawikiHistory();
  const dir = join(opts.dataRoot, 'ingest', SNAPSHOT);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'rows.json'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  say(`${rows.length} rows written; submitting a native batch task for ${SNAPSHOT}`);
  const started = Date.now();
  const { task } = await json<{ task: string }>(`${COORDINATOR}/druid/indexer/v1/task`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ingestionSpec(dir)),
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
  await poll('segments loading', async () => ((await datasourceLoaded()) ? true : undefined), 300000);
  // The broker learns about served segments from ZooKeeper a moment after the coordinator reports
  // them, and a reload replaces older segments: wait until the broker counts exactly the rows written
  // (the `events` metric counts ingested rows, whatever the rollup).
  await poll(
    `broker counting all ${rows.length} rows`,
    async () => {
      const res = await json<{ result: { events: number } }[]>(`${BROKER}/druid/v2/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ queryType: 'timeseries', dataSource: SNAPSHOT, granularity: 'all', intervals: ['2000-01-01/2100-01-01'], aggregations: [{ type: 'longSum', name: 'events', fieldName: 'events' }] }),
      }).catch(() => []);
      return res[0]?.result.events === rows.length ? true : undefined;
    },
    120000,
  );
  say(`${SNAPSHOT} queryable after ${Math.round((Date.now() - started) / 1000)} s`);
}
