// The 197 Druid fixtures of spec §5.7 (AQS 1.0's fixtures.js), through HTTP against a service's
// route declarations (each Druid service runs the fixtures of the routes it serves), with nock playing Druid (the fake Druid of spec §4): for a 400 the detail, for
// a 200 the query sent (type, granularity, interval, base and extra filters, aggregation, topN
// settings) and the AQS body built from the two-bucket answer.
import { expect } from 'chai';
import nock from 'nock';
import { readFileSync } from 'node:fs';
import type { AnyRoute, RunnableConfig, ServiceDescriptor } from '@aqs/servicelib';
import { startInProcess } from '@aqs/servicelib/testing';

interface Filter { type: string; dimension?: string; value?: string; pattern?: string; field?: Filter }
interface Fixture {
  endpoint: string;
  n: number;
  path: string;
  status: number;
  error?: { kind: 'enum'; param: string } | { kind: 'detail'; detail: string | string[] };
  query?: { queryType: 'timeseries' | 'topN'; granularity: string; interval: string; extraFilters: Filter[] };
  item?: Record<string, string>;
  results?: { metric?: string; secondTimestamp?: string | null; top?: boolean; entryKeys?: string[] };
}

// nock patches Node's HTTP client as soon as it is imported, for the whole mocha run; only this
// suite needs it, so it is switched off here and on just around this suite.
nock.restore();

const fixtures = JSON.parse(readFileSync(new URL('../fixtures/druid-fixtures.json', import.meta.url), 'utf8')) as Fixture[];
const DRUID = 'http://druid.test:8082';
const DS = 'mediawiki_history_reduced';

// Written out from spec §3.2, independently of the implementation's own tables.
const sel = (dimension: string, value: string): Filter => ({ type: 'selector', dimension, value });
const REVISIONS = [sel('event_entity', 'revision'), sel('event_type', 'create'), { type: 'not', field: sel('other_tags', 'deleted') }];
const TOPS = [sel('event_entity', 'revision'), sel('event_type', 'create')];
function expectedBase(endpoint: string, granularity: string): Filter[] {
  const period = granularity === 'day' ? 'daily_digest' : 'monthly_digest';
  if (endpoint === '/edited-pages/new') return [sel('event_entity', 'page'), sel('event_type', 'create'), { type: 'not', field: sel('other_tags', 'redirect') }];
  if (endpoint === '/registered-users/new') return [sel('event_entity', 'user'), sel('event_type', 'create'), sel('other_tags', 'self_created')];
  if (endpoint === '/editors/aggregate') return [sel('event_entity', 'user'), sel('event_type', period)];
  if (endpoint === '/edited-pages/aggregate') return [sel('event_entity', 'page'), sel('event_type', period)];
  if (endpoint.includes('/top-by-')) return TOPS;
  return REVISIONS;
}
function expectedAggregation(endpoint: string): { name: string; fieldName: string } {
  if (endpoint === '/edited-pages/new') return { name: 'new_pages', fieldName: 'events' };
  if (endpoint === '/registered-users/new') return { name: 'new_registered_users', fieldName: 'events' };
  if (endpoint === '/editors/aggregate') return { name: 'editors', fieldName: 'events' };
  if (endpoint === '/edited-pages/aggregate') return { name: 'edited_pages', fieldName: 'events' };
  if (endpoint.includes('net')) return { name: 'net_bytes_diff', fieldName: 'text_bytes_diff_sum' };
  if (endpoint.includes('abs')) return { name: 'abs_bytes_diff', fieldName: 'text_bytes_diff_abs_sum' };
  return { name: 'edits', fieldName: 'events' };
}

// AQS 1.0's typos, fixed here on purpose (design.md: "typos fixed").
const FIXED_TYPOS: [string, string][] = [
  ['contains invalid charaters.', 'contains invalid characters.'],
  ['(max: ) 31708800 seconds', '(max: 31708800 seconds)'],
];
const fixTypos = (s: string) => FIXED_TYPOS.reduce((t, [from, to]) => t.replace(from, to), s);

/** The fake Druid's two buckets (spec §4). Tops: lists of 1 and 2 entries, `"0"`/`"1"`, or IPs for editors by edits. */
function druidAnswer(f: Fixture, metric: string): unknown[] {
  const q = f.query!;
  const second = q.granularity === 'day' ? '2017-01-02T00:00:00.000Z' : '2017-02-01T00:00:00.000Z';
  if (q.queryType === 'timeseries') {
    return [
      { timestamp: '2017-01-01T00:00:00.000Z', result: { [metric]: 0 } },
      { timestamp: second, result: { [metric]: 1 } },
    ];
  }
  const dimension = f.endpoint.startsWith('/editors') ? 'user_text' : 'page_title';
  const ips = f.endpoint === '/editors/top-by-edits';
  const measure = metric === 'net_bytes_diff' ? 'net' : metric === 'abs_bytes_diff' ? 'abs' : metric;
  const entry = (i: number) => ({ [dimension]: ips ? ['192.168.1.1', '1:2:3:4:5:6:7:8'][i] : String(i), [measure]: i });
  return [
    { timestamp: '2017-01-01T00:00:00.000Z', result: [entry(0)] },
    { timestamp: second, result: [entry(0), entry(1)] },
  ];
}

/** Whether a fixture's endpoint (`/edits/aggregate`) is one of these routes (`/edits/aggregate/{project}/…`). */
const servedBy = (routes: readonly AnyRoute<unknown>[]) => (f: Fixture) => routes.some((r) => r.path.startsWith(`${f.endpoint}/{`));

export function druidFixtureSuite<C extends RunnableConfig, D>(service: ServiceDescriptor<C, D> & { routes: readonly AnyRoute<D>[] }, expectedCount: number): void {
  const mine = fixtures.filter(servedBy(service.routes as readonly AnyRoute<unknown>[]));
  describe(`${service.name}: the Druid fixtures of spec §5.7 (nock as Druid)`, () => {
    let svc: Awaited<ReturnType<typeof startInProcess<C, D>>>;
    let origin: string;

    before(async () => {
      nock.activate();
      nock.disableNetConnect();
      nock.enableNetConnect('127.0.0.1');
      svc = await startInProcess(service, { druid: { host: DRUID, datasource: DS } });
      origin = `${svc.origin}/metrics`;
    });
    after(async () => {
      nock.cleanAll();
      nock.enableNetConnect();
      nock.restore();
      await svc.close();
    });
    afterEach(() => nock.cleanAll());

    it(`runs the ${expectedCount} fixtures of its routes (of the 197), at least one per route`, () => {
      expect(fixtures).to.have.length(197);
      expect(mine).to.have.length(expectedCount);
      for (const route of service.routes) expect(mine.some((f) => route.path.startsWith(`${f.endpoint}/{`)), route.operationId).to.equal(true);
    });

    for (const f of mine) {
      it(`${f.endpoint} #${f.n}: ${f.status} for ${f.path}`, async () => {
        let sent: Record<string, unknown> | undefined;
        const metric = expectedAggregation(f.endpoint).name;
        if (f.status === 200) {
          nock(DRUID)
            .post('/druid/v2/', (body: Record<string, unknown>) => ((sent = body), true))
            .reply(200, druidAnswer(f, metric));
        }
        const res = await fetch(origin + f.path.split('/').map((s) => encodeURIComponent(s)).join('/'));
        const body = (await res.json()) as Record<string, any>;
        expect(res.status, JSON.stringify(body)).to.equal(f.status);

        if (f.status === 400) {
          const e = f.error!;
          if (e.kind === 'enum') {
            const ref = /^[A-Za-z_$][\w$]*$/.test(e.param) ? `data.params.${e.param}` : `data.params['${e.param}']`;
            expect(body.detail).to.match(new RegExp(`^${ref.replace(/[.[\]']/g, '\\$&')} should be equal to one of the allowed values`));
          } else {
            const detail = Array.isArray(e.detail) ? e.detail.map(fixTypos).join('; ') : fixTypos(e.detail);
            expect(body.detail).to.equal(detail);
          }
          expect(sent, 'no Druid query for a 400').to.equal(undefined);
          return;
        }

        const q = f.query!;
        expect(sent).to.not.equal(undefined);
        // The digest rows of the §5.7 table leave out the project filter that §3.2 and the §3.4 example
        // show; without it a digest would count every project, so the project selector is expected.
        const extra = f.endpoint.endsWith('/aggregate') && f.item!['activity-level'] !== undefined
          ? [sel('project', f.item!.project!), ...q.extraFilters]
          : q.extraFilters;
        expect(sent).to.deep.include({
          queryType: q.queryType,
          dataSource: DS,
          granularity: q.granularity,
          filter: { type: 'and', fields: [...expectedBase(f.endpoint, q.granularity), ...extra] },
          aggregations: [{ type: 'longSum', ...expectedAggregation(f.endpoint) }],
          postAggregations: [],
          intervals: [q.interval],
        });
        if (q.queryType === 'topN') {
          expect(sent).to.deep.include({ dimension: f.endpoint.startsWith('/editors') ? 'user_text' : 'page_title', threshold: 100, metric });
          expect(Object.keys(sent!)).to.deep.equal(['queryType', 'dataSource', 'granularity', 'dimension', 'threshold', 'metric', 'filter', 'aggregations', 'postAggregations', 'intervals']);
        } else {
          expect(Object.keys(sent!)).to.deep.equal(['queryType', 'dataSource', 'granularity', 'filter', 'aggregations', 'postAggregations', 'intervals']);
        }

        const item = body.items[0];
        expect(body.items).to.have.length(1);
        const { results, ...echoed } = item;
        expect(Object.entries(echoed)).to.deep.equal(Object.entries(f.item!));
        const answer = druidAnswer(f, metric) as { timestamp: string; result: any }[];
        if (q.queryType === 'timeseries') {
          expect(results).to.deep.equal(answer.map((b) => ({ timestamp: b.timestamp, ...b.result })));
        } else {
          const masked = f.endpoint.startsWith('/editors');
          expect(results).to.deep.equal(
            answer.map((b) => ({
              timestamp: b.timestamp,
              top: (b.result as Record<string, unknown>[]).map((e, i) => {
                const out: Record<string, unknown> = { ...e, rank: i + 1 };
                if (masked && typeof out.user_text === 'string' && /[.:]/.test(out.user_text)) out.user_text = null;
                return out;
              }),
            })),
          );
          if (f.endpoint === '/editors/top-by-edits') expect(results[1].top.map((e: any) => e.user_text)).to.deep.equal([null, null]);
        }
      });
    }
  });
}
