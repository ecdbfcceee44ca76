// make bench (after page-analytics): media-analytics per-file daily mediarequests under autocannon
// (keep-alive, 50 connections, 20 s) over the (file, range) keys of the sample's 2,400 generated
// files with Zipf popularity (s = 1), each asked for any of the thirty-day ranges in the sample's
// recent months (all-referers, all-agents: both columns read), against the raw cassandra-driver loop
// with the same query and bind values in the same order (key-bench.ts). Needs the sample
// (`make env-up`) and the bundle.
import { PER_FILE_QUERY, perFileBinds } from '@aqs/media-analytics';
import { ymd } from '../sample-pageviews-model.js';
import { GENERATED_FILES, SAMPLE_FILES } from '../sample-mediarequests-files.js';
import { MEDIA_KEYSPACE } from '../sample-mediarequests.js';
import { loadedWindowOf } from '../windowed-sample.js';
import { runKeyBench, type BenchKey } from './key-bench.js';

const PORT = Number(process.env.BENCH_MEDIA_PORT ?? 18092);
const RANGE_DAYS = 30;
const REFERER = 'all-referers';
const AGENT = 'all-agents';

const w = await loadedWindowOf(MEDIA_KEYSPACE);
const ranges = w.last - w.recentFirst + 1 - (RANGE_DAYS - 1);
const keys: BenchKey[] = [];
for (const file of SAMPLE_FILES.slice(0, GENERATED_FILES)) {
  for (let r = 0; r < ranges; r++) {
    const [start, end] = [ymd(w.recentFirst + r), ymd(w.recentFirst + r + RANGE_DAYS - 1)];
    const binds = perFileBinds({ referer: REFERER, agent: AGENT, file_path: file.actual, granularity: 'daily', start, end });
    keys.push({ path: `/metrics/mediarequests/per-file/${REFERER}/${AGENT}/${encodeURIComponent(file.actual)}/daily/${start}/${end}`, binds });
  }
}

await runKeyBench({
  tag: 'bench-media',
  service: 'media-analytics',
  port: PORT,
  keys,
  items: GENERATED_FILES,
  ranges,
  itemsLabel: `${GENERATED_FILES} files`,
  requestLabel: `mediarequests per-file daily, ${RANGE_DAYS} rows an answer`,
  query: PER_FILE_QUERY,
  columns: ['user', 'spider'],
});
