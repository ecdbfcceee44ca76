import { expect } from 'chai';
import { HttpProblem } from '@aqs/servicelib';
import { problemOf } from '@aqs/servicelib/testing';
import {
  checkRange,
  druidTopRange,
  INVALID_YEAR_MONTH,
  INVALID_YEAR_MONTH_DAY,
  MAX_SPAN_367_DAYS,
  NO_FULL_MONTHS,
  parseTimestamp,
  START_AFTER_END,
  validateRange,
  validateYearMonth,
  validateYearMonthDay,
  type RangeRules,
} from '../src/dates.js';

const daily: RangeRules = { hourOptional: true, output: 'zeroHour' };
const hourly: RangeRules = { hourOptional: false, output: 'keepHour' };
const uniqueDevices: RangeRules = { hourOptional: true, output: 'stripHour' };
const cassandraMonthly: RangeRules = { hourOptional: true, fullMonths: 'cassandra', output: 'zeroHour' };
const legacyMonthly: RangeRules = { hourOptional: false, fullMonths: 'cassandra', output: 'zeroHour' };
const druidMonthly: RangeRules = { hourOptional: true, fullMonths: 'druid', output: 'iso' };
const druidDaily: RangeRules = { hourOptional: true, output: 'iso' };
const druidPerPage: RangeRules = { ...druidDaily, maxSpanSeconds: MAX_SPAN_367_DAYS };

const START_INVALID_DAY = 'start timestamp is invalid, must be a valid date in YYYYMMDD format';
const END_INVALID_DAY = 'end timestamp is invalid, must be a valid date in YYYYMMDD format';
const END_INVALID_HOUR = 'end timestamp is invalid, must be a valid date in YYYYMMDDHH format';


describe('parseTimestamp (spec §1.4.1, strict)', () => {
  const table: [string, boolean, boolean][] = [
    // value, valid with the hour optional, valid with the hour required
    ['20150701', true, false],
    ['2015070100', true, true],
    ['2015070123', true, true],
    ['2015070124', false, false],
    ['20150701ab', false, false],
    ['201507011', false, false],
    ['20150229', false, false],
    ['2015022900', false, false],
    ['20160229', true, false],
    ['2016022900', true, true],
    ['2015-07-01', false, false],
    ['2015070', false, false],
    ['+2015070100', false, false],
    ['20150701000000', false, false],
    ['20151301', false, false],
    ['20150100', false, false],
    ['20150431', false, false],
    ['', false, false],
  ];
  for (const [value, optional, required] of table) {
    it(`${JSON.stringify(value)}: hour optional ${optional ? 'ok' : 'invalid'}, hour required ${required ? 'ok' : 'invalid'}`, () => {
      expect(parseTimestamp(value, true) !== null).to.equal(optional);
      expect(parseTimestamp(value, false) !== null).to.equal(required);
    });
  }
  it('ignores the hour when it is optional, keeps it when required', () => {
    expect(parseTimestamp('2015070123', true)).to.deep.equal({ year: 2015, month: 7, day: 1, hour: 0 });
    expect(parseTimestamp('2015070123', false)).to.deep.equal({ year: 2015, month: 7, day: 1, hour: 23 });
  });
});

describe('checkRange messages (spec §1.4.2)', () => {
  it('reports an invalid start and end, in that order', () => {
    expect(checkRange('2015013', '201507a3', daily).messages).to.deep.equal([START_INVALID_DAY, END_INVALID_DAY]);
  });
  it('names the YYYYMMDDHH format when the hour is required', () => {
    expect(checkRange('2016070100', '20150701', hourly).messages).to.deep.equal([END_INVALID_HOUR]);
  });
  it('reports start after end, and allows start == end', () => {
    expect(checkRange('2016070100', '1971010100', hourly).messages).to.deep.equal([START_AFTER_END]);
    expect(checkRange('20150702', '20150702', daily).messages).to.deep.equal([]);
    expect(checkRange('2015070223', '2015070200', uniqueDevices).messages).to.deep.equal([]);
    expect(checkRange('2015070223', '2015070200', hourly).messages).to.deep.equal([START_AFTER_END]);
  });
  it('enforces the 367-day limit only where set, on the original dates', () => {
    expect(checkRange('20160101', '20170102', druidPerPage).messages).to.deep.equal([]);
    expect(checkRange('20160101', '20170103', druidPerPage).messages).to.deep.equal([
      'Query timespan is too long (max: 31708800 seconds)',
    ]);
    expect(checkRange('20160101', '20190101', druidDaily).messages).to.deep.equal([]);
  });
  it('validateRange throws one 400 whose detail joins the messages with "; "', () => {
    const p = problemOf(() => validateRange('2015013', '201507a3', daily));
    expect(p.status).to.equal(400);
    expect(p.detail).to.equal(`${START_INVALID_DAY}; ${END_INVALID_DAY}`);
  });
});

describe('checkRange rewriting (spec §1.4.3)', () => {
  const table: [string, RangeRules, string, string, string, string][] = [
    ['daily, zeroHour', daily, '20150701', '20150703', '2015070100', '2015070300'],
    ['hourly keeps the hour', hourly, '2017010100', '2017010102', '2017010100', '2017010102'],
    ['unique devices strips the hour', uniqueDevices, '2021010100', '2021020123', '20210101', '20210201'],
    ['full months 20150601..20150803', cassandraMonthly, '20150601', '20150803', '2015060100', '2015073100'],
    ['full months 20151120..20160103', cassandraMonthly, '20151120', '20160103', '2015120100', '2015123100'],
    ['full months keep a last-day end', cassandraMonthly, '20160201', '20160229', '2016020100', '2016022900'],
    ['legacy monthly 2017020100..2017040100', legacyMonthly, '2017020100', '2017040100', '2017020100', '2017033100'],
    ['druid monthly 20170101..20170210', druidMonthly, '20170101', '20170210', '2017-01-01', '2017-02-01'],
    ['druid monthly 20170115..20170301', druidMonthly, '20170115', '20170301', '2017-02-01', '2017-03-01'],
    ['druid monthly across a year', druidMonthly, '20161215', '20170201', '2017-01-01', '2017-02-01'],
    ['druid daily, iso', druidDaily, '20170101', '2017010200', '2017-01-01', '2017-01-02'],
  ];
  for (const [name, rules, start, end, s, e] of table) {
    it(name, () => expect(validateRange(start, end, rules)).to.deep.equal({ start: s, end: e }));
  }
  const noFull: [string, RangeRules, string, string][] = [
    ['cassandra 20151203..20151220', cassandraMonthly, '20151203', '20151220'],
    ['druid 20170101..20170131 (end month never included)', druidMonthly, '20170101', '20170131'],
    ['druid 20170115..20170131', druidMonthly, '20170115', '20170131'],
  ];
  for (const [name, rules, start, end] of noFull) {
    it(`no full months: ${name}`, () => expect(checkRange(start, end, rules).messages).to.deep.equal([NO_FULL_MONTHS]));
  }
});

describe('year/month/day (spec §1.5)', () => {
  const valid: [string, string, string][] = [
    ['2015', '01', '01'],
    ['2015', '01', 'all-days'],
    ['2016', '02', '29'],
    ['2021', '12', '31'],
  ];
  for (const [y, m, d] of valid) it(`${y}/${m}/${d} is valid`, () => validateYearMonthDay(y, m, d));
  const invalid: [string, string, string][] = [
    ['2015', '01', 'all-dayz'],
    ['all-years', '01', 'all-days'],
    ['2all-months5', '01', 'all-days'],
    ['2015', '02', '29'],
    ['2021', '01', '00'],
    ['2015', '1', '01'],
    ['2015', '13', '01'],
    ['15', '01', '01'],
  ];
  for (const [y, m, d] of invalid) {
    it(`${y}/${m}/${d} is a 400`, () => {
      const p = problemOf(() => validateYearMonthDay(y, m, d));
      expect([p.status, p.detail]).to.deep.equal([400, INVALID_YEAR_MONTH_DAY]);
    });
  }
  it('validateYearMonth', () => {
    validateYearMonth('2015', '01');
    for (const [y, m] of [['2015', '13'], ['2015', '1'], ['abcd', '01'], ['2015', 'all-months']] as const) {
      const p = problemOf(() => validateYearMonth(y, m));
      expect([p.status, p.detail]).to.deep.equal([400, INVALID_YEAR_MONTH]);
    }
  });
  it('druidTopRange: one day, end exclusive, rolling over months and years', () => {
    expect(druidTopRange('2017', '01', '31')).to.deep.equal({ start: '2017-01-31', end: '2017-02-01', granularity: 'daily' });
    expect(druidTopRange('2016', '12', '31')).to.deep.equal({ start: '2016-12-31', end: '2017-01-01', granularity: 'daily' });
    expect(druidTopRange('2017', '12', 'all-days')).to.deep.equal({ start: '2017-12-01', end: '2018-01-01', granularity: 'monthly' });
    expect(() => druidTopRange('2017', '02', '30')).to.throw(HttpProblem);
  });
});

// make fuzz: Date.UTC reads years 0-99 as 1900-1999, so 10000101..00000101 passed as an ordered range
// and Druid failed on the interval (a 502). Years 0000-0099 are now those years.
describe('years 0000-0099 are not 1900-1999', () => {
  const druid = { hourOptional: true, output: 'iso' } as const;
  const table: [string, string, string[]][] = [
    ['10000101', '00000101', [START_AFTER_END]],
    ['01000101', '00990101', [START_AFTER_END]],
    ['00000101', '00000301', []],
    ['00990101', '01000101', []],
  ];
  for (const [start, end, messages] of table) {
    it(`${start}..${end}: ${messages.join('; ') || 'ordered'}`, () => expect(checkRange(start, end, druid).messages).to.deep.equal(messages));
  }
  it('0000 is a leap year (proleptic Gregorian), 1900 is not', () => {
    expect(parseTimestamp('00000229', true)).to.not.equal(null);
    expect(parseTimestamp('19000229', true)).to.equal(null);
  });
  it('the Druid top range of a day in year 0050 is that day', () => {
    expect(druidTopRange('0050', '12', '31')).to.deep.equal({ start: '0050-12-31', end: '0051-01-01', granularity: 'daily' });
  });
});
