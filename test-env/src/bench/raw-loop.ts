// The ceiling: the same prepared query through cassandra-driver at the same concurrency, no HTTP.
// Run as its own process so it shares nothing with the load generator:
//   node test-env/dist/bench/raw-loop.js <connections> <seconds> <query> <json params>
import cassandra from 'cassandra-driver';
import { percentile, type LoadResult } from './stats.js';

const [conc = '50', secs = '20', query = '', paramsJson = '[]'] = process.argv.slice(2);
const concurrency = Number(conc);
const seconds = Number(secs);
const params = JSON.parse(paramsJson) as unknown[];

const client = new cassandra.Client({
  contactPoints: ['127.0.0.1'],
  localDataCenter: 'datacenter1',
  protocolOptions: { port: Number(process.env.CASSANDRA_PORT ?? 9042) },
  queryOptions: { consistency: cassandra.types.consistencies.one, prepare: true, fetchSize: 5000 },
  pooling: { warmup: true },
});
await client.connect();
// Warm up: prepare the statement and the connections, as the service is warmed up by its first requests.
for (let i = 0; i < 200; i++) await client.execute(query, params, { prepare: true });

const latencies: number[] = [];
let errors = 0;
const stopAt = performance.now() + seconds * 1000;
async function worker() {
  while (performance.now() < stopAt) {
    const t0 = performance.now();
    try {
      const rs = await client.execute(query, params, { prepare: true });
      // Touch every value, as the service does when it shapes rows.
      for (const row of rs.rows) for (const k of row.keys()) void row.get(k);
      latencies.push(performance.now() - t0);
    } catch {
      errors++;
    }
  }
}
const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, worker));
const elapsed = (performance.now() - started) / 1000;
await client.shutdown();
latencies.sort((a, b) => a - b);
const result: LoadResult = {
  label: 'raw cassandra-driver',
  requests: latencies.length,
  seconds: elapsed,
  rps: latencies.length / elapsed,
  p50: percentile(latencies, 50),
  p99: percentile(latencies, 99),
  errors,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
