// make bench: device-analytics under autocannon (keep-alive, 50 connections, 20 s) against the raw
// cassandra-driver loop running the same query at the same concurrency, in one run; prints req/s,
// p50, p99, the service/raw ratio and the service's peak RSS. Needs `make env-up` (the Makefile does it).
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import cassandra from 'cassandra-driver';
import { UNIQUE_DEVICES_QUERY } from '@aqs/device-analytics';
import { imageNodeOptions, startServiceProcess } from './service-process.js';
import { peakRssMb, printTable, type LoadResult } from './stats.js';
import { ymd } from '../sample-pageviews-model.js';
import { UNIQUE_DEVICES_KEYSPACE } from '../sample-unique-devices.js';
import { loadedWindowOf } from '../windowed-sample.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const PORT = Number(process.env.BENCH_PORT ?? 18090);
// The last 31 days of the loaded sample window: 31 rows an answer, whatever month it is.
const w = await loadedWindowOf(UNIQUE_DEVICES_KEYSPACE);
const [FIRST, LAST] = [ymd(w.last - 30), ymd(w.last)];
const PATH = `/metrics/unique-devices/en.wikipedia/all-sites/daily/${FIRST}/${LAST}`;
// The bind values the service uses for PATH, so both sides run the very same query.
const PARAMS = ['analytics.wikimedia.org', 'en.wikipedia', 'all-sites', 'daily', FIRST, LAST];

const say = (msg: string) => console.log(`bench: ${msg}`);

async function rowsLoaded(): Promise<number> {
  const client = new cassandra.Client({ contactPoints: ['127.0.0.1'], localDataCenter: 'datacenter1', socketOptions: { readTimeout: 60000 } });
  try {
    const rs = await client.execute('SELECT COUNT(*) AS n FROM "local_group_default_T_unique_devices".data');
    return (rs.first().get('n') as cassandra.types.Long).toNumber();
  } finally {
    await client.shutdown();
  }
}

function startService(): Promise<ChildProcess> {
  return startServiceProcess(
    'device-analytics',
    `listen_address: 127.0.0.1\nlisten_port: ${PORT}\nlog_level: warning\ncontext_timeout: 2000\n` +
      'cassandra:\n  hosts: [127.0.0.1]\n  consistency: one\n  local_dc: datacenter1\n',
    PORT,
  );
}

async function loadService(): Promise<LoadResult> {
  const url = `http://127.0.0.1:${PORT}${PATH}`;
  const check = await fetch(url);
  if (check.status !== 200) throw new Error(`${url} answered ${check.status}: ${await check.text()}`);
  // Warm-up: JIT, prepared statement, connection pool.
  await autocannon({ url, connections: 10, duration: 2 });
  say(`autocannon: ${CONNECTIONS} keep-alive connections for ${SECONDS} s against ${PATH}`);
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, pipelining: 1 });
  return {
    label: 'device-analytics (HTTP)',
    requests: r.requests.total,
    seconds: SECONDS,
    rps: r.requests.total / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
  };
}

function loadRaw(): Promise<LoadResult> {
  say(`raw loop: ${CONNECTIONS} concurrent queries for ${SECONDS} s`);
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [fileURLToPath(new URL('./raw-loop.js', import.meta.url)), String(CONNECTIONS), String(SECONDS), UNIQUE_DEVICES_QUERY, JSON.stringify(PARAMS)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as LoadResult) : reject(new Error(`raw loop exited ${code}`))));
  });
}

const rows = await rowsLoaded();
say(`${rows} unique-devices rows loaded`);
if (rows < 10000) throw new Error('fewer than 10,000 rows: run make seed');
const service = await startService();
try {
  const http = await loadService();
  const rss = peakRssMb(service.pid!);
  const raw = await loadRaw();
  console.log();
  printTable([http, raw]);
  console.log();
  console.log(`service/raw throughput ratio: ${(http.rps / raw.rps).toFixed(2)}  (goal >= 0.8)`);
  console.log(`service peak RSS: ${rss.toFixed(1)} MB  (goal <= 80 MB)`);
  console.log(`service run as its image runs it: device-analytics/bundle/main.js, NODE_OPTIONS="${imageNodeOptions('device-analytics')}"`);
  console.log(`machine: ${(await import('node:os')).cpus().length} cores, node ${process.version}; Cassandra on the same host`);
} finally {
  service.kill('SIGTERM');
}
