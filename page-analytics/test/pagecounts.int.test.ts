// Legacy pagecounts against the real Cassandra: spec §5.2 (every case), the rules of §2.6, and the
// sample's series against their oracle.
import { expect } from 'chai';
import { NO_DATA_DETAIL } from '@aqs/aqsassist';
import { pagecountHour, pickSite, sumHours, ymd } from '../../test-env/src/sample-pageviews-model.js';
import { monthsBetween } from '../../test-env/src/sample-pageviews-window.js';
import { pagecountsResponse } from '../src/schemas.js';
import { BAD, DOMAIN, INSERT, LOADER_TID, expectProblem, itemsOf, withPageAnalytics } from './harness.js';

/** Inserted before the cases: project, access-site, granularity, [timestamp, count]… (spec §5.2). */
const INSERTED: [string, string, string, [string, number][]][] = [
  ['en.wikipedia', 'all-sites', 'hourly', [['2017010100', 1], ['2017010101', 2], ['2017010102', 3], ['2017010103', 4], ['2017010104', 5]]],
  ['de.wikipedia', 'desktop-site', 'daily', [['2017010100', 1], ['2017010200', 2], ['2017010300', 3], ['2017010400', 4], ['2017010500', 5]]],
  ['es.wikipedia', 'mobile-site', 'monthly', [['2017010100', 1], ['2017020100', 2], ['2017030100', 3], ['2017040100', 4], ['2017050100', 5]]],
  ['pt.wikipedia', 'all-sites', 'hourly', [['2017010101', 1], ['2017010102', 2], ['2017010103', 3]]],
  ['ca.wikipedia', 'desktop-site', 'daily', [['2017010200', 1], ['2017010300', 2], ['2017010400', 3]]],
  ['ro.wikipedia', 'mobile-site', 'monthly', [['2017020100', 1], ['2017030100', 2], ['2017040100', 3]]],
];

/** Success cases: path, [timestamp, count] expected. */
const FOUND: [number, string, [string, number][]][] = [
  [1, 'en.wikipedia/all-sites/hourly/2017010101/2017010103', [['2017010101', 2], ['2017010102', 3], ['2017010103', 4]]],
  [2, 'de.wikipedia/desktop-site/daily/2017010200/2017010400', [['2017010200', 2], ['2017010300', 3], ['2017010400', 4]]],
  [3, 'es.wikipedia/mobile-site/monthly/2017020100/2017040100', [['2017020100', 2], ['2017030100', 3]]],
  [4, 'pt.wikipedia/all-sites/hourly/2017010100/2017010104', [['2017010101', 1], ['2017010102', 2], ['2017010103', 3]]],
  [5, 'ca.wikipedia/desktop-site/daily/2017010100/2017010500', [['2017010200', 1], ['2017010300', 2], ['2017010400', 3]]],
  [6, 'ro.wikipedia/mobile-site/monthly/2017010100/2017050100', [['2017020100', 1], ['2017030100', 2], ['2017040100', 3]]],
];

const REFUSED: [number, string, number, string][] = [
  [7, 'ar.wikipedia/all-sites/daily/2017010100/2017013100', 404, NO_DATA_DETAIL],
  [8, 'invalid-project/all-sites/daily/2017010100/2017013100', 404, NO_DATA_DETAIL],
  [9, 'ar.wikipedia/invalid-access-site/daily/2017010100/2017013100', 400, "data.params['access-site'] should be equal to one of the allowed values: [all-sites, desktop-site, mobile-site]"],
  [10, 'ar.wikipedia/all-sites/invalid-granularity/2017010100/2017013100', 400, BAD.granularity],
  [11, 'ar.wikipedia/all-sites/daily/invalid-timestamp/2017013100', 400, BAD.startHour],
  [12, 'ar.wikipedia/all-sites/daily/2017010100/invalid-timestamp', 400, BAD.endHour],
  [13, 'ar.wikipedia/all-sites/daily/2017010200/2017010100', 400, BAD.order],
];

describe('page-analytics: GET /metrics/legacy/pagecounts/aggregate (real Cassandra)', function () {
  const t = withPageAnalytics();
  const url = (suffix: string) => t.url(`legacy/pagecounts/aggregate/${suffix}`);

  before(async () => {
    for (const [project, site, granularity, rows] of INSERTED) {
      for (const [ts, count] of rows) await t.write(INSERT.pagecounts, [DOMAIN, project, site, granularity, ts, LOADER_TID, count]);
    }
  });

  describe('spec §5.2', () => {
    for (const [n, path, expected] of FOUND) {
      it(`${n}: ${path}`, async () => {
        const [project, site, granularity] = path.split('/');
        const items = await itemsOf(url(path));
        expect(items).to.deep.equal(expected.map(([timestamp, count]) => ({ project, 'access-site': site, granularity, timestamp, count })));
        pagecountsResponse.parse({ items });
      });
    }
    for (const [n, path, status, detail] of REFUSED) it(`${n}: ${path} is a ${status}`, () => expectProblem(url(path), status, detail));
  });

  describe('rules of §2.6', () => {
    it('requires the hour for daily and monthly too (no fakeHour)', async () => {
      await expectProblem(url('de.wikipedia/desktop-site/daily/20170102/2017010400'), 400, BAD.startHour);
      await expectProblem(url('es.wikipedia/mobile-site/monthly/2017020100/20170401'), 400, BAD.endHour);
    });
    it('keeps only whole months, and says so when there is none', async () => {
      await expectProblem(url('es.wikipedia/mobile-site/monthly/2017020200/2017030100'), 400, BAD.noMonth);
      const items = await itemsOf(url('es.wikipedia/mobile-site/monthly/2017010100/2017033100'));
      expect(items.map((i) => i.timestamp)).to.deep.equal(['2017010100', '2017020100', '2017030100']);
    });
    it('compares hours on hourly ranges and drops them on daily ones', async () => {
      await expectProblem(url('en.wikipedia/all-sites/hourly/2017010103/2017010102'), 400, BAD.order);
      const items = await itemsOf(url('de.wikipedia/desktop-site/daily/2017010223/2017010301'));
      expect(items.map((i) => i.timestamp)).to.deep.equal(['2017010200', '2017010300']);
    });
    it('normalises the project', async () => {
      const items = await itemsOf(url('WWW.DE.WIKIPEDIA.ORG/desktop-site/daily/2017010200/2017010200'));
      expect(items.map((i) => i.project)).to.deep.equal(['de.wikipedia']);
    });
    it('answers the monitoring example (spec Appendix C): count 0 on 1970-01-01', async () => {
      const items = await itemsOf(url('en.wikipedia/all-sites/daily/1970010100/1970010100'));
      expect(items.map((i) => i.count)).to.deep.equal([0]);
    });
  });

  describe('the sample data, against its oracle', () => {
    it('all-projects, every site, monthly over the window', async () => {
      const { first, last } = t.window;
      for (const site of ['all-sites', 'desktop-site', 'mobile-site'] as const) {
        const items = await itemsOf(url(`all-projects/${site}/monthly/${ymd(first)}00/${ymd(last)}00`));
        const months = monthsBetween(first, last).map((m) => [`${m.year}${m.month}0100`, pickSite(sumHours((d, h) => pagecountHour('all-projects', d, h), m.first, m.last), site)]);
        expect(items.map((i) => [i.timestamp, i.count]), site).to.deep.equal(months);
      }
    });
    it('en.wiktionary, hourly over the last week', async () => {
      const { hourlyFirst, last } = t.window;
      const items = await itemsOf(url(`en.wiktionary/mobile-site/hourly/${ymd(hourlyFirst)}00/${ymd(last)}23`));
      expect(items).to.have.length(7 * 24);
      expect(items.map((i) => i.count)).to.deep.equal(
        Array.from({ length: 7 * 24 }, (_, k) => pickSite(pagecountHour('en.wiktionary', hourlyFirst + Math.floor(k / 24), k % 24), 'mobile-site')),
      );
    });
  });
});
