// The rules of media-analytics that need no store, as tables: the file-path re-encoding of spec
// §1.3 (the 17 rows of urls_with_punctuation.tsv and single characters), referers (§1.3), parameter
// validation (§1.9), date ranges (§1.4.4), requests per agent and monthly sums (§2.8).
import { expect } from 'chai';
import { aqsInvalidParams, checkRange, monthlyTotals, normalizeFilePath, normalizeReferer } from '@aqs/aqsassist';
import { problemOf } from '@aqs/servicelib/testing';
import { PUNCTUATION_CASES } from '../../test-env/src/sample-mediarequests-files.js';
import { requestsOf } from '../src/per-file.js';
import { seriesRangeRules } from '@aqs/aqsassist';
import { routes } from '../src/routes.js';

describe('media-analytics rules (no store)', () => {
  describe('file path: the 17 punctuation cases of spec §5.4 (decoded request → stored file_path)', () => {
    for (const [actual, stored] of PUNCTUATION_CASES) it(actual, () => expect(normalizeFilePath(actual)).to.equal(stored));
    it('covers 17 cases', () => expect(PUNCTUATION_CASES).to.have.length(17));
  });

  describe('file path: one character at a time (spec §1.3)', () => {
    const table: [string, string][] = [
      ['/d/x y.png', '/d/x%20y.png'], ['/d/a,b.png', '/d/a%2Cb.png'], ['/d/Δ.png', '/d/%CE%94.png'], ['/d/é.png', '/d/%C3%A9.png'],
      ['/d/100%25.png', '/d/100%25.png'], ['/d/a#b.png', '/d/a%23b.png'], ['/d/a[1].png', '/d/a%5B1%5D.png'], ['/d/😀.png', '/d/%F0%9F%98%80.png'],
      ['/d/$=`%&+:?";@^.png', '/d/$=`%&+:?";@^.png'], ["/d/-_.!~*'().png", "/d/-_.!~*'().png"], ['/dír ectory/a.png', '/dír ectory/a.png'], ['-', '-'],
    ];
    for (const [actual, stored] of table) it(`${JSON.stringify(actual)} → ${stored}`, () => expect(normalizeFilePath(actual)).to.equal(stored));
  });

  describe('referer (spec §1.3 normalizeReferer)', () => {
    const table: [string, string][] = [
      ['all-referers', 'all-referers'], ['All-Referers', 'all-referers'], ['internal', 'internal'], ['EXTERNAL', 'external'],
      ['search-engine', 'search-engine'], ['unknown', 'unknown'], [' none ', 'none'], ['de.wikipedia.org', 'de.wikipedia'],
      ['WWW.EN.WIKIPEDIA.ORG', 'en.wikipedia'], ["w'eird", '400 The parameter `project` contains invalid characters.'],
    ];
    for (const [input, expected] of table) {
      it(`${JSON.stringify(input)} → ${expected}`, () => {
        const answer = expected.startsWith('400') ? `400 ${problemOf(() => normalizeReferer(input)).detail}` : normalizeReferer(input);
        expect(answer).to.equal(expected);
      });
    }
  });

  describe('parameter validation: the first bad parameter, in path order (spec §1.9)', () => {
    const agents = 'data.params.agent should be equal to one of the allowed values: [all-agents, user, spider]';
    const granularities = 'data.params.granularity should be equal to one of the allowed values: [daily, monthly]';
    const file = { referer: 'x', agent: 'user', file_path: '/a.png', granularity: 'daily', start: 's', end: 'e' };
    const table: [string, Record<string, string>, string | null][] = [
      ['getMediarequestsPerFile', file, null],
      ['getMediarequestsPerFile', { ...file, agent: 'automated' }, agents],
      ['getMediarequestsPerFile', { ...file, agent: 'bot', granularity: 'hourly' }, agents],
      ['getMediarequestsPerFile', { ...file, granularity: 'hourly' }, granularities],
      ['getMediarequestsAggregate', { referer: 'x', media_type: 'anything', agent: 'spider', granularity: 'monthly', start: 's', end: 'e' }, null],
      ['getMediarequestsAggregate', { referer: 'x', media_type: 'image', agent: 'all-agents', granularity: 'yearly', start: 's', end: 'e' }, granularities],
      ['getMediarequestsTop', { referer: 'x', media_type: 'whatever', year: 'y', month: 'm', day: 'd' }, null],
    ];
    for (const [operationId, params, detail] of table) {
      it(`${operationId} ${JSON.stringify(params)} → ${detail ?? 'valid'}`, () => {
        const parsed = routes.find((r) => r.operationId === operationId)!.params.safeParse(params);
        expect(parsed.success ? null : aqsInvalidParams(parsed.error.issues).detail).to.equal(detail);
      });
    }
  });

  describe('date ranges (spec §1.4.4: fakeHour, zeroHour, full months for monthly)', () => {
    const table: [string, string, string, string][] = [
      ['daily', '20150701', '20150703', '2015070100..2015070300'],
      ['daily', '2015070123', '2015070301', '2015070100..2015070300'],
      ['daily', '201507a3', '20150723', 'start timestamp is invalid, must be a valid date in YYYYMMDD format'],
      ['daily', '1969010100', '20150701000000', 'end timestamp is invalid, must be a valid date in YYYYMMDD format'],
      ['daily', '2016070100', '2015070100', 'start timestamp should be before the end timestamp'],
      ['monthly', '20150601', '20150803', '2015060100..2015073100'],
      ['monthly', '20151120', '20160103', '2015120100..2015123100'],
      ['monthly', '20151203', '20151220', 'no full months found in specified date range'],
      ['monthly', '2017010100', '2017010102', 'no full months found in specified date range'],
    ];
    for (const [granularity, start, end, expected] of table) {
      it(`${granularity} ${start}..${end} → ${expected}`, () => {
        const r = checkRange(start, end, seriesRangeRules(granularity as 'daily' | 'monthly'));
        expect(r.messages.length ? r.messages.join('; ') : `${r.start}..${r.end}`).to.equal(expected);
      });
    }
  });

  describe('requests of a row per agent (spec §2.8)', () => {
    const table: [Record<string, unknown>, [number, number, number]][] = [
      [{ user: 1002, spider: 1001 }, [2003, 1002, 1001]],
      [{ user: null, spider: 5 }, [5, 0, 5]],
      [{ user: 7, spider: null }, [7, 7, 0]],
      [{ user: null, spider: null }, [0, 0, 0]],
    ];
    for (const [row, expected] of table) {
      it(`${JSON.stringify(row)} → all-agents, user, spider ${expected.join(', ')}`, () =>
        expect((['all-agents', 'user', 'spider'] as const).map((a) => requestsOf(row, a))).to.deep.equal(expected));
    }
  });

  describe('monthly sums of daily rows (spec §6.7)', () => {
    const table: [[string, number][], [string, number][]][] = [
      [[['2015063000', 3001], ['2015070200', 1001], ['2015072100', 2001]], [['2015060100', 3001], ['2015070100', 3002]]],
      [[['2015121500', 5001]], [['2015120100', 5001]]],
      [[['2015013100', 1], ['2015030100', 2]], [['2015010100', 1], ['2015030100', 2]]], // no zero-filled February
      [[], []],
    ];
    for (const [days, months] of table) {
      it(`${JSON.stringify(days)} → ${JSON.stringify(months)}`, () => {
        const totals = monthlyTotals(days.map(([timestamp, value]) => ({ timestamp, value })));
        expect(totals.map((m) => [m.timestamp, m.value])).to.deep.equal(months);
      });
    }
  });
});
