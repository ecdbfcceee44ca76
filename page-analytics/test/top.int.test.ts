// Pageviews top against the real Cassandra: spec §5.1 #20-24, the legacy `articles` text and its
// 500 (§2.3, §1.9), and the sample's daily and monthly lists against their oracle.
import { expect } from 'chai';
import { NO_DATA_DETAIL } from '@aqs/aqsassist';
import { dateOf } from '../../test-env/src/sample-pageviews-model.js';
import { topArticles } from '../../test-env/src/sample-pageviews-tops.js';
import { monthOf } from '../../test-env/src/sample-pageviews-window.js';
import { STORED_LIST_INVALID as INVALID_JSON_DETAIL } from '@aqs/aqsassist';
import { topResponse } from '../src/schemas.js';
import { BAD, DOMAIN, INSERT, LOADER_TID, NEWER_TID, expectProblem, itemsOf, withPageAnalytics } from './harness.js';

const INSERT_BOTH =
  'INSERT INTO "local_group_default_T_top_pageviews".data ("_domain", project, access, year, month, day, "_tid", articles, "articlesJSON") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';
const TIED = [
  { rank: 2, article: 'two\\', views: 1000 },
  { rank: 1, article: 'o"n"e', views: 2000 },
];

describe('page-analytics: GET /metrics/pageviews/top (real Cassandra)', function () {
  const t = withPageAnalytics();
  const url = (suffix: string) => t.url(`pageviews/top/${suffix}`);
  const write = (key: string[], articles: string | null, articlesJSON: string | null, tid = LOADER_TID) =>
    t.write(INSERT_BOTH, [DOMAIN, ...key, tid, articles, articlesJSON]);

  before(async () => {
    await t.write(INSERT.top, [DOMAIN, 'en.wikipedia', 'mobile-web', '2015', '01', 'all-days', LOADER_TID, JSON.stringify(TIED)]);
  });

  describe('spec §5.1 cases 20-24', () => {
    for (const [n, path] of [
      [20, 'en.wikipedia/mobile-web/2015/01/all-dayz'],
      [21, 'en.wikipedia/mobile-web/all-years/01/all-days'],
      [22, 'en.wikipedia/mobile-web/2all-months5/01/all-days'],
      [23, 'en.wikipedia/mobile-web/2015/02/29'],
    ] as const) {
      it(`${n}: ${path} is a 400`, () => expectProblem(url(path), 400, BAD.yearMonthDay));
    }
    it('24: the list comes sorted by rank', async () => {
      const items = await itemsOf(url('en.wikipedia/mobile-web/2015/01/all-days'));
      topResponse.parse({ items });
      const [{ articles, ...item }] = items as [Record<string, unknown>];
      expect(Object.keys(items[0]!)).to.deep.equal(['project', 'access', 'year', 'month', 'day', 'articles']);
      expect(item).to.deep.equal({ project: 'en.wikipedia', access: 'mobile-web', year: '2015', month: '01', day: 'all-days' });
      expect(articles).to.deep.equal([TIED[1], TIED[0]]);
    });
  });

  describe('rules of §2.3', () => {
    it('reads the deprecated `articles` text when articlesJSON is null', async () => {
      await write(['legacy.wikipedia', 'desktop', '2015', '02', '01'], JSON.stringify(TIED), null);
      const [item] = await itemsOf(url('legacy.wikipedia/desktop/2015/02/01'));
      expect(item!.articles.map((a: { rank: number }) => a.rank)).to.deep.equal([1, 2]);
    });
    it('prefers articlesJSON when both are there', async () => {
      await write(['legacy.wikipedia', 'desktop', '2015', '02', '02'], JSON.stringify(TIED), JSON.stringify([{ article: 'json', views: 5, rank: 1 }]));
      const [item] = await itemsOf(url('legacy.wikipedia/desktop/2015/02/02'));
      expect(item!.articles).to.deep.equal([{ article: 'json', views: 5, rank: 1 }]);
    });
    it('answers the 500 problem of §1.9 when the stored text is not JSON', async () => {
      await write(['legacy.wikipedia', 'desktop', '2015', '02', '03'], '[{"article": broken', null);
      await expectProblem(url('legacy.wikipedia/desktop/2015/02/03'), 500, INVALID_JSON_DETAIL);
    });
    it('keeps stored order between equal ranks, and answers the newest _tid version', async () => {
      const key = ['ties.wikipedia', 'all-access', '2015', '03', '01'];
      await write(key, null, JSON.stringify([{ article: 'old', views: 1, rank: 1 }]));
      const tied = [
        { article: 'c', views: 5, rank: 2 },
        { article: 'a', views: 9, rank: 1 },
        { article: 'b', views: 5, rank: 2 },
      ];
      await write(key, null, JSON.stringify(tied), NEWER_TID);
      const [item] = await itemsOf(url('ties.wikipedia/all-access/2015/03/01'));
      expect(item!.articles.map((a: { article: string }) => a.article)).to.deep.equal(['a', 'c', 'b']);
    });
    it('normalises the project, refuses a bad one, and answers a missing list with the no-data 404', async () => {
      const [item] = await itemsOf(url('WWW.EN.WIKIPEDIA.ORG/mobile-web/2015/01/all-days'));
      expect(item!.project).to.equal('en.wikipedia');
      await expectProblem(url("w'eird/mobile-web/2015/01/all-days"), 400, BAD.project);
      await expectProblem(url('en.wikipedia/mobile-web/2014/01/all-days'), 404, NO_DATA_DETAIL);
      await expectProblem(url('en.wikipedia/all-agents/2015/01/all-days'), 400, BAD.access);
    });
    it("answers the monitoring example (spec Appendix C): `-` with 0 views on 1970-01-01", async () => {
      const [item] = await itemsOf(url('en.wikipedia/all-access/1970/01/01'));
      expect(item!.articles).to.deep.equal([{ article: '-', views: 0, rank: 1 }]);
    });
  });

  describe('the sample data, against its oracle', () => {
    it('en.wikipedia on the last day: 1000 articles by rank', async () => {
      const { last } = t.window;
      const [y, m, d] = dateOf(last).toISOString().slice(0, 10).split('-');
      const [item] = await itemsOf(url(`en.wikipedia/mobile-web/${y}/${m}/${d}`));
      expect(item!.articles).to.have.length.of.at.least(1000);
      expect(item!.articles).to.deep.equal(topArticles('en.wikipedia', 'mobile-web', last, last));
    });
    it('all-projects, the last month (all-days)', async () => {
      const month = monthOf(t.window.last);
      const [item] = await itemsOf(url(`all-projects/all-access/${month.year}/${month.month}/all-days`));
      expect(item!.articles).to.deep.equal(topArticles('all-projects', 'all-access', month.first, month.last));
      expect(item!.articles[0].article).to.equal('Main_Page');
    });
    it('ja.wikipedia, the first month of the window (all-days): non-Latin titles', async () => {
      const month = monthOf(t.window.first);
      const [item] = await itemsOf(url(`ja.wikipedia/desktop/${month.year}/${month.month}/all-days`));
      expect(item!.articles).to.deep.equal(topArticles('ja.wikipedia', 'desktop', month.first, month.last));
    });
  });
});
