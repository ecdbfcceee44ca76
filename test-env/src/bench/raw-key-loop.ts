// The ceiling for a benchmark over many keys: one prepared query through cassandra-driver, its bind
// values taken in the order of a plan file, at a given concurrency, no HTTP. Its own process, so it
// shares nothing with the load generator:
//   node test-env/dist/bench/raw-key-loop.js <connections> <seconds> <plan.json>
// plan.json: { query, keys: bind values[], sequence: key indices (the measured run), warmup: key indices,
// columns: the row columns to read (default ["views"]) }.
// Prints one JSON line: the LoadResult plus cpuMsPerRequest (this process) and distinctKeys.
import { readFileSync } from 'node:fs';
import { storeClient } from '@aqs/servicelib/testing';
import { loadResult } from './load-result.js';
import { percentile } from './stats.js';

interface Plan {
  query: string;
  keys: unknown[][];
  sequence: number[];
  warmup: number[];
  columns?: string[];
}

const [connections = '50', seconds = '20', planFile = ''] = process.argv.slice(2);
const plan = JSON.parse(readFileSync(planFile, 'utf8')) as Plan;
const columns = plan.columns ?? ['views'];
const client = storeClient();
await client.connect();
const run = (key: number) => client.execute(plan.query, plan.keys[key]!, { prepare: true });
for (const key of plan.warmup) await run(key);

const latencies: number[] = [];
const seen = new Set<number>();
let cursor = 0;
let errors = 0;
let checksum = 0;
/** A value read as the service reads it: numbers as they are, bigint (Long) as a number, text by its length. */
const figure = (v: unknown): number =>
  typeof v === 'number' ? v : v == null ? 0 : typeof (v as { toNumber?: unknown }).toNumber === 'function' ? (v as { toNumber(): number }).toNumber() : String(v).length;
const cpuBefore = process.cpuUsage();
const started = performance.now();
const until = started + Number(seconds) * 1000;
const lanes = Array.from({ length: Number(connections) }, async () => {
  while (performance.now() < until) {
    const key = plan.sequence[cursor++ % plan.sequence.length]!;
    seen.add(key);
    const sent = performance.now();
    try {
      // Every row's value is read, as the service reads it to shape the answer.
      for (const row of (await run(key)).rows) for (const c of columns) checksum += figure(row[c]);
      latencies.push(performance.now() - sent);
    } catch {
      errors++;
    }
  }
});
await Promise.all(lanes);
const elapsed = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
await client.shutdown();
latencies.sort((a, b) => a - b);
const result = {
  ...loadResult('raw cassandra-driver', latencies.length, elapsed, percentile(latencies, 50), percentile(latencies, 99), errors),
  cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length),
  distinctKeys: seen.size,
  checksum,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
