// Mediarequests per file against the real Cassandra: spec §5.4 cases 1-8 (case 4: the 17
// punctuation file names of §1.3), the rules of §2.8 (agents, null columns, versions, the per-file
// headers of §1.8) and the sample against its oracle.
import { expect } from 'chai';
import { INVALID_PROJECT, NO_DATA_DETAIL, NO_FULL_MONTHS, invalidTimestamp } from '@aqs/aqsassist';
import { getJson } from '@aqs/servicelib/testing';
import { itemsAt, problemAt, withCassandraService } from '../../test-env/src/cassandra-harness.js';
import { PUNCTUATION_CASES, SAMPLE_FILES } from '../../test-env/src/sample-mediarequests-files.js';
import { fileRequests } from '../../test-env/src/sample-mediarequests-model.js';
import { MEDIA_INSERT, MEDIA_KEYSPACE } from '../../test-env/src/sample-mediarequests.js';
import { ymd } from '../../test-env/src/sample-pageviews-model.js';
import { monthsBetween } from '../../test-env/src/sample-pageviews-window.js';
import { DOMAIN, LOADER_TID } from '../../test-env/src/sample-unique-devices.js';
import { PER_FILE_HEADERS } from '../src/per-file.js';
import { perFileResponse } from '../src/schemas.js';
import service from '../src/service.js';
import { loadedWindowOf } from '../../test-env/src/windowed-sample.js';

const JSON_TYPE = PER_FILE_HEADERS['content-type'];
const PEACOCKS = '/wiktionary/te/4/40/peacocks.JPG';
/** The rows of AQS 1.0's insert-per-file test route (spec §5.4 setup): spider n·10+1, user n·10+2. */
const SETUP: Record<string, number> = { '2015070200': 100, '2015072100': 200, '2015063000': 300, '2015112500': 400, '2015121500': 500, '2016010200': 600 };
const NEWER_TID = 'f0e5a340-5f8c-11ef-8080-808080808080';

describe('media-analytics: GET /metrics/mediarequests/per-file (real Cassandra)', function () {
  const t = withCassandraService(service);
  const url = (suffix: string) => t.url(`mediarequests/per-file/${suffix}`);
  const P = (agent = 'spider') => `en.wikipedia/${agent}/%2Fwiktionary%2Fte%2F4%2F40%2Fpeacocks.JPG`;
  const requests = async (suffix: string) => (await itemsAt(url(suffix), JSON_TYPE)).map((i) => i.requests);
  const insert = (referer: string, path: string, ts: string, spider: number | null, user: number | null, tid = LOADER_TID) =>
    t.write(MEDIA_INSERT.perFile, [DOMAIN, referer, path, 'daily', ts, tid, spider, user]);

  before(async () => {
    for (const [ts, n] of Object.entries(SETUP)) await insert('en.wikipedia', PEACOCKS, ts, n * 10 + 1, n * 10 + 2);
    for (const [, stored] of PUNCTUATION_CASES) await insert('en.wikipedia', stored, '2015070200', 1001, 1002);
  });

  describe('spec §5.4 cases 1-8', () => {
    it('1: an invalid start (201507a3) is a 400', () => problemAt(url(`${P()}/daily/201507a3/20150723`), 400, invalidTimestamp('start', true)));
    it('2: spider, one day', async () => expect(await requests(`${P()}/daily/20150701/20150703`)).to.deep.equal([1001]));
    it('3: all-agents adds user and spider', async () => expect(await requests(`${P('all-agents')}/daily/20150701/20150703`)).to.deep.equal([2003]));
    describe('4: the 17 punctuation cases: the decoded name is re-encoded to the stored form', () => {
      for (const [actual, stored] of PUNCTUATION_CASES) {
        it(actual, async () => {
          const items = await itemsAt(url(`en.wikipedia/spider/${encodeURIComponent(actual)}/daily/20150701/20150703`), JSON_TYPE);
          expect(items.map((i) => [i.file_path, i.requests])).to.deep.equal([[stored, 1001]]);
        });
      }
    });
    it('5: start == end is that day', async () => expect(await requests(`${P()}/daily/20150702/20150702`)).to.deep.equal([1001]));
    it('6: monthly sums whole months (June, July)', async () => {
      const items = await itemsAt(url(`${P()}/monthly/20150601/20150803`), JSON_TYPE);
      expect(items.map((i) => [i.timestamp, i.requests])).to.deep.equal([['2015060100', 3001], ['2015070100', 3002]]);
      expect(items[0]).to.deep.equal({ referer: 'en.wikipedia', file_path: PEACOCKS, granularity: 'monthly', timestamp: '2015060100', agent: 'spider', requests: 3001 });
    });
    it('7: 20151120..20160103 is December only', async () => expect(await requests(`${P()}/monthly/20151120/20160103`)).to.deep.equal([5001]));
    it('8: no full month is a 400', () => problemAt(url(`${P()}/monthly/20151203/20151220`), 400, NO_FULL_MONTHS));
  });

  describe('rules of §2.8', () => {
    it('answers items in the key order of production, file_path as stored', async () => {
      const items = await itemsAt(url(`${P('user')}/daily/20150701/20150731`), JSON_TYPE);
      perFileResponse.parse({ items });
      expect(items).to.deep.equal([
        { referer: 'en.wikipedia', file_path: PEACOCKS, granularity: 'daily', timestamp: '2015070200', agent: 'user', requests: 1002 },
        { referer: 'en.wikipedia', file_path: PEACOCKS, granularity: 'daily', timestamp: '2015072100', agent: 'user', requests: 2002 },
      ]);
    });
    it('sends the per-file headers of §1.8: not cached, no etag, no charset', async () => {
      const reply = await getJson(url(`${P()}/daily/20150701/20150703`), { headers: { 'if-none-match': '"d3cb5cb553f2bf319129a2fdb008bd7f935a6c93"' } });
      expect(reply.status).to.equal(200);
      expect(reply.headers.get('cache-control')).to.equal('private, max-age=0, s-maxage=0, must-revalidate');
      expect(reply.headers.get('content-type')).to.equal('application/json');
      expect(reply.headers.get('etag')).to.equal(null);
      expect(reply.headers.get('access-control-allow-origin')).to.equal('*');
    });
    it('counts a null column as 0, and answers the newest version of a day', async () => {
      await insert('null.wikipedia', '/a/b/null.png', '2020010100', null, 7);
      await insert('null.wikipedia', '/a/b/null.png', '2020010200', 5, 5);
      await insert('null.wikipedia', '/a/b/null.png', '2020010200', 1, 2, NEWER_TID);
      expect(await requests('null.wikipedia/all-agents/%2Fa%2Fb%2Fnull.png/daily/20200101/20200102')).to.deep.equal([7, 3]);
      expect(await requests('null.wikipedia/spider/%2Fa%2Fb%2Fnull.png/daily/20200101/20200102')).to.deep.equal([0, 1]);
    });
    it('normalises the referer (EN.WIKIPEDIA.ORG), keeps the referer classes, refuses a malformed one', async () => {
      const [item] = await itemsAt(url(`${P().replace('en.wikipedia', 'WWW.EN.WIKIPEDIA.ORG')}/daily/20150701/20150703`), JSON_TYPE);
      expect(item!.referer).to.equal('en.wikipedia');
      await insert('search-engine', PEACOCKS, '2015070200', 3, 4);
      const [classed] = await itemsAt(url(`SEARCH-ENGINE/all-agents/${encodeURIComponent(PEACOCKS)}/daily/20150702/20150702`), JSON_TYPE);
      expect([classed!.referer, classed!.requests]).to.deep.equal(['search-engine', 7]);
      await problemAt(url(`w'eird/spider/${encodeURIComponent(PEACOCKS)}/daily/20150701/20150703`), 400, INVALID_PROJECT);
    });
    it('refuses an unknown agent or granularity with the enum message of §1.9', async () => {
      await problemAt(url(`en.wikipedia/automated/x/daily/20150701/20150703`), 400, 'data.params.agent should be equal to one of the allowed values: [all-agents, user, spider]');
      await problemAt(url(`en.wikipedia/user/x/hourly/20150701/20150703`), 400, 'data.params.granularity should be equal to one of the allowed values: [daily, monthly]');
    });
    it('answers the no-data 404 for a file without rows, and the monitoring example of Appendix C', async () => {
      await problemAt(url(`en.wikipedia/user/%2Fno%2Fsuch.png/daily/20150701/20150703`), 404, NO_DATA_DETAIL);
      expect(await requests('en.wikipedia/all-agents/-/daily/1970010100/1970010100')).to.deep.equal([0]);
    });
  });

  describe('the sample data, against its oracle', () => {
    const oracle = (index: number, referer: string, from: number, to: number) => {
      const days: { timestamp: string; requests: number }[] = [];
      for (let day = from; day <= to; day++) {
        const { user, spider } = fileRequests(index, referer, day);
        if (user + spider > 0) days.push({ timestamp: `${ymd(day)}00`, requests: user });
      }
      return days;
    };
    it('a popular file, user agent, daily over the last 60 days', async () => {
      const w = await loadedWindowOf(MEDIA_KEYSPACE);
      const items = await itemsAt(url(`all-referers/user/${encodeURIComponent(SAMPLE_FILES[3]!.actual)}/daily/${ymd(w.last - 59)}/${ymd(w.last)}`), JSON_TYPE);
      expect(items.map((i) => ({ timestamp: i.timestamp, requests: i.requests }))).to.deep.equal(oracle(3, 'all-referers', w.last - 59, w.last));
    });
    it('a long-range file from en.wikipedia, monthly over the whole window', async () => {
      const w = await loadedWindowOf(MEDIA_KEYSPACE);
      const items = await itemsAt(url(`en.wikipedia/user/${encodeURIComponent(SAMPLE_FILES[5]!.actual)}/monthly/${ymd(w.first)}/${ymd(w.last)}`), JSON_TYPE);
      const expected = monthsBetween(w.first, w.last).map((m) => ({
        timestamp: `${ymd(m.first)}00`,
        requests: oracle(5, 'en.wikipedia', m.first, m.last).reduce((sum, d) => sum + d.requests, 0),
      }));
      expect(items.map((i) => ({ timestamp: i.timestamp, requests: i.requests }))).to.deep.equal(expected);
    });
    it('a punctuation file of the sample, asked for by its decoded name', async () => {
      const w = await loadedWindowOf(MEDIA_KEYSPACE);
      const index = SAMPLE_FILES.length - 15; // Siemens_I=40A_ΔI=30mA_RCD.JPG
      const items = await itemsAt(url(`all-referers/user/${encodeURIComponent(SAMPLE_FILES[index]!.actual)}/daily/${ymd(w.recentFirst)}/${ymd(w.last)}`), JSON_TYPE);
      expect(items[0]!.file_path).to.equal('/wikipedia/commons/0/03/Siemens_I=40A_%CE%94I=30mA_RCD.JPG');
      expect(items.map((i) => ({ timestamp: i.timestamp, requests: i.requests }))).to.deep.equal(oracle(index, 'all-referers', w.recentFirst, w.last));
    });
  });
});
