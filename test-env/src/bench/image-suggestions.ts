// make bench (after media-analytics): the Data Gateway's suggestions route
// (/public/image_suggestions/suggestions/{wiki}/{page_id}) under autocannon (keep-alive, 50
// connections, 20 s) over the sample's 20,000 pages on five wikis with Zipf popularity (s = 1), so
// request collapsing rarely merges two requests, against the raw cassandra-driver loop running the
// gateway's own prepared query (from the declaration) with the same bind values in the same order
// (key-bench.ts). Needs the sample (`make env-up`) and the bundle.
import { join } from 'node:path';
import { datasetQuery, loadDatasetFile } from '@aqs/servicelib';
import { IS_WIKIS, samplePageIds } from '../sample-image-suggestions.js';
import { runKeyBench, type BenchKey } from './key-bench.js';
import { REPO } from './service-process.js';

const PORT = Number(process.env.BENCH_GATEWAY_PORT ?? 18097);

const suggestions = loadDatasetFile(join(REPO, 'image-suggestions', 'datasets', 'image_suggestions.yaml')).find((d) => d.name === 'suggestions')!;
// Item-major keys, interleaving the wikis so that popularity is spread over all five.
const idsByWiki = IS_WIKIS.map((wiki) => samplePageIds(wiki));
const pages = idsByWiki[0]!.flatMap((_, i) => IS_WIKIS.map((wiki, w) => [wiki, idsByWiki[w]![i]!] as const));
const keys: BenchKey[] = pages.map(([wiki, pageId]) => ({ path: `/public/image_suggestions/suggestions/${wiki}/${pageId}`, binds: [wiki, pageId] }));

await runKeyBench({
  tag: 'bench-gateway',
  service: 'image-suggestions',
  port: PORT,
  keys,
  items: keys.length,
  ranges: 1,
  itemsLabel: `${keys.length} pages on ${IS_WIKIS.length} wikis`,
  requestLabel: 'image suggestions of a page, 1 to 4 rows of 12 columns an answer',
  query: datasetQuery(suggestions),
  columns: ['confidence', 'page_rev', 'section_index'],
});
