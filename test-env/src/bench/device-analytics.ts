// make bench: device-analytics. The headline load spreads over many distinct keys, as real traffic
// does (key-bench.ts): every (project, access-site) of the sample with Zipf popularity, each asked for
// any 31-day daily window of the loaded sample, so request collapsing rarely merges two requests; the
// raw cassandra-driver loop runs the same query with the same bind values in the same order. A second,
// shorter line repeats one URL (the hot key) to show what collapsing gives. Needs `make env-up` and the
// bundle (the Makefile does both).
import autocannon from 'autocannon';
import { UNIQUE_DEVICES_QUERY } from '@aqs/device-analytics';
import { ymd } from '../sample-pageviews-model.js';
import { ACCESS_SITES, DOMAIN, UNIQUE_DEVICES_KEYSPACE, UNIQUE_DEVICES_PROJECTS } from '../sample-unique-devices.js';
import { loadedWindowOf } from '../windowed-sample.js';
import { runKeyBench, type BenchKey } from './key-bench.js';
import { startServiceProcess } from './service-process.js';
import { peakRssMb } from './stats.js';

const PORT = Number(process.env.BENCH_PORT ?? 18090);
const WINDOW_DAYS = 31;
const HOT_SECONDS = Number(process.env.BENCH_HOT_SECONDS ?? 10);

const w = await loadedWindowOf(UNIQUE_DEVICES_KEYSPACE);
const ranges = w.last - w.first + 1 - (WINDOW_DAYS - 1);
const items = UNIQUE_DEVICES_PROJECTS.flatMap((project) => ACCESS_SITES.map((site) => ({ project, site })));
const keys: BenchKey[] = items.flatMap(({ project, site }) =>
  Array.from({ length: ranges }, (_, r) => {
    const [start, end] = [ymd(w.first + r), ymd(w.first + r + WINDOW_DAYS - 1)];
    return { path: `/metrics/unique-devices/${project}/${site}/daily/${start}/${end}`, binds: [DOMAIN, project, site, 'daily', start, end] };
  }),
);

await runKeyBench({
  tag: 'bench-devices',
  service: 'device-analytics',
  port: PORT,
  keys,
  items: items.length,
  ranges,
  itemsLabel: `${items.length} project × access-site pairs`,
  requestLabel: `daily, ${WINDOW_DAYS} rows an answer`,
  query: UNIQUE_DEVICES_QUERY,
  columns: ['timestamp', 'devices', 'offset', 'underestimate', '_del'],
});

// The hot key: one URL, the last 31 days of the window (identical in-flight reads are collapsed).
const hot = keys[ranges - 1]!.path;
const service = await startServiceProcess(
  'device-analytics',
  `listen_address: 127.0.0.1\nlisten_port: ${PORT}\nlog_level: warning\ncontext_timeout: 2000\ncassandra:\n  hosts: [127.0.0.1]\n  consistency: one\n  local_dc: datacenter1\n`,
  PORT,
);
try {
  const url = `http://127.0.0.1:${PORT}${hot}`;
  await autocannon({ url, connections: 10, duration: 2 });
  const r = await autocannon({ url, connections: 50, duration: HOT_SECONDS });
  console.log(
    `\nbench-devices: hot key ${hot}, 50 connections for ${HOT_SECONDS} s: ${Math.round(r.requests.total / r.duration)} req/s, ` +
      `p99 ${r.latency.p99} ms, ${r.errors + r.timeouts + r.non2xx} errors, peak RSS ${peakRssMb(service.pid!).toFixed(1)} MB`,
  );
} finally {
  service.kill('SIGTERM');
}
