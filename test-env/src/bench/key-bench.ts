// A service against the raw driver over many distinct keys (make bench): the service runs as its
// image runs it, autocannon sends keep-alive requests whose paths follow a seeded Zipf-like sequence
// of keys (so request collapsing rarely merges two requests), and the raw cassandra-driver loop
// (raw-key-loop.ts, its own process) executes the service's query with the same bind values in the
// same order. Prints req/s, p50, p99, CPU time per request (/proc utime+stime of the service over
// the run), the service's peak RSS, and the service/raw ratio. Used by page-analytics.ts and
// mediarequests.ts.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { unit } from '../sample-pageviews-model.js';
import { cassandraCpuMeter, ownCpuMeter, processCpuMeter } from './proc-cpu.js';
import { imageNodeOptions, startServiceProcess } from './service-process.js';
import { loadResult } from './load-result.js';
import { peakRssMb, printTable, type LoadResult } from './stats.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const SEQUENCE_LENGTH = 500_000;

/** One distinct request: its path, and the bind values of the query the service runs for it. */
export interface BenchKey {
  path: string;
  binds: unknown[];
}

export interface KeyBench {
  /** `bench-page`: the prefix of progress lines. */
  tag: string;
  service: string;
  port: number;
  /** Keys item-major: `items` × `ranges`, item 0 the most popular. */
  keys: BenchKey[];
  items: number;
  ranges: number;
  /** `1,197 articles`: what the items are, for the summary line. */
  itemsLabel: string;
  /** What one request is, for the autocannon line (`per-article daily, 30 rows an answer`). */
  requestLabel: string;
  query: string;
  /** The row columns the raw loop reads, as the service reads them to shape its answer. */
  columns: string[];
}

/** Key indices: the item by Zipf (s = 1) over popularity rank, the range uniformly; seeded. */
export function zipfSequence(items: number, ranges: number, length: number, stream: number): number[] {
  const cumulative: number[] = [];
  for (let i = 0, sum = 0; i < items; i++) cumulative.push((sum += 1 / (i + 1)));
  const total = cumulative.at(-1)!;
  return Array.from({ length }, (_, k) => {
    const target = unit(stream, k, 1) * total;
    let lo = 0;
    for (let hi = items - 1; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo * ranges + Math.floor(unit(stream, k, 2) * ranges);
  });
}

async function loadService(b: KeyBench, pid: number, measured: number[], warmup: number[], say: (msg: string) => void) {
  const url = `http://127.0.0.1:${b.port}`;
  const first = b.keys[measured[0]!]!.path;
  const check = await fetch(url + first);
  if (check.status !== 200) throw new Error(`${first} answered ${check.status}: ${await check.text()}`);
  const paths = (order: number[]) => {
    let cursor = 0;
    const next = () => b.keys[order[cursor++ % order.length]!]!.path;
    return { requests: [{ method: 'GET' as const, setupRequest: (req: autocannon.Request) => ({ ...req, path: next() }) }], sent: () => cursor };
  };
  await autocannon({ url, connections: 10, duration: 2, ...paths(warmup) });
  say(`autocannon: ${CONNECTIONS} keep-alive connections for ${SECONDS} s, ${b.requestLabel}`);
  const run = paths(measured);
  // On a shared host what the service and autocannon use is taken from Cassandra, which is why
  // service/raw stays under 1 (README "Figures").
  const [serviceCpu, ownCpu, cassandraCpu] = [processCpuMeter(pid), ownCpuMeter(), cassandraCpuMeter()];
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, pipelining: 1, requests: run.requests });
  const result = loadResult(`${b.service} (HTTP)`, r.requests.total, r.duration, r.latency.p50, r.latency.p99, r.errors + r.timeouts + r.non2xx);
  const n = r.requests.total;
  return {
    result,
    cpuMsPerRequest: serviceCpu(n),
    selfCpuMsPerRequest: ownCpu(n),
    cassandraCpuMsPerRequest: cassandraCpu?.(n),
    distinctKeys: new Set(measured.slice(0, run.sent())).size,
  };
}

async function loadRaw(b: KeyBench, measured: number[], warmup: number[], say: (msg: string) => void) {
  const file = join(mkdtempSync(join(tmpdir(), `${b.tag}-`)), 'plan.json');
  writeFileSync(file, JSON.stringify({ query: b.query, columns: b.columns, keys: b.keys.map((k) => k.binds), sequence: measured, warmup: warmup.slice(0, 200) }));
  say(`raw loop: ${CONNECTIONS} concurrent queries for ${SECONDS} s, the same bind values in the same order`);
  const script = fileURLToPath(new URL('./raw-key-loop.js', import.meta.url));
  const cassandraCpu = cassandraCpuMeter();
  const { stdout } = await promisify(execFile)(process.execPath, [script, String(CONNECTIONS), String(SECONDS), file], { maxBuffer: 1 << 20 });
  const raw = JSON.parse(stdout) as LoadResult & { cpuMsPerRequest: number; distinctKeys: number };
  // The loop's own figures cover its measured seconds only; Cassandra's here also its short warm-up.
  return { ...raw, cassandraCpuMsPerRequest: cassandraCpu?.(raw.requests) };
}

export async function runKeyBench(b: KeyBench): Promise<void> {
  const say = (msg: string) => console.log(`${b.tag}: ${msg}`);
  const measured = zipfSequence(b.items, b.ranges, SEQUENCE_LENGTH, 1001);
  const warmup = zipfSequence(b.items, b.ranges, 2000, 1002);
  say(`${b.keys.length} distinct keys (${b.itemsLabel} × ${b.ranges} ranges), ${SEQUENCE_LENGTH} draws`);
  const service = await startServiceProcess(
    b.service,
    `listen_address: 127.0.0.1\nlisten_port: ${b.port}\nlog_level: warning\ncontext_timeout: 2000\n` +
      'cassandra:\n  hosts: [127.0.0.1]\n  consistency: one\n  local_dc: datacenter1\n',
    b.port,
  );
  try {
    const http = await loadService(b, service.pid!, measured, warmup, say);
    const rss = peakRssMb(service.pid!);
    const raw = await loadRaw(b, measured, warmup, say);
    console.log();
    printTable([http.result, raw]);
    console.log();
    console.log(`service/raw throughput ratio: ${(http.result.rps / raw.rps).toFixed(2)}`);
    console.log(`CPU per request: service ${http.cpuMsPerRequest.toFixed(3)} ms, raw loop ${raw.cpuMsPerRequest.toFixed(3)} ms`);
    if (http.cassandraCpuMsPerRequest !== undefined && raw.cassandraCpuMsPerRequest !== undefined) {
      const f = (ms: number) => ms.toFixed(3);
      const serviceRun = http.cpuMsPerRequest + http.selfCpuMsPerRequest + http.cassandraCpuMsPerRequest;
      const rawRun = raw.cpuMsPerRequest + raw.cassandraCpuMsPerRequest;
      console.log(
        `CPU per request, whole host: service run ${f(serviceRun)} ms (service ${f(http.cpuMsPerRequest)} + autocannon ${f(http.selfCpuMsPerRequest)} + Cassandra ${f(http.cassandraCpuMsPerRequest)}), ` +
          `raw run ${f(rawRun)} ms (loop ${f(raw.cpuMsPerRequest)} + Cassandra ${f(raw.cassandraCpuMsPerRequest)})`,
      );
      console.log(`service/raw bound when the host's cores are the limit: ${(rawRun / serviceRun).toFixed(2)} (raw run's CPU per request / service run's)`);
    }
    console.log(`distinct keys requested: service ${http.distinctKeys}, raw loop ${raw.distinctKeys}`);
    console.log(`service peak RSS: ${rss.toFixed(1)} MB`);
    console.log(`service run as its image runs it: ${b.service}/bundle/main.js, NODE_OPTIONS="${imageNodeOptions(b.service)}"`);
    console.log(`machine: ${cpus().length} cores, node ${process.version}; Cassandra on the same host`);
  } finally {
    service.kill('SIGTERM');
  }
}
