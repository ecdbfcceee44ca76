// The rules of geo-analytics that need no store, as tables: parameter validation (spec §1.9), the
// year/month rule (§1.5), project normalisation with all-… refused (§1.3) and the deny list (§2.11).
import { expect } from 'chai';
import { aqsInvalidParams, normalizeProject, validateYearMonth } from '@aqs/aqsassist';
import { problemOf } from '@aqs/servicelib/testing';
import { DENIED_COUNTRIES, publishable } from '../src/deny-list.js';
import { routes } from '../src/routes.js';

describe('geo-analytics rules (no store)', () => {
  describe('parameter validation: the first bad parameter, in path order (spec §1.9)', () => {
    const ok = { project: 'en.wikipedia', 'activity-level': '5..99-edits', year: '2020', month: '05' };
    const levels = "data.params['activity-level'] should be equal to one of the allowed values: [5..99-edits, 100..-edits]";
    const table: [Record<string, string>, string | null][] = [
      [ok, null],
      [{ ...ok, 'activity-level': '100..-edits' }, null],
      [{ ...ok, 'activity-level': '1..4-edits' }, levels],
      [{ ...ok, 'activity-level': '25..99-edits' }, levels],
      [{ ...ok, 'activity-level': 'all-activity-levels' }, levels],
      [{ ...ok, year: 'yyyy', month: 'mm' }, null], // the year/month rule answers, with its own message
    ];
    for (const [params, detail] of table) {
      it(`${JSON.stringify(params)} → ${detail ?? 'valid'}`, () => {
        const parsed = routes[0]!.params.safeParse(params);
        if (detail === null) expect(parsed.success).to.equal(true);
        else expect(aqsInvalidParams(parsed.error!.issues).detail).to.equal(detail);
      });
    }
  });

  /** What a rule answers: its value, `valid` when it returns nothing, or `<status> <detail>` when it throws. */
  const outcome = (rule: () => unknown): string => {
    try {
      return String(rule() ?? 'valid');
    } catch {
      const problem = problemOf(rule);
      return `${problem.status} ${problem.detail}`;
    }
  };
  const BAD_MONTH = '400 Given year/month is invalid date';
  const ALL_REFUSED = '400 `all-...` project values are not accepted for this metric.';

  describe('year and month (spec §1.5 validateYearMonth)', () => {
    const table: [string, string, string][] = [
      ['2020', '05', 'valid'], ['2020', '12', 'valid'], ['2020', '01', 'valid'], ['2020', '50', BAD_MONTH], ['2020', '00', BAD_MONTH],
      ['2020', '13', BAD_MONTH], ['xyzw', '05', BAD_MONTH], ['all-years', '05', BAD_MONTH], ['2020', 'all-months', BAD_MONTH],
      ['2020', '5', BAD_MONTH], ['20', '05', BAD_MONTH],
    ];
    for (const [year, month, expected] of table) {
      it(`${year}/${month} → ${expected}`, () => expect(outcome(() => validateYearMonth(year, month))).to.equal(expected));
    }
  });

  describe('project with all-… refused (spec §1.3 noAllProjects, §2.11)', () => {
    const table: [string, string][] = [
      ['EN.WIKIPEDIA.ORG', 'en.wikipedia'], ['www.de.wikipedia.org', 'de.wikipedia'], [' ja.wikipedia ', 'ja.wikipedia'],
      ['all-projects', ALL_REFUSED], ['all-wikipedia-projects', ALL_REFUSED], ['ALL-PROJECTS.ORG', ALL_REFUSED],
      ["w'eird", '400 The parameter `project` contains invalid characters.'],
    ];
    for (const [input, expected] of table) {
      it(`${JSON.stringify(input)} → ${expected}`, () => expect(outcome(() => normalizeProject(input, { noAllProjects: true }))).to.equal(expected));
    }
  });

  describe('deny list (spec §2.11)', () => {
    const LISTED = 'AE AF AZ BI BH BY CN CU DJ EG GQ ER ET IR IQ KZ LA LY MM KP PK RU RW SA SG SO SD SY TJ TH TR TM UZ VE VN YE'.split(' ');
    it('holds exactly the 36 codes of AQS 1.0', () => expect([...DENIED_COUNTRIES].sort()).to.deep.equal([...LISTED].sort()));
    const table: [string[], string[]][] = [
      [['US', 'ES', 'ER', 'AE', 'FR', 'DE'], ['US', 'ES', 'FR', 'DE']],
      [['CN', 'RU'], []],
      [['ZZ', 'us', 'IN'], ['ZZ', 'us', 'IN']], // case-sensitive, as AQS 1.0 compared
      [[], []],
    ];
    for (const [stored, kept] of table) {
      it(`${stored.join(',') || '(empty)'} → ${kept.join(',') || '(empty)'}`, () => {
        const list = stored.map((country, i) => ({ country, 'editors-ceil': i }));
        expect(publishable(list).map((c) => c.country)).to.deep.equal(kept);
      });
    }
  });
});
