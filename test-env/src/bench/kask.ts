// make bench-kask: Kask under autocannon on the local Cassandra, 1 KiB values, keep-alive, 100
// connections: a GET-heavy mix (100 GET : 1 POST over 10,000 preloaded keys) and a POST-only run.
// Prints req/s, p50 and p99 for each, and Kask's peak RSS over both runs.
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import autocannon from 'autocannon';
import { imageNodeOptions, startServiceProcess } from './service-process.js';
import { processCpuMeter } from './proc-cpu.js';
import { peakRssMb, printTable, type LoadResult } from './stats.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
// Not 18081: the local Druid coordinator listens there (design.md §1).
const PORT = Number(process.env.BENCH_KASK_PORT ?? 18181);
const KEYS = 10000;
const BASE = '/sessions/v1/';
const VALUE = randomBytes(1024);
const prefix = `bench-${randomBytes(4).toString('hex')}`;
const keyPath = (i: number) => `${BASE}${prefix}-${i}`;
const randomKeyPath = () => keyPath(Math.floor(Math.random() * KEYS));

const say = (msg: string) => console.log(`bench-kask: ${msg}`);

async function preload(origin: string): Promise<void> {
  say(`writing ${KEYS} keys with 1 KiB values`);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < KEYS) {
      const i = next++;
      const r = await fetch(origin + keyPath(i), { method: 'POST', body: VALUE });
      if (r.status !== 201) throw new Error(`preload POST answered ${r.status}`);
      if (++done % 2500 === 0) say(`  ${done}/${KEYS}`);
    }
  };
  await Promise.all(Array.from({ length: 50 }, worker));
}

function result(label: string, r: autocannon.Result): LoadResult {
  return {
    label,
    requests: r.requests.total,
    seconds: r.duration,
    rps: r.requests.total / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
  };
}

const get: autocannon.Request = { method: 'GET', setupRequest: (req) => ({ ...req, path: randomKeyPath() }) };
const post: autocannon.Request = {
  method: 'POST',
  body: VALUE,
  headers: { 'content-type': 'application/octet-stream' },
  setupRequest: (req) => ({ ...req, path: randomKeyPath() }),
};

/** CPU time of the Kask process per request of each load (/proc utime + stime over the load). */
const cpuMsPerRequest = new Map<string, number>();

async function load(origin: string, label: string, requests: autocannon.Request[], seconds = SECONDS): Promise<LoadResult> {
  say(`${label}: ${CONNECTIONS} keep-alive connections for ${seconds} s`);
  const kaskCpu = processCpuMeter(kask.pid!);
  const r = await autocannon({ url: origin, connections: CONNECTIONS, duration: seconds, requests });
  cpuMsPerRequest.set(label, kaskCpu(r.requests.total));
  return result(label, r);
}

const kask = await startServiceProcess(
  'kask',
  `base_uri: ${BASE}\nlisten_address: 127.0.0.1\nlisten_port: ${PORT}\nlog_level: warning\ndefault_ttl: 3600\n` +
    'cassandra:\n  hosts: [127.0.0.1]\n  local_dc: datacenter1\n',
  PORT,
);
try {
  const origin = `http://127.0.0.1:${PORT}`;
  await preload(origin);
  await load(origin, 'warm-up', [get], 2);
  const mix = await load(origin, 'GET-heavy (100 GET : 1 POST)', [post, ...Array.from({ length: 100 }, () => get)]);
  const posts = await load(origin, 'POST only', [post]);
  const rss = peakRssMb(kask.pid!);
  console.log();
  printTable([mix, posts]);
  console.log();
  for (const r of [mix, posts]) console.log(`CPU per request, ${r.label}: ${cpuMsPerRequest.get(r.label)!.toFixed(3)} ms`);
  console.log(`kask peak RSS: ${rss.toFixed(1)} MB (whole run)`);
  console.log(`kask run as its image runs it: kask/bundle/main.js, NODE_OPTIONS="${imageNodeOptions('kask')}"`);
  console.log(`values 1 KiB; ${KEYS} keys; machine: ${cpus().length} cores, node ${process.version}; Cassandra on the same host`);
} finally {
  kask.kill('SIGTERM');
}
