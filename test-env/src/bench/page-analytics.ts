// make bench (after device-analytics): page-analytics per-article daily pageviews under autocannon
// (keep-alive, 50 connections, 20 s) over 75,411 distinct (article, range) keys: 1,197 en.wikipedia
// articles (the seasonal ones left out) with Zipf popularity (s = 1), each asked for any of 63
// thirty-day ranges in the sample's recent months, so request collapsing rarely merges two
// requests. In the same run, the raw cassandra-driver loop executes the same query with the same
// bind values in the same order.
// Prints req/s, p50, p99, CPU time per request (/proc utime+stime of the service over the run),
// the service's peak RSS, and the service/raw ratio. Needs the sample (`make env-up`) and the bundle.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { perArticleBinds, perArticleQuery } from '@aqs/page-analytics';
import { storeClient } from '@aqs/servicelib/testing';
import { unit, ymd } from '../sample-pageviews-model.js';
import { SEASONAL_TITLES, TITLES } from '../sample-pageviews-titles.js';
import { readSampleWindow } from '../sample-pageviews.js';
import { cpuSeconds } from './proc-cpu.js';
import { imageNodeOptions, startServiceProcess } from './service-process.js';
import { loadResult } from './load-result.js';
import { peakRssMb, printTable, type LoadResult } from './stats.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const PORT = Number(process.env.BENCH_PAGE_PORT ?? 18093);
const RANGE_DAYS = 30;
const SEQUENCE_LENGTH = 500_000;
const ACCESS = 'all-access';
const AGENT = 'all-agents';

const say = (msg: string) => console.log(`bench-page: ${msg}`);

interface Key {
  path: string;
  binds: unknown[];
}

// Articles by popularity, less the seasonal ones (no rows in most months: their answers are 404s).
const ARTICLES = TITLES['en.wikipedia'].filter((t) => !(t in SEASONAL_TITLES));

/** Every (article, 30-day range) of the recent months, article-major. */
async function keys(): Promise<{ list: Key[]; ranges: number }> {
  const client = storeClient();
  const w = await readSampleWindow(client).finally(() => client.shutdown());
  const ranges = w.last - w.recentFirst + 1 - (RANGE_DAYS - 1);
  const list: Key[] = [];
  for (const title of ARTICLES) {
    for (let r = 0; r < ranges; r++) {
      const [start, end] = [ymd(w.recentFirst + r), ymd(w.recentFirst + r + RANGE_DAYS - 1)];
      const params = { project: 'en.wikipedia', access: ACCESS, agent: AGENT, article: title, granularity: 'daily', start, end } as const;
      list.push({ path: `/metrics/pageviews/per-article/en.wikipedia/${ACCESS}/${AGENT}/${encodeURIComponent(title)}/daily/${start}/${end}`, binds: perArticleBinds(params) });
    }
  }
  return { list, ranges };
}

/** Key indices: the article by Zipf (s = 1) over popularity rank, the range uniformly; seeded. */
function sequence(articles: number, ranges: number, length: number, stream: number): number[] {
  const cumulative: number[] = [];
  for (let i = 0, sum = 0; i < articles; i++) cumulative.push((sum += 1 / (i + 1)));
  const total = cumulative.at(-1)!;
  return Array.from({ length }, (_, k) => {
    const target = unit(stream, k, 1) * total;
    let lo = 0;
    for (let hi = articles - 1; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo * ranges + Math.floor(unit(stream, k, 2) * ranges);
  });
}

async function loadService(pid: number, list: Key[], measured: number[], warmup: number[]) {
  const url = `http://127.0.0.1:${PORT}`;
  const check = await fetch(url + list[measured[0]!]!.path);
  if (check.status !== 200) throw new Error(`${list[measured[0]!]!.path} answered ${check.status}: ${await check.text()}`);
  const paths = (order: number[]) => {
    let cursor = 0;
    const next = () => list[order[cursor++ % order.length]!]!.path;
    return { requests: [{ method: 'GET' as const, setupRequest: (req: autocannon.Request) => ({ ...req, path: next() }) }], sent: () => cursor };
  };
  await autocannon({ url, connections: 10, duration: 2, ...paths(warmup) });
  say(`autocannon: ${CONNECTIONS} keep-alive connections for ${SECONDS} s, per-article daily, ${RANGE_DAYS} rows an answer`);
  const run = paths(measured);
  const cpuBefore = cpuSeconds(pid);
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, pipelining: 1, requests: run.requests });
  const cpu = cpuSeconds(pid) - cpuBefore;
  const result = loadResult('page-analytics (HTTP)', r.requests.total, r.duration, r.latency.p50, r.latency.p99, r.errors + r.timeouts + r.non2xx);
  return { result, cpuMsPerRequest: (cpu * 1000) / Math.max(1, r.requests.total), distinctKeys: new Set(measured.slice(0, run.sent())).size };
}

async function loadRaw(plan: object) {
  const file = join(mkdtempSync(join(tmpdir(), 'bench-page-')), 'plan.json');
  writeFileSync(file, JSON.stringify(plan));
  say(`raw loop: ${CONNECTIONS} concurrent queries for ${SECONDS} s, the same bind values in the same order`);
  const script = fileURLToPath(new URL('./raw-key-loop.js', import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, [script, String(CONNECTIONS), String(SECONDS), file], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as LoadResult & { cpuMsPerRequest: number; distinctKeys: number };
}

const { list, ranges } = await keys();
const measured = sequence(ARTICLES.length, ranges, SEQUENCE_LENGTH, 1001);
const warmup = sequence(ARTICLES.length, ranges, 2000, 1002);
say(`${list.length} distinct keys (${ARTICLES.length} articles × ${ranges} ranges), ${SEQUENCE_LENGTH} draws`);
const service = await startServiceProcess(
  'page-analytics',
  `listen_address: 127.0.0.1\nlisten_port: ${PORT}\nlog_level: warning\ncontext_timeout: 2000\n` +
    'cassandra:\n  hosts: [127.0.0.1]\n  consistency: one\n  local_dc: datacenter1\n',
  PORT,
);
try {
  const http = await loadService(service.pid!, list, measured, warmup);
  const rss = peakRssMb(service.pid!);
  const raw = await loadRaw({ query: perArticleQuery(ACCESS, AGENT), keys: list.map((k) => k.binds), sequence: measured, warmup: warmup.slice(0, 200) });
  console.log();
  printTable([http.result, raw]);
  console.log();
  console.log(`service/raw throughput ratio: ${(http.result.rps / raw.rps).toFixed(2)}`);
  console.log(`CPU per request: service ${http.cpuMsPerRequest.toFixed(3)} ms, raw loop ${raw.cpuMsPerRequest.toFixed(3)} ms`);
  console.log(`distinct keys requested: service ${http.distinctKeys}, raw loop ${raw.distinctKeys}`);
  console.log(`service peak RSS: ${rss.toFixed(1)} MB`);
  console.log(`service run as its image runs it: page-analytics/bundle/main.js, NODE_OPTIONS="${imageNodeOptions('page-analytics')}"`);
  console.log(`machine: ${cpus().length} cores, node ${process.version}; Cassandra on the same host`);
} finally {
  service.kill('SIGTERM');
}
