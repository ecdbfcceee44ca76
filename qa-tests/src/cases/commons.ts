// commons (commons-impact-analytics, Commons Impact Metrics): the 14 routes of aqs2-notes.md §1.2.
import { enc, get, hasItems, type Case } from '../case.js';
import { lastCompleteMonth, monthsAgo } from '../dates.js';
import type { TargetData } from '../local-data.js';
import { aqsCommon, BAD_YM, enumDetail, START_AFTER_END } from './common.js';

export function commonsCases(d: TargetData): Case[] {
  const s = 'commons-impact-analytics';
  const t = 'commons';
  const m = lastCompleteMonth();
  const range = `${monthsAgo(12).first}/${m.last}`;
  const ym = `${m.year}/${m.month}`;
  const c = enc(d.commonsCategory);
  const f = enc(d.commonsMediaFile);
  const u = enc(d.commonsUser);
  const w = d.commonsWiki;
  const b = '/metrics/commons-analytics';
  const ok = (name: string, path: string) => get(t, s, name, `${b}/${path}`, 200, { check: hasItems });
  return [
    ok('category-metrics-snapshot over the last twelve months', `category-metrics-snapshot/${c}/${range}`),
    ok('media-file-metrics-snapshot over the last twelve months', `media-file-metrics-snapshot/${f}/${range}`),
    ok('pageviews-per-category-monthly, deep, all wikis', `pageviews-per-category-monthly/${c}/deep/all-wikis/${range}`),
    ok('pageviews-per-media-file-monthly on a wiki', `pageviews-per-media-file-monthly/${f}/all-wikis/${range}`),
    ok('edits-per-category-monthly, deep, all edit types', `edits-per-category-monthly/${c}/deep/all-edit-types/${range}`),
    ok('edits-per-user-monthly, all edit types', `edits-per-user-monthly/${u}/all-edit-types/${range}`),
    ok('top-pages-per-category-monthly of the last complete month', `top-pages-per-category-monthly/${c}/deep/all-wikis/${ym}`),
    ok('top-wikis-per-category-monthly of the last complete month', `top-wikis-per-category-monthly/${c}/deep/${ym}`),
    ok('top-viewed-media-files-monthly of the last complete month', `top-viewed-media-files-monthly/${c}/deep/all-wikis/${ym}`),
    ok('top-editors-monthly of the last complete month', `top-editors-monthly/${c}/deep/all-edit-types/${ym}`),
    ok('top-pages-per-media-file-monthly of the last complete month', `top-pages-per-media-file-monthly/${f}/${w}/${ym}`),
    ok('top-wikis-per-media-file-monthly of the last complete month', `top-wikis-per-media-file-monthly/${f}/${ym}`),
    ok('top-viewed-categories-monthly of the last complete month', `top-viewed-categories-monthly/deep/all-wikis/${ym}`),
    ok('top-edited-categories-monthly of the last complete month', `top-edited-categories-monthly/deep/all-edit-types/${ym}`),
    get(t, s, 'an unknown category scope is a 400', `${b}/pageviews-per-category-monthly/${c}/medium/all-wikis/${range}`, 400, { detail: enumDetail('category-scope') }),
    get(t, s, 'an unknown edit type is a 400', `${b}/edits-per-category-monthly/${c}/deep/rename/${range}`, 400, { detail: enumDetail('edit-type') }),
    get(t, s, 'an invalid start is a 400', `${b}/category-metrics-snapshot/${c}/2023013a/${m.last}`, 400, { detail: /start timestamp is invalid/ }),
    get(t, s, 'start after end is a 400', `${b}/category-metrics-snapshot/${c}/${m.last}/${monthsAgo(12).first}`, 400, { detail: new RegExp(START_AFTER_END) }),
    get(t, s, 'month 13 is a 400', `${b}/top-wikis-per-category-monthly/${c}/deep/2024/13`, 400, { detail: BAD_YM }),
    get(t, s, 'a category that is not loaded is the 404', `${b}/category-metrics-snapshot/QA_no_such_category_${m.first}/${range}`, 404, { detail: /not loaded yet/ }),
    ...aqsCommon(t, s, `${b}/category-metrics-snapshot/${c}/${range}`, `${b}/category-metrics-snapshot/${c}`),
  ];
}
