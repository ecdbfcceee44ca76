// The 14 Commons Impact Metrics tables through the gateway (aqs2-notes §1.1-§1.3, the contract with
// commons-impact-analytics): /public/commons/<table>/{partition key…}[/{start}/{end}], start and end
// RFC 3339 and both included, year and month ints (`1` and `01`), rows in clustering order with
// every column under its stored name, bigint past 2^53 as a string, timestamps with milliseconds.
// The rows are the test's own, under a category no sample uses.
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import cassandra from 'cassandra-driver';
import { loadDatasetFile } from '@aqs/servicelib';
import { storeClient } from '@aqs/servicelib/testing';
import { COMMONS_DATASETS_FILE } from '@aqs/aqsassist';
import { startGateway } from './harness.js';

const { Long } = cassandra.types;
type Gateway = Awaited<ReturnType<typeof startGateway>>;

describe('image-suggestions: the commons datasets (real Cassandra, rows the test writes)', function () {
  this.timeout(30000);
  const category = `Gateway_test_${randomBytes(6).toString('hex')}_(1900–1950)?`;
  const enc = encodeURIComponent(category);
  const months = [1, 2, 3].map((m) => new Date(Date.UTC(2024, m - 1, 1)));
  let gw: Gateway;

  before(async () => {
    const client = storeClient();
    try {
      for (const [i, dt] of months.entries()) {
        await client.execute(
          'INSERT INTO commons.category_metrics_snapshot (category, dt, media_file_count, media_file_count_deep, used_media_file_count, used_media_file_count_deep, leveraging_wiki_count, leveraging_wiki_count_deep, leveraging_page_count, leveraging_page_count_deep) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [category, dt, 10 + i, 20 + i, 5, 6, 2, 3, 7, i === 2 ? null : 8],
          { prepare: true },
        );
        await client.execute(
          'INSERT INTO commons.pageviews_per_category_monthly (category, category_scope, wiki, dt, pageview_count) VALUES (?, ?, ?, ?, ?)',
          [category, 'deep', 'all-wikis', dt, i === 0 ? Long.fromString('9007199254740993') : Long.fromNumber(1000 * i)],
          { prepare: true },
        );
      }
      for (const [rank, wiki, views] of [[1, 'en.wikipedia', 500], [2, 'ca.wikipedia', 300], [2, 'de.wikipedia', 300]] as const) {
        await client.execute(
          'INSERT INTO commons.top_wikis_per_category_monthly (category, category_scope, year, month, rank, wiki, pageview_count) VALUES (?, ?, ?, ?, ?, ?, ?)',
          [category, 'shallow', 2024, 1, rank, wiki, Long.fromNumber(views)],
          { prepare: true },
        );
      }
    } finally {
      await client.shutdown();
    }
    gw = await startGateway();
  });
  after(async () => {
    await gw?.close();
    // The rows go again: the commons keyspace is shared with the sample and other suites.
    const client = storeClient();
    try {
      await client.execute('DELETE FROM commons.category_metrics_snapshot WHERE category = ?', [category], { prepare: true });
      await client.execute('DELETE FROM commons.pageviews_per_category_monthly WHERE category = ? AND category_scope = ? AND wiki = ?', [category, 'deep', 'all-wikis'], { prepare: true });
      await client.execute('DELETE FROM commons.top_wikis_per_category_monthly WHERE category = ? AND category_scope = ? AND year = ? AND month = ?', [category, 'shallow', 2024, 1], { prepare: true });
    } finally {
      await client.shutdown();
    }
  });

  it('serves a time series between start and end, both included, nulls as null', async () => {
    const r = await gw.get(`/public/commons/category_metrics_snapshot/${enc}/2024-02-01T00:00:00Z/2024-03-01T00:00:00Z`);
    expect(r.status, r.text).to.equal(200);
    expect(r.body.rows).to.deep.equal([
      { category, dt: '2024-02-01T00:00:00.000Z', leveraging_page_count: 7, leveraging_page_count_deep: 8, leveraging_wiki_count: 2, leveraging_wiki_count_deep: 3, media_file_count: 11, media_file_count_deep: 21, used_media_file_count: 5, used_media_file_count_deep: 6 },
      { category, dt: '2024-03-01T00:00:00.000Z', leveraging_page_count: 7, leveraging_page_count_deep: null, leveraging_wiki_count: 2, leveraging_wiki_count_deep: 3, media_file_count: 12, media_file_count_deep: 22, used_media_file_count: 5, used_media_file_count_deep: 6 },
    ]);
  });

  it('writes a bigint past 2^53 as a string and the others as numbers', async () => {
    const r = await gw.get(`/public/commons/pageviews_per_category_monthly/${enc}/deep/all-wikis/2024-01-01T00:00:00Z/2024-12-31T00:00:00Z`);
    expect(r.body.rows.map((row: { pageview_count: unknown }) => row.pageview_count)).to.deep.equal(['9007199254740993', 1000, 2000]);
    expect(Object.keys(r.body.rows[0])).to.deep.equal(['category', 'category_scope', 'wiki', 'dt', 'pageview_count']);
  });

  it('serves a top list whole, in rank order with ties, for month 1 and 01 alike', async () => {
    const one = await gw.get(`/public/commons/top_wikis_per_category_monthly/${enc}/shallow/2024/1`);
    const zero = await gw.get(`/public/commons/top_wikis_per_category_monthly/${enc}/shallow/2024/01`);
    expect(one.text).to.equal(zero.text);
    expect(one.body.rows).to.deep.equal([
      { category, category_scope: 'shallow', year: 2024, month: 1, rank: 1, wiki: 'en.wikipedia', pageview_count: 500 },
      { category, category_scope: 'shallow', year: 2024, month: 1, rank: 2, wiki: 'ca.wikipedia', pageview_count: 300 },
      { category, category_scope: 'shallow', year: 2024, month: 1, rank: 2, wiki: 'de.wikipedia', pageview_count: 300 },
    ]);
  });

  it('answers 200 {"rows":[]} for a partition without rows, and 400 for a month or a date that is not one', async () => {
    expect((await gw.get(`/public/commons/top_wikis_per_category_monthly/${enc}/shallow/2023/1`)).text).to.equal('{"rows":[]}');
    const month = await gw.get(`/public/commons/top_wikis_per_category_monthly/${enc}/shallow/2024/jan`);
    expect([month.status, month.body.detail]).to.deep.equal([400, "Invalid month: 'jan' is not a whole number from -2147483648 to 2147483647 (CQL int)"]);
    const start = await gw.get(`/public/commons/category_metrics_snapshot/${enc}/20240101/20241231`);
    expect([start.status, start.body.detail]).to.deep.equal([400, "Invalid start: '20240101' is not an RFC 3339 date-time such as 2024-01-01T00:00:00Z (CQL timestamp)"]);
  });

  it('answers every one of the 14 commons routes from its table (the contract path shapes)', async () => {
    const datasets = loadDatasetFile(COMMONS_DATASETS_FILE);
    expect(datasets).to.have.length(14);
    const value: Record<string, string> = { start: '2024-01-01T00:00:00Z', end: '2024-12-31T00:00:00Z', year: '2024', month: '1' };
    for (const d of datasets) {
      const path = d.route.replace(/\{([^}]+)\}/g, (_m, name: string) => value[name] ?? enc);
      const r = await gw.get(path);
      expect(r.status, `${path}: ${r.text}`).to.equal(200);
      expect(r.body.rows, path).to.be.an('array');
      expect(d.route).to.match(new RegExp(`^/public/commons/${d.table}/`));
    }
  });
});
