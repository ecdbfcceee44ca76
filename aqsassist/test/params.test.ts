import { expect } from 'chai';
import { parseTimestamp } from '../src/dates.js';
import { DATE_PATTERN, DAY_PATTERN, HOURLY_DATE_PATTERN, MONTH_PATTERN, PROJECT_PATTERN } from '../src/params.js';
import { normalizeProject } from '../src/project.js';

// make fuzz found `%20en.wikipedia` (and U+2028, U+FEFF around it) answered 200 although the published
// pattern refused it: normalisation trims first (spec §1.3). The pattern now says what is accepted.
describe('PROJECT_PATTERN describes what normalizeProject accepts', () => {
  const pattern = new RegExp(PROJECT_PATTERN);
  const accepts = (v: string) => {
    try {
      normalizeProject(v);
      return true;
    } catch {
      return false;
    }
  };
  const cases = [
    'en.wikipedia', 'EN.WIKIPEDIA.ORG', ' en.wikipedia', 'en.wikipedia\t', '\u00a0en.wikipedia\u3000',
    'en.wikipedia\u2028', '\ufeffen.wikipedia', '\u212aa.wikipedia', 'all-projects',
    // Refused by both: inner space, other characters, and what Python's \s trims but JavaScript does not.
    'en wikipedia', "w'eird", 'ünï.wikipedia', '%20en', '\x1cen.wikipedia', 'en.wikipedia\u0085', '\u200ben', '',
  ];
  for (const value of cases) {
    it(`${JSON.stringify(value)}: ${accepts(value) ? 'accepted and matched' : 'refused and not matched'}`, () => {
      expect(pattern.test(value)).to.equal(accepts(value));
    });
  }
  it('matches, though normalisation refuses, only values that are empty once www. and .org are removed', () => {
    for (const v of ['www.', '.org', 'www..org']) expect([pattern.test(v), accepts(v)]).to.deep.equal([true, false]);
  });
});

// make fuzz's positive cases were 00000000 dates and 00 months, all refused: the date patterns now
// hold only months 01-12, days 01-31 and hours 00-23, so schema-valid cases reach the store.
describe('the date patterns describe what the date rules accept', () => {
  const cases: [string, string, boolean][] = [
    [DATE_PATTERN, '20230101', true],
    [DATE_PATTERN, '2023010123', true],
    [DATE_PATTERN, '00000000', false],
    [DATE_PATTERN, '20231301', false],
    [DATE_PATTERN, '20230132', false],
    [DATE_PATTERN, '2023010124', false],
    [DATE_PATTERN, '２０２３0101', false],
    [HOURLY_DATE_PATTERN, '2023010100', true],
    [HOURLY_DATE_PATTERN, '20230101', false],
  ];
  for (const [pattern, value, ok] of cases) {
    it(`${value} ${ok ? 'matches' : 'does not match'} and is ${ok ? 'accepted' : 'refused'}`, () => {
      expect(new RegExp(pattern).test(value)).to.equal(ok);
      expect(parseTimestamp(value, pattern === DATE_PATTERN) !== null).to.equal(ok);
    });
  }
  it('months 01-12 and days 01-31 or all-days', () => {
    expect(['01', '12', '00', '13'].map((m) => new RegExp(MONTH_PATTERN).test(m))).to.deep.equal([true, true, false, false]);
    expect(['01', '31', 'all-days', '00', '32'].map((d) => new RegExp(DAY_PATTERN).test(d))).to.deep.equal([true, true, true, false, false]);
  });
});
