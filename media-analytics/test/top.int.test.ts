// Mediarequests top files against the real Cassandra: spec §5.4 cases 13-17, the rules of §2.10
// and the sample's lists against their oracle.
import { expect } from 'chai';
import { INVALID_YEAR_MONTH_DAY, NO_DATA_DETAIL, STORED_LIST_INVALID } from '@aqs/aqsassist';
import { itemsAt, problemAt, withCassandraService } from '../../test-env/src/cassandra-harness.js';
import { topFiles } from '../../test-env/src/sample-mediarequests-model.js';
import { MEDIA_INSERT, MEDIA_KEYSPACE } from '../../test-env/src/sample-mediarequests.js';
import { monthOf } from '../../test-env/src/sample-pageviews-window.js';
import { DOMAIN, LOADER_TID } from '../../test-env/src/sample-unique-devices.js';
import { topResponse } from '../src/schemas.js';
import service from '../src/service.js';
import { loadedWindowOf } from '../../test-env/src/windowed-sample.js';

const TWO = [
  { rank: 2, file_path: 'two\\', requests: 1000 },
  { rank: 1, file_path: 'o"n"e', requests: 2000 },
];

describe('media-analytics: GET /metrics/mediarequests/top (real Cassandra)', function () {
  const t = withCassandraService(service);
  const url = (suffix: string) => t.url(`mediarequests/top/${suffix}`);
  const insert = (key: string[], files: string | null) => t.write(MEDIA_INSERT.top, [DOMAIN, ...key, LOADER_TID, files]);

  describe('spec §5.4 cases 13-17', () => {
    const invalid = {
      13: 'en.wikipedia/all-media-types/2015/01/all-dayz',
      14: 'en.wikipedia/all-media-types/all-years/01/all-days',
      15: 'en.wikipedia/all-media-types/2all-months5/01/all-days', // AQS 1.0's "all-months" case corrupts the year (§6.11)
      16: 'en.wikipedia/all-media-types/2015/02/29',
    };
    Object.entries(invalid).forEach(([n, path]) => it(`${n}: ${path} is a 400`, () => problemAt(url(path), 400, INVALID_YEAR_MONTH_DAY)));
    it('17: the files come sorted by rank, quotes and backslashes intact', async () => {
      await insert(['en.wikipedia', 'all-media-types', '2015', '01', 'all-days'], JSON.stringify(TWO));
      const items = await itemsAt(url('en.wikipedia/all-media-types/2015/01/all-days'));
      topResponse.parse({ items });
      expect(items).to.deep.equal([{ referer: 'en.wikipedia', media_type: 'all-media-types', year: '2015', month: '01', day: 'all-days', files: [TWO[1], TWO[0]] }]);
      expect(Object.keys(items[0]!)).to.deep.equal(['referer', 'media_type', 'year', 'month', 'day', 'files']);
    });
  });

  describe('rules of §2.10', () => {
    it('keeps stored order between equal ranks', async () => {
      const tied = [{ rank: 2, file_path: 'c', requests: 5 }, { rank: 1, file_path: 'a', requests: 9 }, { rank: 2, file_path: 'b', requests: 5 }];
      await insert(['ties.wikipedia', 'image', '2016', '03', '01'], JSON.stringify(tied));
      const [item] = await itemsAt(url('ties.wikipedia/image/2016/03/01'));
      expect(item!.files.map((f: { file_path: string }) => f.file_path)).to.deep.equal(['a', 'c', 'b']);
    });
    it('normalises the referer, and answers a missing, null or broken list with the 404 or 500', async () => {
      const [item] = await itemsAt(url('WWW.EN.WIKIPEDIA.ORG/all-media-types/2015/01/all-days'));
      expect(item!.referer).to.equal('en.wikipedia');
      await problemAt(url('en.wikipedia/all-media-types/2014/01/all-days'), 404, NO_DATA_DETAIL);
      await insert(['null.wikipedia', 'image', '2016', '03', '01'], null);
      await problemAt(url('null.wikipedia/image/2016/03/01'), 404, NO_DATA_DETAIL);
      await insert(['broken.wikipedia', 'image', '2016', '03', '01'], '[{"file_path": nope');
      await problemAt(url('broken.wikipedia/image/2016/03/01'), 500, STORED_LIST_INVALID);
    });
    it('answers the monitoring example of Appendix C', async () => {
      const [item] = await itemsAt(url('en.wikipedia/all-media-types/1970/01/01'));
      expect(item!.files).to.deep.equal([{ file_path: '-', requests: 0, rank: 1 }]);
    });
  });

  describe('the sample data, against its oracle', () => {
    it('all-referers, all media types, the last month (all-days)', async () => {
      const m = monthOf((await loadedWindowOf(MEDIA_KEYSPACE)).last);
      const [item] = await itemsAt(url(`all-referers/all-media-types/${m.year}/${m.month}/all-days`));
      expect(item!.files).to.deep.equal(topFiles('all-referers', 'all-media-types', m.first, m.last));
    });
    it('en.wikipedia, video, the first month of the window', async () => {
      const m = monthOf((await loadedWindowOf(MEDIA_KEYSPACE)).first);
      const [item] = await itemsAt(url(`en.wikipedia/video/${m.year}/${m.month}/all-days`));
      expect(item!.files).to.deep.equal(topFiles('en.wikipedia', 'video', m.first, m.last));
    });
    it('all-referers, audio, the last day', async () => {
      const last = (await loadedWindowOf(MEDIA_KEYSPACE)).last;
      const m = monthOf(last);
      const [item] = await itemsAt(url(`all-referers/audio/${m.year}/${m.month}/${String(last - m.first + 1).padStart(2, '0')}`));
      expect(item!.files).to.deep.equal(topFiles('all-referers', 'audio', last, last));
    });
  });
});
