// Pageviews top per country against the real Cassandra: spec §5.1 #28-30, the rules of §2.5 (as
// stored, no sort; the country taken as sent), and the sample's daily lists against their oracle.
import { createHash } from 'node:crypto';
import { expect } from 'chai';
import { NO_DATA_DETAIL } from '@aqs/aqsassist';
import { getJson } from '@aqs/servicelib/testing';
import { articleLeaves, dateOf } from '../../test-env/src/sample-pageviews-model.js';
import { topPerCountry } from '../../test-env/src/sample-pageviews-tops.js';
import { topPerCountryResponse } from '../src/schemas.js';
import { BAD, DOMAIN, INSERT, LOADER_TID, expectProblem, itemsOf, withPageAnalytics } from './harness.js';

const ARTICLES = [
  { rank: 1, article: 'o"n"e', project: 'fr.wikipedia', views_ceil: 1400 },
  { rank: 2, article: 'two\\', project: 'en.wikipedia', views_ceil: 1100 },
];
const US_20210101 = 'US/mobile-web/2021/01/01';

describe('page-analytics: GET /metrics/pageviews/top-per-country (real Cassandra)', function () {
  const t = withPageAnalytics();
  const url = (suffix: string) => t.url(`pageviews/top-per-country/${suffix}`);
  const write = (country: string, day: string, articles: unknown) =>
    t.write(INSERT.topPerCountry, [DOMAIN, country, 'mobile-web', '2021', '01', day, LOADER_TID, JSON.stringify(articles)]);

  before(async () => {
    await write('US', '01', ARTICLES);
    await write('us', '01', [{ rank: 1, article: 'lower', project: 'en.wikipedia', views_ceil: 1200 }]);
    await write('US', '02', [...ARTICLES].reverse());
  });

  it('28: day 00 is a 400', () => expectProblem(url('US/mobile-web/2021/01/00'), 400, BAD.yearMonthDay));
  it('29: the stored list, as stored', async () => {
    const items = await itemsOf(url(US_20210101));
    expect(items).to.deep.equal([{ country: 'US', access: 'mobile-web', year: '2021', month: '01', day: '01', articles: ARTICLES }]);
    expect(Object.keys(items[0]!)).to.deep.equal(['country', 'access', 'year', 'month', 'day', 'articles']);
    topPerCountryResponse.parse({ items });
  });
  it('30: the etag is the SHA-1 of the bytes sent, the same on every read (the AQS 1.0 test value hashed its SQLite body, spec §1.10)', async () => {
    const first = await getJson(url(US_20210101));
    const again = await getJson(url(US_20210101));
    expect(first.headers.get('etag')).to.equal(`"${createHash('sha1').update(first.text).digest('hex')}"`);
    expect(again.headers.get('etag')).to.equal(first.headers.get('etag'));
    const conditional = await fetch(url(US_20210101), { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(conditional.status).to.equal(304);
  });
  it('does not sort (unlike top)', async () => {
    const [item] = await itemsOf(url('US/mobile-web/2021/01/02'));
    expect(item!.articles.map((a: { rank: number }) => a.rank)).to.deep.equal([2, 1]);
  });
  it('takes the country as sent: case-sensitive, not normalised', async () => {
    const [item] = await itemsOf(url('us/mobile-web/2021/01/01'));
    expect(item!.country).to.equal('us');
    expect(item!.articles).to.have.length(1);
    await expectProblem(url('Us/mobile-web/2021/01/01'), 404, NO_DATA_DETAIL);
  });
  it('accepts all-days, which has no data (spec §1.5)', () => expectProblem(url('US/mobile-web/2021/01/all-days'), 404, NO_DATA_DETAIL));
  it('refuses an unknown access', () =>
    expectProblem(url('US/mobile/2021/01/01'), 400, BAD.access));

  describe('the sample data, against its oracle', () => {
    for (const [country, access] of [['US', 'all-access'], ['JP', 'mobile-web'], ['CH', 'desktop']] as const) {
      it(`${country} ${access} on the last day`, async () => {
        const { last } = t.window;
        const [y, m, d] = dateOf(last).toISOString().slice(0, 10).split('-');
        const [item] = await itemsOf(url(`${country}/${access}/${y}/${m}/${d}`));
        expect(item!.articles).to.deep.equal(topPerCountry(country, access, (p, i) => articleLeaves(p, i, last)));
        expect(item!.articles).to.not.be.empty;
      });
    }
  });
});
