// edits, bytes-difference and edited-pages (edit-analytics): spec aqs-endpoints.md §3, §5.7.
import { enc, get, type Case } from '../case.js';
import { lastCompleteMonth, monthsAgo, thisMonthFirst } from '../dates.js';
import type { TargetData } from '../local-data.js';
import { aqsCommon, BAD_YMD, END_INVALID, enumDetail, NO_FULL_MONTHS } from './common.js';
import { hasResults, hasTop } from './druid-checks.js';

export function editsCases(d: TargetData): Case[] {
  const s = 'edit-analytics';
  const t = 'edits';
  const m = lastCompleteMonth();
  const year = `${monthsAgo(12).first}/${thisMonthFirst()}`;
  const month = `${m.first}/${thisMonthFirst()}`;
  const p = d.project;
  const page = enc(d.article);
  const editor = enc(d.editorName);
  const ym = `${m.year}/${m.month}/all-days`;
  return [
    get(t, s, 'edits aggregate monthly over the last twelve months', `/metrics/edits/aggregate/${p}/all-editor-types/all-page-types/monthly/${year}`, 200, { check: hasResults({ project: p }, 12) }),
    get(t, s, 'edits aggregate of a project family, daily', `/metrics/edits/aggregate/all-wikipedia-projects/user/content/daily/${month}`, 200, { check: hasResults({ project: 'all-wikipedia-projects' }) }),
    get(t, s, 'edits per-page daily over the last complete month', `/metrics/edits/per-page/${p}/${page}/all-editor-types/daily/${month}`, 200, { check: hasResults({ 'page-title': d.article }) }),
    get(t, s, 'edits per-editor monthly over the last twelve months', `/metrics/edits/per-editor/${p}/${editor}/all-page-types/monthly/${year}`, 200, { check: hasResults({ 'user-text': d.editorName }) }),
    get(t, s, 'net bytes-difference aggregate', `/metrics/bytes-difference/net/aggregate/${p}/all-editor-types/all-page-types/monthly/${year}`, 200, { check: hasResults({ project: p }, 12) }),
    get(t, s, 'net bytes-difference per-page', `/metrics/bytes-difference/net/per-page/${p}/${page}/all-editor-types/monthly/${year}`, 200, { check: hasResults({ 'page-title': d.article }) }),
    get(t, s, 'net bytes-difference per-editor', `/metrics/bytes-difference/net/per-editor/${p}/${editor}/all-page-types/monthly/${year}`, 200, { check: hasResults({ 'user-text': d.editorName }) }),
    get(t, s, 'absolute bytes-difference aggregate', `/metrics/bytes-difference/absolute/aggregate/all-projects/all-editor-types/all-page-types/monthly/${year}`, 200, { check: hasResults({ project: 'all-projects' }, 12) }),
    get(t, s, 'absolute bytes-difference per-page', `/metrics/bytes-difference/absolute/per-page/${p}/${page}/all-editor-types/daily/${month}`, 200, { check: hasResults({ 'page-title': d.article }) }),
    get(t, s, 'absolute bytes-difference per-editor', `/metrics/bytes-difference/absolute/per-editor/${p}/${editor}/all-page-types/monthly/${year}`, 200, { check: hasResults({ 'user-text': d.editorName }) }),
    get(t, s, 'edited-pages new, monthly', `/metrics/edited-pages/new/${p}/all-editor-types/all-page-types/monthly/${year}`, 200, { check: hasResults({ project: p }, 12) }),
    get(t, s, 'edited-pages aggregate, 1..4-edits, monthly', `/metrics/edited-pages/aggregate/${p}/all-editor-types/content/1..4-edits/monthly/${year}`, 200, { check: hasResults({ 'activity-level': '1..4-edits' }, 12) }),
    get(t, s, 'edited-pages top-by-edits of the last complete month', `/metrics/edited-pages/top-by-edits/${p}/all-editor-types/all-page-types/${ym}`, 200, { check: hasTop }),
    get(t, s, 'edited-pages top-by-net-bytes-difference of the last complete month', `/metrics/edited-pages/top-by-net-bytes-difference/all-wikipedia-projects/user/content/${ym}`, 200, { check: hasTop }),
    get(t, s, 'edited-pages top-by-absolute-bytes-difference of the last complete month', `/metrics/edited-pages/top-by-absolute-bytes-difference/${p}/all-editor-types/non-content/${ym}`, 200, { check: hasTop }),
    get(t, s, 'per-page over more than 367 days is a 400', `/metrics/edits/per-page/${p}/${page}/all-editor-types/daily/${monthsAgo(14).first}/${thisMonthFirst()}`, 400, { detail: /Query timespan is too long/ }),
    get(t, s, 'edits aggregate: an unknown editor type is a 400', `/metrics/edits/aggregate/${p}/robots/all-page-types/monthly/${year}`, 400, { detail: enumDetail('editor-type') }),
    get(t, s, 'edits aggregate: monthly inside one month has no full month (400)', `/metrics/edits/aggregate/${p}/all-editor-types/all-page-types/monthly/${m.first}/${m.last}`, 400, { detail: NO_FULL_MONTHS }),
    get(t, s, 'edits aggregate: 2015-02-29 is a 400', `/metrics/edits/aggregate/${p}/all-editor-types/all-page-types/daily/20150201/20150229`, 400, { detail: END_INVALID }),
    get(t, s, 'edited-pages aggregate: all-projects is refused (400)', `/metrics/edited-pages/aggregate/all-projects/all-editor-types/content/1..4-edits/monthly/${year}`, 400, { detail: /all-\.\.\./ }),
    get(t, s, 'edited-pages aggregate: an unknown activity level is a 400', `/metrics/edited-pages/aggregate/${p}/all-editor-types/content/3..47-edits/monthly/${year}`, 400, { detail: enumDetail('activity-level') }),
    get(t, s, 'edited-pages top-by-edits: all-dayz is a 400', `/metrics/edited-pages/top-by-edits/${p}/all-editor-types/all-page-types/2015/01/all-dayz`, 400, { detail: BAD_YMD }),
    ...aqsCommon(t, s, `/metrics/edits/aggregate/${p}/all-editor-types/all-page-types/monthly/${year}`, `/metrics/edits/aggregate/${p}/all-editor-types/all-page-types/monthly`),
  ];
}
