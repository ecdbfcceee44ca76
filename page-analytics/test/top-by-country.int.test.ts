// Pageviews top by country against the real Cassandra: spec §5.1 #25-27, the rules of §2.4 (empty
// lists are a 404, not AQS 1.0's 500), and the sample's monthly lists against their oracle.
import { expect } from 'chai';
import { NO_DATA_DETAIL } from '@aqs/aqsassist';
import { pick, projectHour, sumHours } from '../../test-env/src/sample-pageviews-model.js';
import { SERIES_PROJECTS } from '../../test-env/src/sample-pageviews-titles.js';
import { topCountries } from '../../test-env/src/sample-pageviews-tops.js';
import { monthOf } from '../../test-env/src/sample-pageviews-window.js';
import { topByCountryResponse } from '../src/schemas.js';
import { viewsBucket } from '../src/top-by-country.js';
import { BAD, DOMAIN, INSERT, LOADER_TID, expectProblem, itemsOf, withPageAnalytics } from './harness.js';

const MRIIII = "Republic of Mriiii'duuh";
const OOOH = 'Kingdom of OOOOOOOOOOH';

describe('page-analytics: GET /metrics/pageviews/top-by-country (real Cassandra)', function () {
  const t = withPageAnalytics();
  const url = (suffix: string) => t.url(`pageviews/top-by-country/${suffix}`);
  const write = (project: string, year: string, month: string, countries: unknown) =>
    t.write(INSERT.topByCountry, [DOMAIN, project, 'all-access', year, month, LOADER_TID, countries === null ? null : JSON.stringify(countries)]);

  before(async () => {
    await write('en.wikipedia', '2015', '01', [
      { rank: 1, country: MRIIII, views: 2000 },
      { rank: 2, country: OOOH, views: 1000 },
    ]);
    await write('en.wikipedia', '2015', '02', [
      { rank: 1, country: MRIIII, views: '1000000-9999999' },
      { rank: 2, country: OOOH, views: '100000-999999' },
      { rank: 3, country: 'Free Republic of Nowhere', views: '10000-99999' },
    ]);
    await write('empty.wikipedia', '2015', '01', []);
    await write('empty.wikipedia', '2015', '02', null);
  });

  it('25: 999, 1000 → 100-999; 1001, 10000 → 1000-9999', () => {
    expect([999, 1000, 1001, 10000].map(viewsBucket)).to.deep.equal(['100-999', '100-999', '1000-9999', '1000-9999']);
  });
  it('26: numeric views become buckets, the stored figure views_ceil, appended', async () => {
    const items = await itemsOf(url('en.wikipedia/all-access/2015/01'));
    expect(items).to.deep.equal([
      {
        project: 'en.wikipedia',
        access: 'all-access',
        year: '2015',
        month: '01',
        countries: [
          { rank: 1, country: MRIIII, views: '1000-9999', views_ceil: 2000 },
          { rank: 2, country: OOOH, views: '100-999', views_ceil: 1000 },
        ],
      },
    ]);
    expect(Object.keys(items[0]!.countries[0])).to.deep.equal(['rank', 'country', 'views', 'views_ceil']);
    topByCountryResponse.parse({ items });
  });
  it('27: lists stored with bucket strings come back unchanged', async () => {
    const [item] = await itemsOf(url('en.wikipedia/all-access/2015/02'));
    expect(item!.countries).to.deep.equal([
      { rank: 1, country: MRIIII, views: '1000000-9999999' },
      { rank: 2, country: OOOH, views: '100000-999999' },
      { rank: 3, country: 'Free Republic of Nowhere', views: '10000-99999' },
    ]);
  });
  it('answers an empty or null list with the no-data 404 (AQS 1.0: a 500 TypeError)', async () => {
    await expectProblem(url('empty.wikipedia/all-access/2015/01'), 404, NO_DATA_DETAIL);
    await expectProblem(url('empty.wikipedia/all-access/2015/02'), 404, NO_DATA_DETAIL);
    await expectProblem(url('nowhere.wikipedia/all-access/2015/01'), 404, NO_DATA_DETAIL);
  });
  it('checks the project, then year and month', async () => {
    await expectProblem(url("w'eird/all-access/2015/13"), 400, BAD.project);
    for (const ym of ['2015/13', '2015/1', '15/01', '2015/all-months']) await expectProblem(url(`en.wikipedia/all-access/${ym}`), 400, BAD.yearMonth);
    await expectProblem(url('en.wikipedia/desktop-site/2015/01'), 400, BAD.access);
  });
  it('answers the monitoring example (spec Appendix C): `-` in the 100-999 bucket', async () => {
    const [item] = await itemsOf(url('en.wikipedia/all-access/1970/01'));
    expect(item!.countries).to.deep.equal([{ country: '-', views: '100-999', rank: 1, views_ceil: 0 }]);
  });

  describe('the sample data, against its oracle', () => {
    const expected = (projects: readonly (typeof SERIES_PROJECTS)[number][], access: 'all-access' | 'mobile-app', day: number) => {
      const m = monthOf(day);
      return topCountries(projects, access, m.first, (p) => pick(sumHours((d, h) => projectHour(p, d, h), m.first, m.last), access, 'user')).map((c) => ({
        ...c,
        views: viewsBucket(c.views),
        views_ceil: c.views,
      }));
    };
    it('fr.wikipedia, the last month', async () => {
      const m = monthOf(t.window.last);
      const [item] = await itemsOf(url(`fr.wikipedia/mobile-app/${m.year}/${m.month}`));
      expect(item!.countries).to.deep.equal(expected(['fr.wikipedia'], 'mobile-app', t.window.last));
      expect(item!.countries[0].country).to.equal('FR');
    });
    it('all-projects, the first month of the window', async () => {
      const m = monthOf(t.window.first);
      const [item] = await itemsOf(url(`all-projects/all-access/${m.year}/${m.month}`));
      expect(item!.countries).to.deep.equal(expected(SERIES_PROJECTS, 'all-access', t.window.first));
    });
  });
});
