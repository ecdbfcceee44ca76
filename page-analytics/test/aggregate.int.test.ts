// Pageviews aggregate against the real Cassandra: spec §5.1 #11-19, the rules of §2.2, and the
// sample's hourly, daily and monthly series against their oracle.
import { expect } from 'chai';
import { NO_DATA_DETAIL } from '@aqs/aqsassist';
import { pick, projectHour, sumHours, ymd, type SeriesProject } from '../../test-env/src/sample-pageviews-model.js';
import { monthsBetween } from '../../test-env/src/sample-pageviews-window.js';
import { aggregateResponse } from '../src/schemas.js';
import { BAD, DOMAIN, INSERT, LOADER_TID, expectProblem, itemsOf, refuses, withPageAnalytics } from './harness.js';

// AQS 1.0's insert-aggregate test route writes the int `views` column only; insert-aggregate-long `v` only.
const INSERT_VIEWS =
  'INSERT INTO "local_group_default_T_pageviews_per_project_v2".data ("_domain", project, access, agent, granularity, timestamp, "_tid", views) VALUES (?, ?, ?, ?, ?, ?, ?, ?)';
const HOURLY_19691971 = 'all-access/all-agents/hourly/1969010100/1971010100';

describe('page-analytics: GET /metrics/pageviews/aggregate (real Cassandra)', function () {
  const t = withPageAnalytics();
  const url = (suffix: string) => t.url(`pageviews/aggregate/${suffix}`);
  const views = (project: string, granularity: string, ts: string, v: number) =>
    t.write(INSERT_VIEWS, [DOMAIN, project, 'all-access', 'all-agents', granularity, ts, LOADER_TID, v]);
  const long = (project: string, ts: string, v: string) =>
    t.write(INSERT.aggregate, [DOMAIN, project, 'all-access', 'all-agents', 'hourly', ts, LOADER_TID, v]);

  before(async () => {
    for (const ts of ['2017010100', '2017010101', '2017010102']) await views('en.wikipedia', 'hourly', ts, 100);
    for (const ts of ['2016020100', '2016030100', '2016040100']) await views('en.wikipedia', 'monthly', ts, 100);
    await views('en.wikipedia', 'hourly', '1970010100', 0);
    await long('en.wikipedia1', '1970010100', '0');
    await long('en.wikipedia3', '1970010100', '9007199254740991');
  });

  describe('spec §5.1 cases 11-19', () => {
    it('11: an end longer than 10 characters is a 400', () => expectProblem(url('en.wikipedia/all-access/all-agents/hourly/1969010100/20150701000000'), 400, BAD.endHour));
    it('12: start after end is a 400', () => expectProblem(url('en.wikipedia/all-access/all-agents/hourly/2016070100/1971010100'), 400, BAD.order));
    it('13: 2015-02-29 is a 400', () => expectProblem(url('en.wikipedia/all-access/all-agents/hourly/1969010100/2015022900'), 400, BAD.endHour));
    it('14: three hours, in order, both ends included', async () => {
      const items = await itemsOf(url('en.wikipedia/all-access/all-agents/hourly/2017010100/2017010102'));
      expect(items.map((i) => [i.timestamp, i.views])).to.deep.equal([['2017010100', 100], ['2017010101', 100], ['2017010102', 100]]);
    });
    it('15: monthly 2016020100..2016040100 is February and March', async () => {
      const items = await itemsOf(url('en.wikipedia/all-access/all-agents/monthly/2016020100/2016040100'));
      expect(items.map((i) => i.timestamp)).to.deep.equal(['2016020100', '2016030100']);
    });
    it('16: a 0 comes back as the number 0', async () => {
      const items = await itemsOf(url(`en.wikipedia/${HOURLY_19691971}`));
      expect(items).to.deep.equal([
        { project: 'en.wikipedia', access: 'all-access', agent: 'all-agents', granularity: 'hourly', timestamp: '1970010100', views: 0 },
      ]);
      expect(Object.keys(items[0]!)).to.deep.equal(['project', 'access', 'agent', 'granularity', 'timestamp', 'views']);
      aggregateResponse.parse({ items });
    });
    it('17: www. and .org are stripped', async () => {
      const items = await itemsOf(url(`www.en.wikipedia.org/${HOURLY_19691971}`));
      expect(items.map((i) => [i.project, i.views])).to.deep.equal([['en.wikipedia', 0]]);
    });
    it('18: v is read when present (0)', async () => {
      const items = await itemsOf(url(`en.wikipedia1/${HOURLY_19691971}`));
      expect(items.map((i) => i.views)).to.deep.equal([0]);
    });
    it('19: v = 2^53-1 comes back exactly', async () => {
      const items = await itemsOf(url(`en.wikipedia3/${HOURLY_19691971}`));
      expect(items[0]!.views).to.equal(9007199254740991);
    });
  });

  describe('rules of §2.2', () => {
    it('prefers v over views when a row has both', async () => {
      await t.write(
        'INSERT INTO "local_group_default_T_pageviews_per_project_v2".data ("_domain", project, access, agent, granularity, timestamp, "_tid", v, views) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [DOMAIN, 'both.wikipedia', 'desktop', 'user', 'daily', '2017010100', LOADER_TID, '5000000000', 7],
      );
      const items = await itemsOf(url('both.wikipedia/desktop/user/daily/20170101/20170101'));
      expect(items.map((i) => i.views)).to.deep.equal([5000000000]);
    });
    // Hourly needs the hour; daily and monthly take YYYYMMDD; enums first, in path order.
    refuses(url, [
      ['en.wikipedia/all-access/all-agents/hourly/20170101/2017010102', 400, BAD.startHour],
      ['en.wikipedia/all-access/all-agents/daily/2017010/20170102', 400, BAD.startDay],
      ['en.wikipedia/all-access/all-agents/monthly/20160205/20160228', 400, BAD.noMonth],
      ['en.wikipedia/all-sites/robots/daily/20170101/20170102', 400, BAD.access],
      ['en.wikipedia/desktop/robots/weekly/20170101/20170102', 400, BAD.agent],
      ['en.wikipedia/desktop/user/weekly/20170101/20170102', 400, BAD.granularity],
      ['bizarre|project$name/all-access/all-agents/daily/20170101/20170102', 400, BAD.project],
      ['all-wikipedia-projects/all-access/all-agents/daily/20170101/20170102', 404, NO_DATA_DETAIL],
    ]);
  });

  describe('the sample data, against its oracle', () => {
    const day = (project: SeriesProject, d: number) => sumHours((x, h) => projectHour(project, x, h), d, d);
    it('every access × agent of all-projects, daily over the last 31 days', async () => {
      const { last } = t.window;
      for (const access of ['all-access', 'desktop', 'mobile-app', 'mobile-web'] as const) {
        for (const agent of ['all-agents', 'automated', 'spider', 'user'] as const) {
          const items = await itemsOf(url(`all-projects/${access}/${agent}/daily/${ymd(last - 30)}/${ymd(last)}`));
          const expected = [];
          for (let d = last - 30; d <= last; d++) expected.push([`${ymd(d)}00`, pick(day('all-projects', d), access, agent)]);
          expect(items.map((i) => [i.timestamp, i.views]), `${access}/${agent}`).to.deep.equal(expected);
        }
      }
    });
    it('monthly over the whole window (24 months), values beyond 2^31', async () => {
      const { first, last } = t.window;
      const items = await itemsOf(url(`en.wikipedia/all-access/all-agents/monthly/${ymd(first)}/${ymd(last)}`));
      const months = monthsBetween(first, last);
      expect(items).to.have.length(24);
      expect(items.map((i) => [i.timestamp, i.views])).to.deep.equal(
        months.map((m) => [`${m.year}${m.month}0100`, pick(sumHours((d, h) => projectHour('en.wikipedia', d, h), m.first, m.last), 'all-access', 'all-agents')]),
      );
      expect(items[0]!.views).to.be.greaterThan(2 ** 31);
    });
    it('hourly over the last day', async () => {
      const { last } = t.window;
      const items = await itemsOf(url(`de.wikipedia/mobile-web/user/hourly/${ymd(last)}00/${ymd(last)}23`));
      expect(items.map((i) => [i.timestamp, i.views])).to.deep.equal(
        Array.from({ length: 24 }, (_, h) => [`${ymd(last)}${String(h).padStart(2, '0')}`, pick(projectHour('de.wikipedia', last, h), 'mobile-web', 'user')]),
      );
    });
  });
});
