// editors: by-country (geo-analytics, spec aqs-endpoints.md §2.11, §5.5) and the Druid editors and
// registered-users routes (editor-analytics, spec §3, §5.7).
import { get, jsonCheck, type Case } from '../case.js';
import { lastCompleteMonth, monthsAgo, thisMonthFirst } from '../dates.js';
import type { TargetData } from '../local-data.js';
import { aqsCommon, BAD_YM, BAD_YMD, enumDetail, NO_DATA, NO_FULL_MONTHS } from './common.js';
import { hasResults, hasTop } from './druid-checks.js';

const ALL_PROJECTS_REFUSED = '`all-...` project values are not accepted for this metric.';

export function editorsCases(d: TargetData): Case[] {
  const t = 'editors';
  const geo = 'geo-analytics';
  const ed = 'editor-analytics';
  const m = lastCompleteMonth();
  const year = `${monthsAgo(12).first}/${thisMonthFirst()}`;
  const byCountry = `/metrics/editors/by-country/${d.project}`;
  const aggregate = `/metrics/editors/aggregate/${d.project}/all-editor-types/all-page-types`;
  return [
    get(t, geo, 'by-country 5..99-edits of the last complete month', `${byCountry}/5..99-edits/${m.year}/${m.month}`, 200, {
      check: jsonCheck((b) => [!b.items[0]?.countries?.length && 'no countries']),
    }),
    get(t, geo, 'by-country 100..-edits of the last complete month', `${byCountry}/100..-edits/${m.year}/${m.month}`, 200),
    get(t, geo, "by-country: project w'eird is a 400", `/metrics/editors/by-country/w'eird/5..99-edits/2020/05`, 400, { detail: /project/ }),
    get(t, geo, 'by-country: activity level 3..47-edits is a 400', `${byCountry}/3..47-edits/2020/05`, 400, { detail: enumDetail('activity-level') }),
    get(t, geo, 'by-country: all-activity-levels is a 400', `${byCountry}/all-activity-levels/2020/05`, 400, { detail: enumDetail('activity-level') }),
    get(t, geo, 'by-country: year xyzw is a 400', `${byCountry}/5..99-edits/xyzw/05`, 400, { detail: BAD_YM }),
    get(t, geo, 'by-country: month 50 is a 400', `${byCountry}/5..99-edits/2020/50`, 400, { detail: BAD_YM }),
    get(t, geo, 'by-country: all-months is a 400', `${byCountry}/5..99-edits/2020/all-months`, 400, { detail: BAD_YM }),
    get(t, geo, 'by-country: all-projects is refused (400)', `/metrics/editors/by-country/all-projects/5..99-edits/2020/05`, 400, { detail: ALL_PROJECTS_REFUSED }),
    get(t, geo, 'by-country: a month without data is the no-data 404', `${byCountry}/5..99-edits/1990/05`, 404, { detail: NO_DATA }),
    ...aqsCommon(t, geo, `${byCountry}/5..99-edits/${m.year}/${m.month}`, `${byCountry}/5..99-edits/${m.year}`),

    get(t, ed, 'editors aggregate, 5..24-edits, monthly over the last twelve months', `${aggregate}/5..24-edits/monthly/${year}`, 200, {
      check: hasResults({ project: d.project, 'activity-level': '5..24-edits', granularity: 'monthly' }, 12),
    }),
    get(t, ed, 'editors aggregate daily over the last complete month', `/metrics/editors/aggregate/${d.project}/user/content/all-activity-levels/daily/${m.first}/${thisMonthFirst()}`, 200, {
      check: hasResults({ 'editor-type': 'user', 'page-type': 'content' }, Number(m.last.slice(6))),
    }),
    get(t, ed, 'editors aggregate: all-projects is refused (400)', `/metrics/editors/aggregate/all-projects/all-editor-types/all-page-types/5..24-edits/monthly/${year}`, 400, { detail: ALL_PROJECTS_REFUSED }),
    get(t, ed, 'editors aggregate: monthly inside one month has no full month (end exclusive, 400)', `${aggregate}/5..24-edits/monthly/${m.first}/${m.last}`, 400, { detail: NO_FULL_MONTHS }),
    get(t, ed, 'editors aggregate: an unknown editor type is a 400', `/metrics/editors/aggregate/${d.project}/robots/all-page-types/5..24-edits/monthly/${year}`, 400, { detail: enumDetail('editor-type') }),
    get(t, ed, 'editors aggregate: an invalid start is a 400', `${aggregate}/5..24-edits/monthly/2017013a/20170301`, 400, { detail: /start timestamp is invalid/ }),
    get(t, ed, 'editors top-by-edits of the last complete month', `/metrics/editors/top-by-edits/${d.project}/all-editor-types/all-page-types/${m.year}/${m.month}/all-days`, 200, { check: hasTop }),
    get(t, ed, 'editors top-by-net-bytes-difference of the last complete month', `/metrics/editors/top-by-net-bytes-difference/all-projects/all-editor-types/content/${m.year}/${m.month}/all-days`, 200, { check: hasTop }),
    get(t, ed, 'editors top-by-absolute-bytes-difference of the last complete month', `/metrics/editors/top-by-absolute-bytes-difference/${d.project}/user/all-page-types/${m.year}/${m.month}/all-days`, 200, { check: hasTop }),
    get(t, ed, 'editors top-by-edits: 2015-02-29 is a 400', `/metrics/editors/top-by-edits/${d.project}/all-editor-types/all-page-types/2015/02/29`, 400, { detail: BAD_YMD }),
    get(t, ed, 'editors top-by-edits: an unknown page type is a 400', `/metrics/editors/top-by-edits/${d.project}/all-editor-types/articles/${m.year}/${m.month}/all-days`, 400, { detail: enumDetail('page-type') }),
    get(t, ed, 'registered-users new, monthly over the last twelve months', `/metrics/registered-users/new/${d.project}/monthly/${year}`, 200, { check: hasResults({ project: d.project }, 12) }),
    get(t, ed, 'registered-users new: an unknown granularity is a 400', `/metrics/registered-users/new/${d.project}/yearly/${year}`, 400, { detail: enumDetail('granularity') }),
    ...aqsCommon(t, ed, `/metrics/registered-users/new/${d.project}/monthly/${year}`, `/metrics/registered-users/new/${d.project}/monthly`),
  ];
}
