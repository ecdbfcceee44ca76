// Pageviews per article against the real Cassandra: spec §5.1 #1-10, the rules of §2.1, titles that
// need encoding (§1.2, §5.1 #6), and the sample data against its oracle.
import { expect } from 'chai';
import { NO_DATA_DETAIL } from '@aqs/aqsassist';
import {
  ACCESS_NAMES,
  AGENT_NAMES,
  articleLeaves,
  pick,
  titleIndex,
  ymd,
  type AccessName,
  type AgentName,
} from '../../test-env/src/sample-pageviews-model.js';
import { HARD_TITLES, TITLES } from '../../test-env/src/sample-pageviews-titles.js';
import { monthsBetween, type SampleMonth } from '../../test-env/src/sample-pageviews-window.js';
import { perArticleResponse } from '../src/schemas.js';
import { BAD, DOMAIN, INSERT, LOADER_TID, NEWER_TID, expectProblem, itemsOf, refuses, withPageAnalytics } from './harness.js';

/** The columns AQS 1.0's insert-per-article-flat test route writes for views V (spec §4): V·10+k, du null. */
const aqsTestColumns = (v: number) => [1, 2, 3, 4, 5, 6, 7, null, 9, 10, 11, 12, 13, 14, 15, 16].map((k) => (k === null ? null : Number(`${v}${k}`)));
const ONE = { '2015070200': 100, '2015072100': 200, '2015063000': 300, '2015112500': 400, '2015121500': 500, '2016010200': 600 };
const SLASHED = 'dash_-_space_:_colon_%_percent_/_slash';

describe('page-analytics: GET /metrics/pageviews/per-article (real Cassandra)', function () {
  const t = withPageAnalytics();
  const url = (suffix: string) => t.url(`pageviews/per-article/${suffix}`);
  const views = async (suffix: string) => (await itemsOf(url(suffix))).map((i) => i.views);

  before(async () => {
    for (const [ts, v] of Object.entries(ONE)) await t.write(INSERT.perArticle, [DOMAIN, 'en.wikipedia', 'one', 'daily', ts, LOADER_TID, ...aqsTestColumns(v)]);
    await t.write(INSERT.perArticle, [DOMAIN, 'en.wikipedia', SLASHED, 'daily', '2015070200', LOADER_TID, ...aqsTestColumns(100)]);
  });

  describe('spec §5.1 cases 1-10', () => {
    it('1: an invalid end (201507a3) is a 400', () => expectProblem(url('en.wikipedia/desktop/spider/one/daily/20150701/201507a3'), 400, BAD.endDay));
    it('2: desktop/spider reads column ds', async () => expect(await views('en.wikipedia/desktop/spider/one/daily/20150701/20150703')).to.deep.equal([1007]));
    it('3: desktop/automated reads column db', async () => expect(await views('en.wikipedia/desktop/automated/one/daily/20150701/20150703')).to.deep.equal([1006]));
    it('4: EN.WIKIPEDIA.ORG is en.wikipedia', async () => {
      const items = await itemsOf(url('EN.WIKIPEDIA.ORG/desktop/spider/one/daily/20150701/20150703'));
      expect(items.map((i) => [i.project, i.views])).to.deep.equal([['en.wikipedia', 1007]]);
    });
    it('5: a null column is 0 views', async () => expect(await views('en.wikipedia/desktop/user/one/daily/20150701/20150703')).to.deep.equal([0]));
    it('6: spaces become underscores; %3A, %25 and %2F decode inside the title', async () => {
      const items = await itemsOf(url('en.wikipedia/desktop/spider/dash%20-%20space%20%3A%20colon%20%25%20percent%20%2F%20slash/daily/20150701/20150703'));
      expect(items).to.have.length(1);
      expect(items[0]!.article).to.equal(SLASHED);
    });
    it('7: start == end is that day', async () => expect(await views('en.wikipedia/desktop/spider/one/daily/20150702/20150702')).to.deep.equal([1007]));
    it('8: monthly sums the daily rows of whole months (June, July)', async () => {
      const items = await itemsOf(url('en.wikipedia/desktop/spider/one/monthly/20150601/20150803'));
      expect(items.map((i) => [i.timestamp, i.views])).to.deep.equal([['2015060100', 3007], ['2015070100', 3014]]);
    });
    it('9: monthly keeps only December of 20151120..20160103', async () => {
      expect(await views('en.wikipedia/desktop/spider/one/monthly/20151120/20160103')).to.deep.equal([5007]);
    });
    it('10: no full month is a 400', () => expectProblem(url('en.wikipedia/desktop/spider/one/monthly/20151203/20151220'), 400, BAD.noMonth));
  });

  describe('rules of §2.1', () => {
    it('answers items in the documented key order, the schema accepting them', async () => {
      const items = await itemsOf(url('en.wikipedia/all-access/all-agents/one/daily/20150630/20150702'));
      expect(items).to.deep.equal([
        { project: 'en.wikipedia', article: 'one', granularity: 'daily', timestamp: '2015063000', access: 'all-access', agent: 'all-agents', views: 3001 },
        { project: 'en.wikipedia', article: 'one', granularity: 'daily', timestamp: '2015070200', access: 'all-access', agent: 'all-agents', views: 1001 },
      ]);
      expect(Object.keys(items[0]!)).to.deep.equal(['project', 'article', 'granularity', 'timestamp', 'access', 'agent', 'views']);
      perArticleResponse.parse({ items });
    });
    it('ignores the hour of YYYYMMDDHH and leaves out months without rows', async () => {
      const items = await itemsOf(url('en.wikipedia/mobile-web/user/one/monthly/2015060123/2016013100'));
      expect(items.map((i) => [i.timestamp, i.views])).to.deep.equal([
        ['2015060100', 30016],
        ['2015070100', 30032],
        ['2015110100', 40016],
        ['2015120100', 50016],
        ['2016010100', 60016],
      ]);
    });
    // The enum validator first (first bad parameter in path order), then the project, then the dates.
    // AQS 1.0 also added "no full months…" to the invalid monthly start, computing months from it
    // (spec §1.4.2); aqsassist's date rules report the invalid date alone.
    refuses(url, [
      ['en.wikipedia/desktop/spider/one/hourly/2015070100/2015070200', 400, BAD.articleGranularity],
      ['en.wikipedia/all-sites/bots/one/hourly/20150701/20150702', 400, BAD.access],
      ['en.wikipedia/desktop/bots/one/daily/20150701/20150702', 400, BAD.agent],
      ["w'eird/desktop/user/one/daily/0/0", 400, BAD.project],
      ['en.wikipedia/desktop/user/one/monthly/201507a3/20151220', 400, BAD.startDay],
      ['en.wikipedia/desktop/user/one/daily/2015-07-01/20150231', 400, `${BAD.startDay}; ${BAD.endDay}`],
      ['en.wikipedia/desktop/user/one/daily/20150702/20150701', 400, BAD.order],
      ['en.wikipedia/all-access/all-agents/No_such_article_anywhere/daily/20150701/20150731', 404, NO_DATA_DETAIL],
      ['xx.wikipedia/all-access/all-agents/one/daily/20150701/20150731', 404, NO_DATA_DETAIL],
      ['en.wikipedia/all-access/all-agents/one/daily/20140101/20140131', 404, NO_DATA_DETAIL],
    ]);
    it('answers the newest _tid version of a day and leaves out deleted days', async () => {
      const cols = (v: number) => new Array<number>(16).fill(v);
      await t.write(INSERT.perArticle, [DOMAIN, 'test.wikipedia', 'Versions', 'daily', '2015010100', LOADER_TID, ...cols(1)]);
      await t.write(INSERT.perArticle, [DOMAIN, 'test.wikipedia', 'Versions', 'daily', '2015010200', LOADER_TID, ...cols(2)]);
      await t.write(INSERT.perArticle, [DOMAIN, 'test.wikipedia', 'Versions', 'daily', '2015010200', NEWER_TID, ...cols(22)]);
      await t.store.execute(
        `INSERT INTO "local_group_default_T_pageviews_per_article_flat".data ("_domain", project, article, granularity, timestamp, "_tid", "_del", aa) VALUES ('${DOMAIN}', 'test.wikipedia', 'Versions', 'daily', '2015010300', ${LOADER_TID}, now(), 3)`,
      );
      const items = await itemsOf(url('test.wikipedia/all-access/all-agents/Versions/daily/20150101/20150131'));
      expect(items.map((i) => [i.timestamp, i.views])).to.deep.equal([['2015010100', 1], ['2015010200', 22]]);
    });
  });

  describe('titles in URLs (spec §1.2)', () => {
    const write = (title: string) => t.write(INSERT.perArticle, [DOMAIN, 'titles.wikipedia', title, 'daily', '2016030300', LOADER_TID, ...aqsTestColumns(7)]);
    const titles: [string, string][] = [
      ['AC/DC', 'AC%2FDC'],
      ['Are_You_the_One?', 'Are_You_the_One%3F'],
      ['100%_Pure_Love', '100%25_Pure_Love'],
      ['"Weird_Al"_Yankovic', '%22Weird_Al%22_Yankovic'],
      ["Rock_'n'_roll", "Rock_'n'_roll"],
      ['C++', 'C++'],
      ['C#', 'C%23'],
      ['😂', '%F0%9F%98%82'],
      ['Москва', encodeURIComponent('Москва')],
      ['東京', encodeURIComponent('東京')],
      ['two\\', 'two%5C'],
      ['../..', '..%2F..'],
      ['a/b/c', 'a%2Fb%2Fc'],
    ];
    before(async () => {
      for (const [title] of titles) await write(title);
    });
    for (const [title, encoded] of titles) {
      it(`${title} as ${encoded}`, async () => {
        const items = await itemsOf(url(`titles.wikipedia/all-access/all-agents/${encoded}/daily/20160303/20160303`));
        expect(items.map((i) => [i.article, i.views])).to.deep.equal([[title, 71]]);
      });
    }
    it('turns encoded spaces into underscores and keeps `+` a plus', async () => {
      await write('Guns_N+_Roses');
      const items = await itemsOf(url("titles.wikipedia/all-access/all-agents/Guns%20N+%20Roses/daily/20160303/20160303"));
      expect(items[0]!.article).to.equal('Guns_N+_Roses');
    });
    it('answers a malformed escape as an unknown title, not an error', () =>
      expectProblem(url('titles.wikipedia/all-access/all-agents/%E0%A4%A/daily/20160303/20160303'), 404, NO_DATA_DETAIL));
  });

  describe('the sample data, against its oracle', () => {
    const expected = (title: string, access: AccessName, agent: AgentName, from: number, to: number) => {
      const i = titleIndex('en.wikipedia', title);
      const out: [string, number][] = [];
      for (let day = from; day <= to; day++) out.push([`${ymd(day)}00`, pick(articleLeaves('en.wikipedia', i, day), access, agent)]);
      return out;
    };
    /** Monthly items as the service sums them: one per month given. */
    const monthly = (title: string, access: AccessName, agent: AgentName, months: readonly SampleMonth[]) =>
      months.map((m) => [`${m.year}${m.month}0100`, expected(title, access, agent, m.first, m.last).reduce((s, [, v]) => s + v, 0)]);
    it('Main_Page: the last 30 days, daily', async () => {
      const { last } = t.window;
      const items = await itemsOf(url(`en.wikipedia/all-access/all-agents/Main_Page/daily/${ymd(last - 29)}/${ymd(last)}`));
      expect(items.map((i) => [i.timestamp, i.views])).to.deep.equal(expected('Main_Page', 'all-access', 'all-agents', last - 29, last));
    });
    it('reads the column of every access × agent', async () => {
      const day = t.window.last;
      const title = TITLES['en.wikipedia'][500]!;
      for (const access of ACCESS_NAMES) {
        for (const agent of AGENT_NAMES) {
          const items = await itemsOf(url(`en.wikipedia/${access}/${agent}/${encodeURIComponent(title)}/daily/${ymd(day)}/${ymd(day)}`));
          expect(items.map((i) => [i.timestamp, i.views]), `${access}/${agent}`).to.deep.equal(expected(title, access, agent, day, day));
        }
      }
    });
    it('every hard title: the whole window, monthly, summed in the service', async () => {
      const { first, last } = t.window;
      for (const title of HARD_TITLES) {
        const items = await itemsOf(url(`en.wikipedia/mobile-web/user/${encodeURIComponent(title)}/monthly/${ymd(first)}/${ymd(last)}`));
        expect(items.map((i) => [i.timestamp, i.views]), title).to.deep.equal(monthly(title, 'mobile-web', 'user', monthsBetween(first, last)));
        expect(items.every((i) => i.article === title)).to.equal(true);
      }
    });
    it('a seasonal article has only its months: the others are left out, not zeros', async () => {
      const { first, last } = t.window;
      const items = await itemsOf(url(`en.wikipedia/all-access/user/Christmas/monthly/${ymd(first)}/${ymd(last)}`));
      const months = monthsBetween(first, last).filter((m) => ['11', '12'].includes(m.month));
      expect(items.map((i) => [i.timestamp, i.views])).to.deep.equal(monthly('Christmas', 'all-access', 'user', months));
    });
    it('the least viewed of 1200 articles has rows in the recent months', async () => {
      const { recentFirst, last } = t.window;
      const title = TITLES['en.wikipedia'][1199]!;
      const items = await itemsOf(url(`en.wikipedia/desktop/all-agents/${encodeURIComponent(title)}/daily/${ymd(recentFirst)}/${ymd(last)}`));
      expect(items.map((i) => [i.timestamp, i.views])).to.deep.equal(expected(title, 'desktop', 'all-agents', recentFirst, last));
    });
    it("answers the monitoring example (spec Appendix C): article '-' on 1970-01-01 has 0 views", async () => {
      const items = await itemsOf(url('en.wikipedia/all-access/all-agents/-/daily/1970010100/1970010100'));
      expect(items.map((i) => [i.timestamp, i.views])).to.deep.equal([['1970010100', 0]]);
    });
  });
});
