// Editors by country against the real Cassandra: every case of spec §5.5, the rules of §2.11 (deny
// list, stored order, newest version, null and broken lists) and the sample against its oracle.
import { expect } from 'chai';
import { ALL_PROJECTS_REFUSED, INVALID_PROJECT, INVALID_YEAR_MONTH, NO_DATA_DETAIL, STORED_LIST_INVALID } from '@aqs/aqsassist';
import { GEO_KEYSPACE, GEO_LEVELS, GEO_PROJECTS, INSERT_BY_COUNTRY, storedCountries } from '../../test-env/src/sample-geoeditors.js';
import { monthsBetween } from '../../test-env/src/sample-pageviews-window.js';
import { DOMAIN, LOADER_TID } from '../../test-env/src/sample-unique-devices.js';
import { itemsAt, problemAt, withCassandraService } from '../../test-env/src/cassandra-harness.js';
import { DENIED_COUNTRIES } from '../src/deny-list.js';
import { byCountryResponse } from '../src/schemas.js';
import service from '../src/service.js';
import { loadedWindowOf } from '../../test-env/src/windowed-sample.js';

const ENUM = 'data.params[\'activity-level\'] should be equal to one of the allowed values: [5..99-edits, 100..-edits]';
const NEWER_TID = 'f0e5a340-5f8c-11ef-8080-808080808080';
const DELETION = 'f1e5a340-5f8c-11ef-8080-808080808080';

describe('geo-analytics: GET /metrics/editors/by-country (real Cassandra)', function () {
  const t = withCassandraService(service);
  const url = (suffix: string) => t.url(`editors/by-country/${suffix}`);
  const store = (key: string[], countries: unknown, tid = LOADER_TID) =>
    t.write(INSERT_BY_COUNTRY, [DOMAIN, ...key, tid, typeof countries === 'string' || countries === null ? countries : JSON.stringify(countries)]);

  describe('spec §5.5', () => {
    // Cases 9 and 10 write the same key, 10 as a newer version: start from an empty partition.
    before(() =>
      t.write('DELETE FROM "local_group_default_T_editors_bycountry".data WHERE "_domain" = ? AND project = ? AND "activity-level" = ? AND year = ? AND month = ?', [
        DOMAIN, 'en.wikipedia', '5..99-edits', '2020', '05',
      ]),
    );
    const refused: [number, string, string][] = [
      [1, "w'eird/5..99-edits/2020/05", INVALID_PROJECT],
      [2, 'en.wikipedia/3..47-edits/2020/05', ENUM],
      [3, 'en.wikipedia/5..99-edits/xyzw/05', INVALID_YEAR_MONTH],
      [4, 'en.wikipedia/5..99-edits/2020/50', INVALID_YEAR_MONTH],
      [5, 'all-projects/5..99-edits/2020/05', ALL_PROJECTS_REFUSED],
      [6, 'en.wikipedia/all-activity-levels/2020/05', ENUM],
      [7, 'en.wikipedia/5..99-edits/all-years/05', INVALID_YEAR_MONTH],
      [8, 'en.wikipedia/5..99-edits/2020/all-months', INVALID_YEAR_MONTH],
    ];
    for (const [n, path, detail] of refused) it(`${n}: ${path} is a 400: ${detail}`, () => problemAt(url(path), 400, detail));

    it('9: countries come back in stored order with their values', async () => {
      const stored = [
        { country: 'MUK', 'editors-ceil': 10 },
        { country: 'JJI', 'editors-ceil': 20 },
        { country: 'PPA', 'editors-ceil': 30 },
      ];
      await store(['en.wikipedia', '5..99-edits', '2020', '05'], stored);
      const items = await itemsAt(url('en.wikipedia/5..99-edits/2020/05'));
      byCountryResponse.parse({ items });
      expect(items).to.deep.equal([{ project: 'en.wikipedia', 'activity-level': '5..99-edits', year: '2020', month: '05', countries: stored }]);
      expect(Object.keys(items[0]!)).to.deep.equal(['project', 'activity-level', 'year', 'month', 'countries']);
    });
    it('10: ER and AE (deny list) are left out', async () => {
      const stored = ['US', 'ES', 'ER', 'AE', 'FR', 'DE'].map((country, i) => ({ country, 'editors-ceil': [10, 20, 30, 10, 20, 30][i] }));
      // A newer version of the key of case 9: the answer is the newest.
      await store(['en.wikipedia', '5..99-edits', '2020', '05'], stored, NEWER_TID);
      const [item] = await itemsAt(url('en.wikipedia/5..99-edits/2020/05'));
      expect(item!.countries.map((c: { country: string }) => c.country)).to.deep.equal(['US', 'ES', 'FR', 'DE']);
    });
  });

  describe('rules of §2.11', () => {
    it('drops all 36 deny-listed countries, whatever the store holds, and keeps the others in order', async () => {
      const stored = [...DENIED_COUNTRIES, 'US', 'ZZ'].map((country, i) => ({ country, 'editors-ceil': 1000 - i * 10 }));
      await store(['denied.wikipedia', '100..-edits', '2021', '01'], stored);
      const [item] = await itemsAt(url('denied.wikipedia/100..-edits/2021/01'));
      expect(DENIED_COUNTRIES.size).to.equal(36);
      expect(item!.countries).to.deep.equal([
        { country: 'US', 'editors-ceil': 640 },
        { country: 'ZZ', 'editors-ceil': 630 },
      ]);
    });
    it('answers an empty list when every stored country is denied', async () => {
      await store(['denied.wikipedia', '100..-edits', '2021', '02'], [{ country: 'CN', 'editors-ceil': 10 }]);
      const [item] = await itemsAt(url('denied.wikipedia/100..-edits/2021/02'));
      expect(item!.countries).to.deep.equal([]);
    });
    it('normalises the project (WWW.EN.WIKIPEDIA.ORG) and refuses every all-… value', async () => {
      const [item] = await itemsAt(url('WWW.EN.WIKIPEDIA.ORG/5..99-edits/2020/05'));
      expect(item!.project).to.equal('en.wikipedia');
      await problemAt(url('all-wikipedia-projects/5..99-edits/2020/05'), 400, ALL_PROJECTS_REFUSED);
      await problemAt(url('ALL-PROJECTS.ORG/100..-edits/2020/05'), 400, ALL_PROJECTS_REFUSED);
    });
    it('answers the no-data 404 for a month, project or level without a list, a null list and a deleted one', async () => {
      await problemAt(url('en.wikipedia/100..-edits/2020/05'), 404, NO_DATA_DETAIL);
      await problemAt(url('xx.wikipedia/5..99-edits/2020/05'), 404, NO_DATA_DETAIL);
      await store(['null.wikipedia', '5..99-edits', '2021', '03'], null);
      await problemAt(url('null.wikipedia/5..99-edits/2021/03'), 404, NO_DATA_DETAIL);
      await store(['deleted.wikipedia', '5..99-edits', '2021', '03'], [{ country: 'US', 'editors-ceil': 10 }]);
      await t.write(`UPDATE "local_group_default_T_editors_bycountry".data SET "_del" = ? WHERE "_domain" = ? AND project = ? AND "activity-level" = ? AND year = ? AND month = ? AND "_tid" = ?`, [
        DELETION, DOMAIN, 'deleted.wikipedia', '5..99-edits', '2021', '03', NEWER_TID,
      ]);
      await problemAt(url('deleted.wikipedia/5..99-edits/2021/03'), 404, NO_DATA_DETAIL);
    });
    it('answers the 500 of §1.9 for a stored list that is not JSON', async () => {
      await store(['broken.wikipedia', '5..99-edits', '2021', '04'], '[{"country": nope');
      await problemAt(url('broken.wikipedia/5..99-edits/2021/04'), 500, STORED_LIST_INVALID);
    });
    it('answers 200s with the 4-hour cache policy and an etag', async () => {
      const res = await fetch(url('en.wikipedia/5..99-edits/2020/05'));
      expect(res.headers.get('cache-control')).to.equal('s-maxage=14400, max-age=14400');
      expect(res.headers.get('etag')).to.match(/^"[0-9a-f]{40}"$/);
    });
  });

  describe('the sample data, against its oracle', () => {
    it('every project, level and month of the window: the stored list less the deny list', async () => {
      const w = await loadedWindowOf(GEO_KEYSPACE);
      let denied = 0;
      for (const project of GEO_PROJECTS) {
        for (const level of GEO_LEVELS) {
          for (const month of monthsBetween(w.first, w.last)) {
            const stored = storedCountries(project, level, month);
            const [item] = await itemsAt(url(`${project}/${level}/${month.year}/${month.month}`));
            const published = stored.filter((c) => !DENIED_COUNTRIES.has(c.country));
            denied += stored.length - published.length;
            expect(item!.countries, `${project} ${level} ${month.year}-${month.month}`).to.deep.equal(published);
          }
        }
      }
      expect(denied, 'deny-listed countries in the sample').to.be.greaterThan(100);
    });
  });
});
