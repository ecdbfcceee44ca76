// The 14 routes against the real Cassandra, twice: through the real Data Gateway (image-suggestions,
// as a process) and directly (data_gateway_uri empty). Every partition of the sample (the top lists
// of the last three months) answers its rows in order, and every 200 body passes its declared
// schema; then every parameter rule, the 404s, the top-list rules and the AQS headers.
import { expect } from 'chai';
import { INVALID_YEAR_MONTH, START_AFTER_END } from '@aqs/aqsassist';
import { cassandraTestConfig, getJson, LOCAL_STORES, startInProcess, storeClient } from '@aqs/servicelib/testing';
import type cassandra from 'cassandra-driver';
import type { z } from 'zod';
import { problemAt } from '../../test-env/src/cassandra-harness.js';
import { insertInto } from '../../test-env/src/sample-commons.js';
import { INVALID_WIKI, notLoadedDetail } from '../src/read.js';
import service from '../src/service.js';
import { startGateway, type RunningGateway } from './gateway.js';
import { BASE, casesOf, LAST_MONTH, ROUTES, WINDOW, type Case } from './oracle.js';

const routeOf = (operationId: string) => service.routes.find((r) => r.operationId === operationId)!;
const isTop = (operationId: string) => ROUTES[operationId]![1].startsWith('top_');
const lastMonths = (c: Case) => {
  // Top-list paths end in /YYYY/MM: keep the last three months of the window.
  const [y, m] = c.path.split('/').slice(-2).map(Number);
  return LAST_MONTH.year * 12 + LAST_MONTH.month - (y! * 12 + m!) < 3;
};

const enumDetail = (name: string, values: string[]) => `data.params['${name}'] should be equal to one of the allowed values: [${values.join(', ')}]`;
const TEST_CATEGORY = 'Commons_test_long_list';

for (const mode of ['through the Data Gateway', 'directly from Cassandra'] as const) {
  describe(`commons-impact-analytics ${mode} (real Cassandra)`, function () {
    this.timeout(120000);
    let gateway: RunningGateway | undefined;
    let svc: Awaited<ReturnType<typeof startInProcess>>;
    const url = (path: string) => svc.origin + (path.startsWith('/') ? path : BASE + path);
    const items = async (path: string) => {
      const reply = await getJson(url(path));
      expect(reply.status, `${path}: ${reply.text}`).to.equal(200);
      return reply.body.items as Record<string, unknown>[];
    };

    before(async () => {
      if (mode === 'through the Data Gateway') gateway = await startGateway();
      svc = await startInProcess(service, { ...cassandraTestConfig(LOCAL_STORES), data_gateway_uri: gateway?.uri ?? '' });
    });
    after(async () => {
      await svc?.close();
      await gateway?.stop();
    });

    describe('every route on the sample, against the generated rows', () => {
      for (const operationId of Object.keys(ROUTES)) {
        it(`${operationId}: every partition${isTop(operationId) ? ' of the last three months' : ''}: its rows, in order, valid against the declared schema`, async () => {
          const cases = isTop(operationId)
            ? casesOf(operationId).filter(lastMonths)
            : // The whole range, and the second half of the window.
              [...casesOf(operationId), ...casesOf(operationId, { start: `${LAST_MONTH.year - 1}${String(LAST_MONTH.month).padStart(2, '0')}01`, end: WINDOW.last })];
          expect(cases.length).to.be.greaterThan(isTop(operationId) ? 2 : 3);
          const schema = routeOf(operationId).response as z.ZodType;
          const itemKeys = Object.keys((schema as unknown as z.ZodObject<{ items: z.ZodArray<z.ZodObject> }>).shape.items.element.shape);
          for (const c of cases) {
            const reply = await getJson(url(c.path));
            expect(reply.status, `${c.path}: ${reply.text}`).to.equal(200);
            const parsed = schema.safeParse(reply.body);
            expect(parsed.success, `${c.path}: ${JSON.stringify(parsed.error?.issues)}`).to.equal(true);
            expect(parsed.data, 'no undeclared key').to.deep.equal(reply.body);
            expect(reply.body.items, c.path).to.deep.equal(c.items);
            expect(Object.keys(reply.body.items[0]), 'keys in declared order').to.deep.equal(itemKeys);
          }
        });
      }
    });

    describe('the sample covers what the routes must handle', () => {
      it('special user names, a name with a space, all-wikis, all-categories and all-edit-types answer', async () => {
        const users = casesOf('getEditsPerUserMonthly').map((c) => decodeURIComponent(c.path.split('/')[4]!));
        expect(users).to.include.members([':anonymous:', ':redacted:', ':all-user-names:', 'Kenji Sato']);
        expect(await items('pageviews-per-category-monthly/all-categories/shallow/all-wikis/00000101/99991231')).to.have.length.greaterThan(11);
        expect(await items('edits-per-category-monthly/Maps_of_Catalonia/shallow/all-edit-types/00000101/99991231')).to.not.be.empty;
      });
      it('top lists share ranks on ties (RANK(): 1, 1, 3)', () => {
        for (const operationId of Object.keys(ROUTES).filter(isTop)) {
          const tied = casesOf(operationId).some((c) => c.items.some((it, i) => i > 0 && it.rank === c.items[i - 1]!.rank));
          expect(tied, `${operationId} has a tie in the sample`).to.equal(true);
        }
        const skips = casesOf('getTopPagesPerCategoryMonthly').some((c) =>
          c.items.some((it, i) => i > 1 && it.rank === i + 1 && c.items[i - 1]!.rank === c.items[i - 2]!.rank),
        );
        expect(skips, 'a rank that skips after a tie').to.equal(true);
      });
      it('the deep snapshot columns are null for a category that is not a primary', async () => {
        const [item] = await items('category-metrics-snapshot/Maps_of_Catalonia/00000101/99991231');
        expect(item!['media-file-count-deep']).to.equal(null);
        const [primary] = await items('category-metrics-snapshot/Tokyo_Metropolitan_Library/00000101/99991231');
        expect(primary!['media-file-count-deep']).to.be.a('number');
      });
    });

    describe('parameters', () => {
      const snapshot = (range: string) => `category-metrics-snapshot/Tokyo_Metropolitan_Library/${range}`;
      it('category-scope: shallow or deep, else the AQS enum 400', async () => {
        await problemAt(url('pageviews-per-category-monthly/Maps_of_Catalonia/medium/all-wikis/00000101/99991231'), 400, enumDetail('category-scope', ['shallow', 'deep']));
      });
      it('edit-type: create, update or all-edit-types, else the AQS enum 400', async () => {
        await problemAt(url('edits-per-category-monthly/Maps_of_Catalonia/shallow/rename/00000101/99991231'), 400, enumDetail('edit-type', ['create', 'update', 'all-edit-types']));
        expect(await items('edits-per-category-monthly/Maps_of_Catalonia/shallow/create/00000101/99991231')).to.not.be.empty;
      });
      it('wiki: a project without .org; `.org`, upper case and www. are normalised; other characters are a 400', async () => {
        const plain = await items('pageviews-per-media-file-monthly/Mapa_de_Catalunya_1908.jpg/ca.wikipedia/00000101/99991231');
        expect(await items('pageviews-per-media-file-monthly/Mapa_de_Catalunya_1908.jpg/WWW.CA.WIKIPEDIA.ORG/00000101/99991231')).to.deep.equal(plain);
        await problemAt(url("pageviews-per-media-file-monthly/Mapa_de_Catalunya_1908.jpg/w'eird/00000101/99991231"), 400, INVALID_WIKI);
      });
      it('category and media-file: any script, percent-encoded; a space is read as an underscore', async () => {
        expect(await items('category-metrics-snapshot/Maps%20of%20Catalonia/00000101/99991231')).to.deep.equal(await items('category-metrics-snapshot/Maps_of_Catalonia/00000101/99991231'));
        expect(await items(`category-metrics-snapshot/${encodeURIComponent('東京の写真')}/00000101/99991231`)).to.have.length(casesOf('getCategoryMetricsSnapshot').find((c) => c.path.includes(encodeURIComponent('東京の写真')))!.items.length);
        expect(await items(`media-file-metrics-snapshot/${encodeURIComponent('100%_cotton_label.png')}/00000101/99991231`)).to.not.be.empty;
      });
      it('start/end: YYYYMMDD (an hour is accepted and ignored); wide ranges answer 200', async () => {
        expect(await items(snapshot('00000101/99991231'))).to.have.length(24);
        expect(await items(snapshot(`${WINDOW.first}00/${WINDOW.last}23`))).to.have.length(24);
      });
      it('the end day is included: one month is YYYYMM01/YYYYMM01; 20XX0101..20XX0301 is three months', async () => {
        const one = await items(snapshot(`${WINDOW.first}/${WINDOW.first}`));
        expect(one.map((i) => i.timestamp)).to.deep.equal([`${WINDOW.first.slice(0, 4)}-${WINDOW.first.slice(4, 6)}-01 00:00:00.000Z`]);
        const year = Number(WINDOW.last.slice(0, 4));
        expect(await items(snapshot(`${year}0101/${year}0301`))).to.have.length(3);
        expect(await items(snapshot(`${year}0102/${year}0301`))).to.have.length(2);
      });
      it('start/end: the AQS date 400s', async () => {
        await problemAt(url(snapshot('2025013a/20250301')), 400, 'start timestamp is invalid, must be a valid date in YYYYMMDD format');
        await problemAt(url(snapshot('20250101/20250230')), 400, 'end timestamp is invalid, must be a valid date in YYYYMMDD format');
        await problemAt(
          url(snapshot('2025-01-01/x')),
          400,
          'start timestamp is invalid, must be a valid date in YYYYMMDD format; end timestamp is invalid, must be a valid date in YYYYMMDD format',
        );
        await problemAt(url(snapshot('20250301/20250101')), 400, START_AFTER_END);
      });
      it('year/month: YYYY and MM, else the AQS 400', async () => {
        const top = (ym: string) => url(`top-wikis-per-media-file-monthly/Mapa_de_Catalunya_1908.jpg/${ym}`);
        for (const ym of ['2025/13', '2025/1', '25/01', 'all-years/01', '2025/00']) await problemAt(top(ym), 400, INVALID_YEAR_MONTH);
      });
      it('the wiki is checked before the dates (AQS order)', async () => {
        await problemAt(url("pageviews-per-media-file-monthly/X/w'eird/2025013a/20250301"), 400, INVALID_WIKI);
      });
    });

    describe('the no-data 404 names what is not loaded', () => {
      const cases: [string, string, 'category' | 'media file' | 'user'][] = [
        ['an unknown category', 'category-metrics-snapshot/No_such_category/00000101/99991231', 'category'],
        ['a category without data in the range', 'category-metrics-snapshot/Tokyo_Metropolitan_Library/20000101/20001231', 'category'],
        ['deep for a category that is not a primary', 'pageviews-per-category-monthly/Maps_of_Catalonia/deep/all-wikis/00000101/99991231', 'category'],
        ['an unknown wiki', 'pageviews-per-category-monthly/Maps_of_Catalonia/shallow/xx.wikipedia/00000101/99991231', 'category'],
        ['a month without a list', 'top-viewed-categories-monthly/shallow/all-wikis/2000/01', 'category'],
        ['an unknown media file', 'media-file-metrics-snapshot/No_such_file.jpg/00000101/99991231', 'media file'],
        ['an unknown media file (top list)', `top-wikis-per-media-file-monthly/No_such_file.jpg/${LAST_MONTH.year}/${String(LAST_MONTH.month).padStart(2, '0')}`, 'media file'],
        ['an unknown user', 'edits-per-user-monthly/No%20such%20user/all-edit-types/00000101/99991231', 'user'],
      ];
      for (const [what, path, subject] of cases) it(`${what}: 404 naming the ${subject}`, () => problemAt(url(path), 404, notLoadedDetail(subject)));
    });

    describe('top lists', () => {
      let client: cassandra.Client;
      before(async () => {
        client = storeClient();
        // A stored list longer than the loader writes: the answer stops at 100 entries.
        const rows = Array.from({ length: 120 }, (_, i) => [TEST_CATEGORY, 'shallow', 'all-wikis', 2020, 1, Math.floor(i / 2) * 2 + 1, `File_${String(i).padStart(3, '0')}.jpg`, 1000 - Math.floor(i / 2)]);
        for (const r of rows) await client.execute(insertInto('top_viewed_media_files_monthly'), r, { prepare: true });
      });
      after(() => client?.shutdown());
      it('are in rank order, at most 100 entries, ties sharing a rank as stored', async () => {
        const list = await items(`top-viewed-media-files-monthly/${TEST_CATEGORY}/shallow/all-wikis/2020/01`);
        expect(list).to.have.length(100);
        expect(list.slice(0, 4)).to.deep.equal([
          { 'media-file': 'File_000.jpg', 'pageview-count': 1000, rank: 1 },
          { 'media-file': 'File_001.jpg', 'pageview-count': 1000, rank: 1 },
          { 'media-file': 'File_002.jpg', 'pageview-count': 999, rank: 3 },
          { 'media-file': 'File_003.jpg', 'pageview-count': 999, rank: 3 },
        ]);
        expect(list.at(-1)).to.deep.equal({ 'media-file': 'File_099.jpg', 'pageview-count': 951, rank: 99 });
      });
    });

    describe('AQS responses', () => {
      const path = 'category-metrics-snapshot/Tokyo_Metropolitan_Library/00000101/99991231';
      it('200s carry the cache policy, a strong etag, the CORS set, and answer 304 to If-None-Match', async () => {
        const res = await fetch(url(path));
        expect(res.headers.get('cache-control')).to.equal('s-maxage=14400, max-age=14400');
        expect(res.headers.get('content-type')).to.equal('application/json; charset=utf-8');
        expect(res.headers.get('access-control-allow-origin')).to.equal('*');
        const etag = res.headers.get('etag')!;
        expect(etag).to.match(/^"[0-9a-f]{40}"$/);
        const again = await fetch(url(path), { headers: { 'if-none-match': etag } });
        expect(again.status).to.equal(304);
      });
      it(`serves its OpenAPI document at /commons-impact-analytics/api-spec.json`, async () => {
        const reply = await getJson(`${svc.origin}/commons-impact-analytics/api-spec.json`);
        expect(reply.status).to.equal(200);
        expect(Object.keys(reply.body.paths)).to.have.length(14);
      });
      it('every example of package.json answers 200 (make run prints them)', async () => {
        for (const example of service.examples ?? []) {
          const reply = await getJson(url(example));
          expect(reply.status, `${example}: ${reply.text}`).to.equal(200);
        }
      });
    });
  });
}
