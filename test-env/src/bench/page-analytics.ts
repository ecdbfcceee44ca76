// make bench (after device-analytics): page-analytics per-article daily pageviews under autocannon
// (keep-alive, 50 connections, 20 s) over 75,411 distinct (article, range) keys: 1,197 en.wikipedia
// articles (the seasonal ones left out) with Zipf popularity (s = 1), each asked for any of 63
// thirty-day ranges in the sample's recent months, so request collapsing rarely merges two
// requests. In the same run, the raw cassandra-driver loop executes the same query with the same
// bind values in the same order (key-bench.ts). Needs the sample (`make env-up`) and the bundle.
import { perArticleBinds, perArticleQuery } from '@aqs/page-analytics';
import { storeClient } from '@aqs/servicelib/testing';
import { ymd } from '../sample-pageviews-model.js';
import { SEASONAL_TITLES, TITLES } from '../sample-pageviews-titles.js';
import { readSampleWindow } from '../sample-pageviews.js';
import { runKeyBench, type BenchKey } from './key-bench.js';

const PORT = Number(process.env.BENCH_PAGE_PORT ?? 18093);
const RANGE_DAYS = 30;
const ACCESS = 'all-access';
const AGENT = 'all-agents';

// Articles by popularity, less the seasonal ones (no rows in most months: their answers are 404s).
const ARTICLES = TITLES['en.wikipedia'].filter((t) => !(t in SEASONAL_TITLES));

/** Every (article, 30-day range) of the recent months, article-major. */
async function keys(): Promise<{ list: BenchKey[]; ranges: number }> {
  const client = storeClient();
  const w = await readSampleWindow(client).finally(() => client.shutdown());
  const ranges = w.last - w.recentFirst + 1 - (RANGE_DAYS - 1);
  const list: BenchKey[] = [];
  for (const title of ARTICLES) {
    for (let r = 0; r < ranges; r++) {
      const [start, end] = [ymd(w.recentFirst + r), ymd(w.recentFirst + r + RANGE_DAYS - 1)];
      const params = { project: 'en.wikipedia', access: ACCESS, agent: AGENT, article: title, granularity: 'daily', start, end } as const;
      list.push({ path: `/metrics/pageviews/per-article/en.wikipedia/${ACCESS}/${AGENT}/${encodeURIComponent(title)}/daily/${start}/${end}`, binds: perArticleBinds(params) });
    }
  }
  return { list, ranges };
}

const { list, ranges } = await keys();
await runKeyBench({
  tag: 'bench-page',
  service: 'page-analytics',
  port: PORT,
  keys: list,
  items: ARTICLES.length,
  ranges,
  itemsLabel: `${ARTICLES.length} articles`,
  requestLabel: `per-article daily, ${RANGE_DAYS} rows an answer`,
  query: perArticleQuery(ACCESS, AGENT),
  columns: ['views'],
});
