// Mediarequests per referer against the real Cassandra: spec §5.4 cases 9-12, the rules of §2.9
// (bigint requests, null, media_type not validated) and the sample against its oracle.
import { expect } from 'chai';
import cassandra from 'cassandra-driver';
import { NO_DATA_DETAIL, NO_FULL_MONTHS, START_AFTER_END, invalidTimestamp } from '@aqs/aqsassist';
import { itemsAt, problemAt, withCassandraService } from '../../test-env/src/cassandra-harness.js';
import { aggregateRequests } from '../../test-env/src/sample-mediarequests-model.js';
import { MEDIA_INSERT, MEDIA_KEYSPACE } from '../../test-env/src/sample-mediarequests.js';
import { ymd } from '../../test-env/src/sample-pageviews-model.js';
import { monthsBetween } from '../../test-env/src/sample-pageviews-window.js';
import { DOMAIN, LOADER_TID } from '../../test-env/src/sample-unique-devices.js';
import { aggregateResponse } from '../src/schemas.js';
import service from '../src/service.js';
import { loadedWindowOf } from '../../test-env/src/windowed-sample.js';

describe('media-analytics: GET /metrics/mediarequests/aggregate (real Cassandra)', function () {
  const t = withCassandraService(service);
  const url = (suffix: string) => t.url(`mediarequests/aggregate/${suffix}`);
  const BASE = 'en.wikipedia/all-media-types/all-agents/monthly';
  const insert = (key: string[], ts: string, requests: string | null) =>
    t.write(MEDIA_INSERT.perReferer, [DOMAIN, ...key, ts, LOADER_TID, requests === null ? null : cassandra.types.Long.fromString(requests)]);

  describe('spec §5.4 cases 9-12', () => {
    it('9: an end of 14 digits is a 400', () => problemAt(url(`${BASE}/1969010100/20150701000000`), 400, invalidTimestamp('end', true)));
    it('10: a start after the end is a 400 (monthly: and so no full month)', () => problemAt(url(`${BASE}/2016070100/2015070100`), 400, `${START_AFTER_END}; ${NO_FULL_MONTHS}`));
    it('11: an end of 2015-02-29 is a 400', () => problemAt(url(`${BASE}/2015010100/2015022900`), 400, invalidTimestamp('end', true)));
    it('12: monthly 2017010100..2017010102 has no full month: a 400 (the AQS 1.0 test expected 3 items, unawaited)', () =>
      problemAt(url(`${BASE}/2017010100/2017010102`), 400, NO_FULL_MONTHS));
  });

  describe('rules of §2.9', () => {
    it('reads bigint requests as numbers (2^53 − 1 exact), null as 0, key order of production', async () => {
      const key = ['big.wikipedia', 'image', 'user', 'daily'];
      await insert(key, '2020010100', '9007199254740991');
      await insert(key, '2020010200', null);
      const items = await itemsAt(url('big.wikipedia/image/user/daily/20200101/20200102'));
      aggregateResponse.parse({ items });
      expect(items).to.deep.equal([
        { referer: 'big.wikipedia', media_type: 'image', agent: 'user', granularity: 'daily', timestamp: '2020010100', requests: 9007199254740991 },
        { referer: 'big.wikipedia', media_type: 'image', agent: 'user', granularity: 'daily', timestamp: '2020010200', requests: 0 },
      ]);
    });
    it('takes any media_type: an unknown one is the no-data 404', () =>
      problemAt(url('all-referers/pictures/all-agents/daily/20250101/20250102'), 404, NO_DATA_DETAIL));
    it('answers the monitoring example of Appendix C', async () => {
      const items = await itemsAt(url('en.wikipedia/all-media-types/all-agents/daily/1970010100/1970010100'));
      expect(items.map((i) => i.requests)).to.deep.equal([0]);
    });
    it('answers 200s with the 4-hour cache policy and an etag', async () => {
      const res = await fetch(url('en.wikipedia/all-media-types/all-agents/daily/1970010100/1970010100'));
      expect([res.headers.get('cache-control'), /^"[0-9a-f]{40}"$/.test(res.headers.get('etag') ?? '')]).to.deep.equal(['s-maxage=14400, max-age=14400', true]);
    });
  });

  describe('the sample data, against its oracle', () => {
    const keys = ['all-referers/all-media-types/all-agents', 'internal/video/spider', 'en.wikipedia/image/user', 'search-engine/document/all-agents'];
    for (const [referer, type, agent] of keys.map((k) => k.split('/') as [string, string, string])) {
      it(`${referer} ${type} ${agent}: monthly over the window, daily over the last month`, async () => {
        const w = await loadedWindowOf(MEDIA_KEYSPACE);
        const months = await itemsAt(url(`${referer}/${type}/${agent}/monthly/${ymd(w.first)}/${ymd(w.last)}`));
        const expected = monthsBetween(w.first, w.last).map((m) => {
          let sum = 0;
          for (let day = m.first; day <= m.last; day++) sum += aggregateRequests(referer, type, agent, day);
          return [`${ymd(m.first)}00`, sum];
        });
        expect(months.map((i) => [i.timestamp, i.requests])).to.deep.equal(expected);
        const days = await itemsAt(url(`${referer}/${type}/${agent}/daily/${ymd(w.last - 30)}/${ymd(w.last)}`));
        expect(days.map((i) => i.requests)).to.deep.equal(Array.from({ length: 31 }, (_, k) => aggregateRequests(referer, type, agent, w.last - 30 + k)));
      });
    }
  });
});
