// The rules of page-analytics that need no store, as tables: parameter validation messages (spec
// §1.9), date ranges per endpoint (§1.4.4), the access × agent columns (§2.1), the by-country buckets
// (§2.4) and the stored JSON lists (§2.3, §1.9).
import { expect } from 'chai';
import { aqsInvalidParams, checkRange } from '@aqs/aqsassist';
import { HttpProblem } from '@aqs/servicelib';
import { problemOf } from '@aqs/servicelib/testing';
import { ACCESS, AGENTS } from '../src/params.js';
import { viewsColumn } from '../src/per-article.js';
import { seriesRangeRules } from '@aqs/aqsassist';
import { routes } from '../src/routes.js';
import { STORED_LIST_INVALID as INVALID_JSON_DETAIL, parseStoredList as storedList } from '@aqs/aqsassist';
import { viewsBucket } from '../src/top-by-country.js';

const route = (operationId: string) => routes.find((r) => r.operationId === operationId)!;

describe('page-analytics rules (no store)', () => {
  describe('parameter validation: the first bad parameter, in path order (spec §1.9)', () => {
    const ok = { project: 'en.wikipedia', access: 'all-access', agent: 'user', article: 'A', granularity: 'daily', start: '20200101', end: '20200102' };
    const table: [string, Record<string, string>, string | null][] = [
      ['getPageviewsPerArticle', ok, null],
      ['getPageviewsPerArticle', { ...ok, granularity: 'hourly' }, 'data.params.granularity should be equal to one of the allowed values: [daily, monthly]'],
      ['getPageviewsPerArticle', { ...ok, agent: 'bot', granularity: 'x' }, 'data.params.agent should be equal to one of the allowed values: [all-agents, automated, spider, user]'],
      ['getPageviewsAggregate', { ...ok, granularity: 'hourly' }, null],
      ['getPageviewsAggregate', { ...ok, access: 'mobile' }, 'data.params.access should be equal to one of the allowed values: [all-access, desktop, mobile-app, mobile-web]'],
      ['getPageviewsAggregate', { ...ok, granularity: 'yearly' }, 'data.params.granularity should be equal to one of the allowed values: [hourly, daily, monthly]'],
      ['getPageviewsTop', { project: 'x', access: 'all-sites', year: '2020', month: '01', day: '01' }, 'data.params.access should be equal to one of the allowed values: [all-access, desktop, mobile-app, mobile-web]'],
      ['getPageviewsTopByCountry', { project: 'x', access: 'desktop', year: 'yyyy', month: 'mm' }, null],
      ['getPageviewsTopPerCountry', { country: 'anything', access: 'desktop', year: '2020', month: '01', day: 'all-days' }, null],
      ['getLegacyPagecountsAggregate', { project: 'x', 'access-site': 'all-access', granularity: 'daily', start: 'a', end: 'b' }, "data.params['access-site'] should be equal to one of the allowed values: [all-sites, desktop-site, mobile-site]"],
    ];
    for (const [operationId, params, detail] of table) {
      it(`${operationId} ${JSON.stringify(params)} → ${detail ?? 'valid'}`, () => {
        const parsed = route(operationId).params.safeParse(params);
        if (detail === null) expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
        else expect(aqsInvalidParams(parsed.error!.issues).detail).to.equal(detail);
      });
    }
  });

  describe('date ranges per endpoint (spec §1.4.4)', () => {
    const hourly = seriesRangeRules('hourly', 'optional');
    const table: [string, ReturnType<typeof seriesRangeRules>, string, string, string[] | [string, string]][] = [
      ['pageviews daily: YYYYMMDD → YYYYMMDD00', seriesRangeRules('daily', 'optional'), '20150701', '2015070323', ['2015070100', '2015070300']],
      ['pageviews monthly: whole months', seriesRangeRules('monthly', 'optional'), '20150601', '20150803', ['2015060100', '2015073100']],
      ['pageviews monthly: only December', seriesRangeRules('monthly', 'optional'), '20151120', '20160103', ['2015120100', '2015123100']],
      ['pageviews monthly: none', seriesRangeRules('monthly', 'optional'), '20151203', '20151220', ['no full months found in specified date range']],
      ['aggregate hourly: as sent', hourly, '2017010100', '2017010102', ['2017010100', '2017010102']],
      ['aggregate hourly: hour required', hourly, '20170101', '2017010102', ['start timestamp is invalid, must be a valid date in YYYYMMDDHH format']],
      ['aggregate hourly: end > 10 characters', hourly, '1969010100', '20150701000000', ['end timestamp is invalid, must be a valid date in YYYYMMDDHH format']],
      ['legacy daily: hour required, then dropped', seriesRangeRules('daily', 'required'), '2017010223', '2017010301', ['2017010200', '2017010300']],
      ['legacy daily: YYYYMMDD refused', seriesRangeRules('daily', 'required'), '20170102', '2017010400', ['start timestamp is invalid, must be a valid date in YYYYMMDDHH format']],
      ['legacy monthly: 2017020100..2017040100 is Feb and Mar', seriesRangeRules('monthly', 'required'), '2017020100', '2017040100', ['2017020100', '2017033100']],
      ['start after end', seriesRangeRules('daily', 'optional'), '20160701', '19710101', ['start timestamp should be before the end timestamp']],
      [
        'both invalid',
        seriesRangeRules('daily', 'optional'),
        '0000',
        '20150229',
        ['start timestamp is invalid, must be a valid date in YYYYMMDD format', 'end timestamp is invalid, must be a valid date in YYYYMMDD format'],
      ],
    ];
    for (const [label, rules, start, end, expected] of table) {
      it(`${label}: ${start}..${end}`, () => {
        const r = checkRange(start, end, rules);
        const answer = r.messages.length ? r.messages : [r.start, r.end];
        expect(answer).to.deep.equal(expected);
      });
    }
  });

  describe('per-article columns (spec §2.1)', () => {
    const expected = ['aa', 'ab', 'as', 'au', 'da', 'db', 'ds', 'du', 'maa', 'mab', 'mas', 'mau', 'mwa', 'mwb', 'mws', 'mwu'];
    it('maps the 16 access × agent pairs to aa … mwu', () => {
      expect(ACCESS.flatMap((a) => AGENTS.map((g) => viewsColumn(a, g)))).to.deep.equal(expected);
    });
  });

  describe('by-country buckets (spec §2.4, §5.1 #25)', () => {
    const table: [number, string][] = [
      [0, '100-999'], [99, '100-999'], [100, '100-999'], [999, '100-999'], [1000, '100-999'], [1001, '1000-9999'], [5000, '1000-9999'],
      [10000, '1000-9999'], [10001, '10000-99999'], [123456, '100000-999999'], [1000000, '100000-999999'], [1000001, '1000000-9999999'],
      [275213000, '100000000-999999999'],
    ];
    for (const [views, bucket] of table) it(`${views} → ${bucket}`, () => expect(viewsBucket(views)).to.equal(bucket));
  });

  describe('stored JSON lists (spec §2.3, §1.9)', () => {
    it('parses a list, keeps null as null', () => {
      expect(storedList('[{"article":"a","views":1,"rank":1}]')).to.deep.equal([{ article: 'a', views: 1, rank: 1 }]);
      expect(storedList(null)).to.equal(undefined);
      expect(storedList(undefined)).to.equal(undefined);
    });
    for (const bad of ['[{"article": broken', '{"article":"a"}', '"text"', '']) {
      it(`answers ${JSON.stringify(bad)} with the 500 of §1.9`, () => {
        const problem = problemOf(() => storedList(bad));
        expect(problem).to.be.instanceOf(HttpProblem);
        expect([problem.status, problem.detail]).to.deep.equal([500, INVALID_JSON_DETAIL]);
      });
    }
  });
});
