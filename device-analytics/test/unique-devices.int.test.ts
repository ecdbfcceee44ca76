// Integration tests against the real Cassandra: spec/aqs-endpoints.md §5.3 and the rules of §2.7; the
// sample's figures regenerated for the window make env-up loaded.
import { expect } from 'chai';
import type cassandra from 'cassandra-driver';
import { AQS_CACHE_CONTROL, INVALID_PROJECT, NO_DATA_DETAIL, aqsProblemSchema } from '@aqs/aqsassist';
import { uniqueDevicesResponse } from '../src/routes.js';
import { getJson, storeClient } from '@aqs/servicelib/testing';
import { ymd } from '../../test-env/src/sample-pageviews-model.js';
import { monthOf, monthsBetween } from '../../test-env/src/sample-pageviews-window.js';
import { UNIQUE_DEVICES_KEYSPACE, dailyFigures, monthlyFigures } from '../../test-env/src/sample-unique-devices.js';
import { loadedWindowOf } from '../../test-env/src/windowed-sample.js';
import { insertUniqueDevices, startService } from './harness.js';

type Service = Awaited<ReturnType<typeof startService>>;
const E = 'en.wikipedia/all-sites/daily/19690101/19710101';
const EH = 'en.wikipedia/all-sites/daily/1970010100/1970010200';

async function expectProblem(url: string, status: number, detail?: string) {
  const { status: actual, type, body } = await getJson(url);
  expect(actual, JSON.stringify(body)).to.equal(status);
  expect(type).to.equal('application/problem+json');
  aqsProblemSchema.parse(body);
  expect(body.status).to.equal(status);
  expect(body.method).to.equal('get');
  expect(body.uri).to.equal(new URL(url).pathname);
  if (detail !== undefined) expect(body.detail).to.equal(detail);
  return body;
}

describe('device-analytics: GET /metrics/unique-devices (real Cassandra)', function () {
  let svc: Service;
  let store: cassandra.Client;

  before(async () => {
    store = storeClient();
    await store.connect();
    await insertUniqueDevices(store, 'en.wikipedia', 'all-sites', 'daily', '19700101', 0, 0, 0);
    await insertUniqueDevices(store, 'en.wikipedia3', 'all-sites', 'daily', '19700101', '9007199254740991', 123432423, 53452334);
    for (const [day, n] of [['20190301', 10], ['20190302', 20], ['20190303', 30], ['20190304', 40]] as const) {
      await insertUniqueDevices(store, 'test.wikipedia', 'mobile-site', 'daily', day, n, n / 10, n - n / 10);
    }
    for (const month of ['20190101', '20190201', '20190301']) {
      await insertUniqueDevices(store, 'test.wikipedia', 'desktop-site', 'monthly', month, 1000, 100, 900);
    }
    svc = await startService();
  });
  after(async () => {
    await svc?.close();
    await store?.shutdown();
  });

  describe('spec §5.3 cases', () => {
    it('1: an end longer than 10 characters is a 400', () =>
      expectProblem(svc.url('en.wikipedia/all-sites/daily/19690101/20150701000000'), 400, 'end timestamp is invalid, must be a valid date in YYYYMMDD format'));
    it('2: start after end is a 400', () =>
      expectProblem(svc.url('en.wikipedia/all-sites/daily/20160701/19710101'), 400, 'start timestamp should be before the end timestamp'));
    it('3: an impossible end date (20150229) is a 400', () =>
      expectProblem(svc.url('en.wikipedia/all-sites/daily/19690101/20150229'), 400, 'end timestamp is invalid, must be a valid date in YYYYMMDD format'));
    it('4: zeros come back as the number 0', async () => {
      const { status, body } = await getJson(svc.url(E));
      expect(status).to.equal(200);
      expect(body).to.deep.equal({
        items: [{ project: 'en.wikipedia', 'access-site': 'all-sites', granularity: 'daily', timestamp: '19700101', devices: 0, offset: 0, underestimate: 0 }],
      });
    });
    it('5-7: hours are stripped; offset and underestimate are present integers', async () => {
      const { status, body } = await getJson(svc.url(EH));
      expect(status).to.equal(200);
      expect(body.items).to.have.length(1);
      const item = body.items[0];
      expect(item.devices).to.equal(0);
      expect(item).to.have.keys('project', 'access-site', 'granularity', 'timestamp', 'devices', 'offset', 'underestimate');
      for (const k of ['devices', 'offset', 'underestimate']) expect(Number.isInteger(item[k]), k).to.equal(true);
    });
    it('8: 2^53-1 devices come back exactly', async () => {
      const { status, body } = await getJson(svc.url('en.wikipedia3/all-sites/daily/19690101/19710101'));
      expect(status).to.equal(200);
      expect(body.items[0].devices).to.equal(9007199254740991);
      expect(body.items[0].offset).to.equal(123432423);
      expect(body.items[0].underestimate).to.equal(53452334);
    });
  });

  describe('ranges', () => {
    it('includes both the start and the end day, in timestamp order, keys in the documented order', async () => {
      const { status, body, type } = await getJson(svc.url('test.wikipedia/mobile-site/daily/20190302/20190303'));
      expect(status).to.equal(200);
      expect(type).to.equal('application/json; charset=utf-8');
      expect(body).to.deep.equal({
        items: [
          { project: 'test.wikipedia', 'access-site': 'mobile-site', granularity: 'daily', timestamp: '20190302', devices: 20, offset: 2, underestimate: 18 },
          { project: 'test.wikipedia', 'access-site': 'mobile-site', granularity: 'daily', timestamp: '20190303', devices: 30, offset: 3, underestimate: 27 },
        ],
      });
      expect(Object.keys(body.items[0])).to.deep.equal(['project', 'access-site', 'granularity', 'timestamp', 'devices', 'offset', 'underestimate']);
      uniqueDevicesResponse.parse(body);
    });
    it('answers start == end with that one day', async () => {
      const { body } = await getJson(svc.url('test.wikipedia/mobile-site/daily/20190304/20190304'));
      expect(body.items.map((i: any) => i.timestamp)).to.deep.equal(['20190304']);
    });
    it('strips YYYYMMDDHH hours rather than comparing them (2019030123 still includes 20190301)', async () => {
      const { body } = await getJson(svc.url('test.wikipedia/mobile-site/daily/2019030123/2019030200'));
      expect(body.items.map((i: any) => i.timestamp)).to.deep.equal(['20190301', '20190302']);
    });
    it('monthly: every month whose first day is in range, no full-month rule', async () => {
      const { status, body } = await getJson(svc.url('test.wikipedia/desktop-site/monthly/20190115/20190301'));
      expect(status).to.equal(200);
      expect(body.items.map((i: any) => i.timestamp)).to.deep.equal(['20190201', '20190301']);
      expect(body.items[0]).to.include({ granularity: 'monthly', devices: 1000, offset: 100, underestimate: 900 });
    });
    it('normalises the project and echoes the normalised value', async () => {
      const { status, body } = await getJson(svc.url('WWW.Test.Wikipedia.ORG/mobile-site/daily/20190301/20190301'));
      expect(status).to.equal(200);
      expect(body.items[0].project).to.equal('test.wikipedia');
    });
  });

  describe('errors', () => {
    it('refuses bad project characters with the project 400', () =>
      expectProblem(svc.url("w'eird/all-sites/daily/20190301/20190302"), 400, INVALID_PROJECT));
    it('refuses malformed percent-encoding as a bad project, not a 500', () =>
      expectProblem(svc.url('%E0%A4%A/all-sites/daily/20190301/20190302'), 400, INVALID_PROJECT));
    it('refuses an unknown access-site with the validator message', () =>
      expectProblem(
        svc.url('en.wikipedia/all-access/daily/20190301/20190302'),
        400,
        "data.params['access-site'] should be equal to one of the allowed values: [all-sites, desktop-site, mobile-site]",
      ));
    it('refuses hourly granularity', () =>
      expectProblem(svc.url('en.wikipedia/all-sites/hourly/2019030100/2019030200'), 400, 'data.params.granularity should be equal to one of the allowed values: [daily, monthly]'));
    it('checks enums before the project, as AQS does', () =>
      expectProblem(svc.url("w'eird/wrong-sites/wrong-granularity/00000000/00000000"), 400, "data.params['access-site'] should be equal to one of the allowed values: [all-sites, desktop-site, mobile-site]"));
    it('reports an invalid start and end together', () =>
      expectProblem(
        svc.url('en.wikipedia/all-sites/daily/0000/20190231'),
        400,
        'start timestamp is invalid, must be a valid date in YYYYMMDD format; end timestamp is invalid, must be a valid date in YYYYMMDD format',
      ));
    it('answers a range without data with the no-data 404 problem', async () => {
      const body = await expectProblem(svc.url('test.wikipedia/mobile-site/daily/20100101/20100131'), 404, NO_DATA_DETAIL);
      expect(body).to.deep.equal({
        type: 'about:blank',
        title: 'Not Found',
        method: 'get',
        status: 404,
        detail: NO_DATA_DETAIL,
        uri: '/metrics/unique-devices/test.wikipedia/mobile-site/daily/20100101/20100131',
      });
    });
    it('answers an unknown project with the no-data 404', () => expectProblem(svc.url('xx.wikipedia/all-sites/daily/20190301/20190302'), 404, NO_DATA_DETAIL));
    it('answers an empty segment and too many segments with a route 404', async () => {
      await expectProblem(`${svc.base}/metrics/unique-devices//all-sites/daily/20210101/20210201`, 404, 'Invalid route');
      await expectProblem(svc.url('en.wikipedia.org/wiki/.invalid/all-sites/daily/20190529/20200229'), 404, 'Invalid route');
    });
  });

  describe('headers (spec §1.8, design §1)', () => {
    const cors = {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET,HEAD',
      'access-control-expose-headers': 'etag',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'referrer-policy': 'origin-when-cross-origin',
      'x-xss-protection': '1; mode=block',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    };
    const expectCors = (headers: Headers) => {
      for (const [k, v] of Object.entries(cors)) expect(headers.get(k), k).to.equal(v);
      expect(headers.get('access-control-allow-headers')).to.contain('if-none-match');
    };
    it('sends CORS, security, cache-control and a strong etag on a 200', async () => {
      const { headers } = await getJson(svc.url('test.wikipedia/mobile-site/daily/20190301/20190304'));
      expectCors(headers);
      expect(headers.get('cache-control')).to.equal(AQS_CACHE_CONTROL);
      expect(headers.get('etag')).to.match(/^"[0-9a-f]{40}"$/);
    });
    it('sends CORS and security headers on errors too, without caching them', async () => {
      for (const suffix of ['en.wikipedia/all-access/daily/20190301/20190302', 'xx.wikipedia/all-sites/daily/20190301/20190302']) {
        const { headers } = await getJson(svc.url(suffix));
        expectCors(headers);
        expect(headers.get('etag')).to.equal(null);
        expect(headers.get('cache-control')).to.not.equal(AQS_CACHE_CONTROL);
      }
    });
    it('answers 304 to a matching If-None-Match, and 200 again when the data changes', async () => {
      const url = svc.url('test.wikipedia/mobile-site/daily/20190301/20190302');
      const first = await getJson(url);
      const etag = first.headers.get('etag')!;
      const again = await fetch(url, { headers: { 'if-none-match': etag } });
      expect(again.status).to.equal(304);
      expect(await again.text()).to.equal('');
      expect(again.headers.get('etag')).to.equal(etag);
      await insertUniqueDevices(store, 'test.wikipedia', 'mobile-site', 'daily', '20190302', 21, 2, 19);
      try {
        const changed = await fetch(url, { headers: { 'if-none-match': etag } });
        expect(changed.status).to.equal(200);
        expect(changed.headers.get('etag')).to.not.equal(etag);
      } finally {
        await insertUniqueDevices(store, 'test.wikipedia', 'mobile-site', 'daily', '20190302', 20, 2, 18);
      }
    });
    it('answers OPTIONS with 200 and the CORS headers', async () => {
      const res = await fetch(svc.url('en.wikipedia/all-sites/daily/20190301/20190302'), { method: 'OPTIONS' });
      expect(res.status).to.equal(200);
      expectCors(res.headers);
    });
  });

  describe('rows as a loading job writes them', () => {
    it('answers rows written straight into the production table, including a newer _tid version and deleted rows', async () => {
      await insertUniqueDevices(store, 'loader.wikipedia', 'all-sites', 'daily', '20200105', 5, 1, 4);
      // A newer version of the same day (timeuuid later than the loader's constant) wins.
      await insertUniqueDevices(store, 'loader.wikipedia', 'all-sites', 'daily', '20200106', 6, 1, 5);
      await insertUniqueDevices(store, 'loader.wikipedia', 'all-sites', 'daily', '20200106', 66, 11, 55, 'f0e5a340-5f8c-11ef-8080-808080808080');
      await store.execute(
        `INSERT INTO "local_group_default_T_unique_devices".data ("_domain", project, "access-site", granularity, timestamp, "_tid", "_del", devices) VALUES ('analytics.wikimedia.org', 'loader.wikipedia', 'all-sites', 'daily', '20200107', 13814000-1dd2-11b2-8080-808080808080, now(), 7)`,
      );
      const { status, body } = await getJson(svc.url('loader.wikipedia/all-sites/daily/20200101/20200131'));
      expect(status).to.equal(200);
      expect(body.items.map((i: any) => [i.timestamp, i.devices])).to.deep.equal([
        ['20200105', 5],
        ['20200106', 66],
      ]);
    });
    it('pages past 5000 rows instead of silently capping them', async function () {
      this.timeout(120000);
      const days: string[] = [];
      for (let d = new Date(Date.UTC(1990, 0, 1)); days.length < 5100; d.setUTCDate(d.getUTCDate() + 1)) {
        days.push(d.toISOString().slice(0, 10).replaceAll('-', ''));
      }
      let next = 0;
      await Promise.all(
        Array.from({ length: 32 }, async () => {
          while (next < days.length) {
            const day = days[next++]!;
            await insertUniqueDevices(store, 'paging.wikipedia', 'all-sites', 'daily', day, 1, 0, 1);
          }
        }),
      );
      const { status, body } = await getJson(svc.url(`paging.wikipedia/all-sites/daily/${days[0]}/${days.at(-1)}`));
      expect(status).to.equal(200);
      expect(body.items).to.have.length(5100);
      expect(body.items.at(-1).timestamp).to.equal(days.at(-1));
    });
  });

  describe('sample data (make env-up)', () => {
    it('serves every day of the last complete month of the loaded window, with the generated figures', async () => {
      const w = await loadedWindowOf(UNIQUE_DEVICES_KEYSPACE);
      const m = monthOf(w.last);
      const { status, body } = await getJson(svc.url(`en.wikipedia/all-sites/daily/${ymd(m.first)}/${ymd(m.last)}`));
      expect(status).to.equal(200);
      uniqueDevicesResponse.parse(body);
      const expected = [];
      for (let day = m.first; day <= m.last; day++) {
        expected.push({ project: 'en.wikipedia', 'access-site': 'all-sites', granularity: 'daily', timestamp: ymd(day), ...dailyFigures('en.wikipedia', 'all-sites', day) });
      }
      expect(body.items).to.deep.equal(expected);
    });
    it('answers the AQS 2.0 QA values for en.wikipedia on 2021-01-02 (a fixed part of the sample, spec D.10.2)', async () => {
      const { body } = await getJson(svc.url('en.wikipedia/all-sites/daily/2021010100/2021020100'));
      expect(body.items).to.have.length(32); // both ends included: 20210101..20210201
      expect(body.items[1]).to.deep.equal({
        project: 'en.wikipedia', 'access-site': 'all-sites', granularity: 'daily', timestamp: '20210102',
        devices: 75002648, offset: 14784457, underestimate: 60218191,
      });
    });
    it('has families and a monthly row for every month of the window', async () => {
      const w = await loadedWindowOf(UNIQUE_DEVICES_KEYSPACE);
      const months = monthsBetween(w.first, w.last);
      const { status, body } = await getJson(svc.url(`all-wikipedia-projects/mobile-site/monthly/${ymd(w.first)}/${ymd(w.last)}`));
      expect(status).to.equal(200);
      expect(months).to.have.length(24);
      expect(body.items).to.deep.equal(
        months.map((m) => ({ project: 'all-wikipedia-projects', 'access-site': 'mobile-site', granularity: 'monthly', timestamp: ymd(m.first), ...monthlyFigures('all-wikipedia-projects', 'mobile-site', m.first) })),
      );
    });
  });
});
