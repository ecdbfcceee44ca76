// pageviews and legacy pagecounts (page-analytics): spec aqs-endpoints.md §2.1-§2.6 and §5.1-§5.2.
import { enc, get, hasItems, jsonCheck, type Case } from '../case.js';
import { addDays, lastCompleteMonth, monthsAgo, thisMonthFirst } from '../dates.js';
import type { TargetData } from '../local-data.js';
import { aqsCommon, BAD_YM, BAD_YMD, END_INVALID, END_INVALID_HH, enumDetail, NO_DATA, NO_FULL_MONTHS, START_AFTER_END } from './common.js';

const sortedByRank = (list: { rank: number }[]) => list.every((a, i) => i === 0 || list[i - 1]!.rank <= a.rank);

export function pageviewsCases(d: TargetData): Case[] {
  const s = 'page-analytics';
  const t = 'pageviews';
  const m = lastCompleteMonth();
  const days = Number(m.last.slice(6));
  const article = `/metrics/pageviews/per-article/${d.project}/all-access/user/${enc(d.article)}`;
  const aggregate = `/metrics/pageviews/aggregate/all-projects/all-access/all-agents`;
  const top = `/metrics/pageviews/top/${d.project}/all-access`;
  const legacy = `/metrics/legacy/pagecounts/aggregate/${d.project}/all-sites`;
  const pagecounts = d.pagecountsRange ?? { start: `${monthsAgo(12).first}00`, end: `${thisMonthFirst()}00` };
  return [
    // per-article
    get(t, s, 'per-article daily over the last complete month', `${article}/daily/${m.first}/${m.last}`, 200, {
      check: jsonCheck((b) => [
        b.items.length !== days && `expected ${days} daily items, got ${b.items.length}`,
        b.items[0]?.timestamp !== `${m.first}00` && `first timestamp ${b.items[0]?.timestamp}, expected ${m.first}00`,
        b.items.some((i: { article: string }) => i.article !== d.article) && 'article not echoed',
      ]),
    }),
    get(t, s, 'per-article monthly: one item for the one full month', `${article}/monthly/${addDays(m.first, -3)}/${addDays(m.last, 3)}`, 200, {
      check: jsonCheck((b) => [(b.items.length !== 1 || b.items[0].timestamp !== `${m.first}00`) && `expected one item ${m.first}00, got ${JSON.stringify(b.items.map((i: { timestamp: string }) => i.timestamp))}`]),
    }),
    get(t, s, 'per-article: spaces in the title become underscores', `/metrics/pageviews/per-article/${d.project}/all-access/all-agents/${enc(d.article.replaceAll('_', ' '))}/daily/${m.first}/${m.first}`, 200, {
      check: jsonCheck((b) => [b.items[0]?.article !== d.article && `article ${b.items[0]?.article}, expected ${d.article}`]),
    }),
    get(t, s, 'per-article: an invalid end is a 400', `${article}/daily/${m.first}/201507a3`, 400, { detail: END_INVALID }),
    get(t, s, 'per-article: monthly without a full month is a 400', `${article}/monthly/${addDays(m.first, 2)}/${addDays(m.first, 19)}`, 400, { detail: NO_FULL_MONTHS }),
    get(t, s, 'per-article: an unknown agent is a 400', `/metrics/pageviews/per-article/${d.project}/all-access/bot/${enc(d.article)}/daily/${m.first}/${m.last}`, 400, { detail: enumDetail('agent') }),
    get(t, s, 'per-article: hourly is a 400', `${article}/hourly/${m.first}00/${m.first}23`, 400, { detail: enumDetail('granularity') }),
    get(t, s, 'per-article: an article without data is the no-data 404', `/metrics/pageviews/per-article/${d.project}/all-access/user/QA_no_such_article_${m.first}/daily/${m.first}/${m.last}`, 404, { detail: NO_DATA }),
    // aggregate
    get(t, s, 'aggregate monthly over the last twelve months', `${aggregate}/monthly/${monthsAgo(12).first}/${m.last}`, 200, {
      check: jsonCheck((b) => [b.items.length !== 12 && `expected 12 monthly items, got ${b.items.length}`]),
    }),
    get(t, s, 'aggregate daily over the last complete month', `/metrics/pageviews/aggregate/${d.project}/desktop/user/daily/${m.first}/${m.last}`, 200, {
      check: jsonCheck((b) => [b.items.length !== days && `expected ${days} items, got ${b.items.length}`]),
    }),
    get(t, s, 'aggregate hourly over the last day of the last complete month', `${aggregate}/hourly/${m.last}00/${m.last}23`, 200, {
      check: jsonCheck((b) => [b.items.length !== 24 && `expected 24 hourly items, got ${b.items.length}`]),
    }),
    get(t, s, 'aggregate: www. and .org are stripped from the project', `/metrics/pageviews/aggregate/www.${d.project}.org/all-access/all-agents/daily/${m.first}/${m.first}`, 200, {
      check: jsonCheck((b) => [b.items[0]?.project !== d.project && `project ${b.items[0]?.project}`]),
    }),
    get(t, s, 'aggregate hourly: an end longer than YYYYMMDDHH is a 400', `${aggregate}/hourly/1969010100/20150701000000`, 400, { detail: END_INVALID_HH }),
    get(t, s, 'aggregate hourly: start after end is a 400', `${aggregate}/hourly/2016070100/1971010100`, 400, { detail: START_AFTER_END }),
    get(t, s, 'aggregate hourly: 2015-02-29 is a 400', `${aggregate}/hourly/1969010100/2015022900`, 400, { detail: END_INVALID_HH }),
    get(t, s, 'aggregate: an unknown access is a 400', `/metrics/pageviews/aggregate/all-projects/phone/all-agents/daily/${m.first}/${m.last}`, 400, { detail: enumDetail('access') }),
    // top
    get(t, s, 'top of the last complete month (all-days), sorted by rank', `${top}/${m.year}/${m.month}/all-days`, 200, {
      check: jsonCheck((b) => [!b.items[0]?.articles?.length && 'no articles', !sortedByRank(b.items[0].articles) && 'articles not sorted by rank']),
    }),
    get(t, s, 'top of one day', `${top}/${m.year}/${m.month}/01`, 200, { check: jsonCheck((b) => [!b.items[0]?.articles?.length && 'no articles']) }),
    get(t, s, 'top: all-dayz is a 400', `${top}/2015/01/all-dayz`, 400, { detail: BAD_YMD }),
    get(t, s, 'top: all-years is a 400', `${top}/all-years/01/all-days`, 400, { detail: BAD_YMD }),
    get(t, s, 'top: 2015-02-29 is a 400', `${top}/2015/02/29`, 400, { detail: BAD_YMD }),
    get(t, s, 'top: a valid day without data is the no-data 404', `${top}/1990/01/01`, 404, { detail: NO_DATA }),
    // top-by-country
    get(t, s, 'top-by-country of the last complete month: views as buckets, views_ceil', `/metrics/pageviews/top-by-country/${d.project}/all-access/${m.year}/${m.month}`, 200, {
      check: jsonCheck((b) => {
        const c = b.items[0]?.countries ?? [];
        return [!c.length && 'no countries', c.some((x: { views: unknown; views_ceil: unknown }) => typeof x.views !== 'string' || !/^\d+-\d+$/.test(x.views) || typeof x.views_ceil !== 'number') && 'views must be "lo-hi" strings with a numeric views_ceil'];
      }),
    }),
    get(t, s, 'top-by-country: month 13 is a 400', `/metrics/pageviews/top-by-country/${d.project}/all-access/2015/13`, 400, { detail: BAD_YM }),
    get(t, s, 'top-by-country: a month without data is the no-data 404', `/metrics/pageviews/top-by-country/${d.project}/all-access/1990/01`, 404, { detail: NO_DATA }),
    // top-per-country
    get(t, s, 'top-per-country of one day', `/metrics/pageviews/top-per-country/${d.country}/all-access/${m.year}/${m.month}/01`, 200, {
      check: jsonCheck((b) => [!b.items[0]?.articles?.length && 'no articles', b.items[0]?.country !== d.country && 'country not echoed']),
    }),
    get(t, s, 'top-per-country: day 00 is a 400', `/metrics/pageviews/top-per-country/${d.country}/all-access/2021/01/00`, 400, { detail: BAD_YMD }),
    get(t, s, 'top-per-country: all-days passes validation but has no data (404)', `/metrics/pageviews/top-per-country/${d.country}/all-access/${m.year}/${m.month}/all-days`, 404, { detail: NO_DATA }),
    // legacy pagecounts
    get(t, s, 'legacy pagecounts monthly (full months of the range)', `${legacy}/monthly/${pagecounts.start}/${pagecounts.end}`, 200, { check: hasItems }),
    get(t, s, 'legacy pagecounts: YYYYMMDD dates are a 400 (hours required)', `${legacy}/daily/20170101/20170201`, 400, { detail: /YYYYMMDDHH format/ }),
    get(t, s, 'legacy pagecounts: an unknown access-site is a 400', `/metrics/legacy/pagecounts/aggregate/${d.project}/invalid-access-site/daily/2017010100/2017013100`, 400, { detail: enumDetail('access-site') }),
    get(t, s, 'legacy pagecounts: start after end is a 400', `${legacy}/daily/2017010200/2017010100`, 400, { detail: START_AFTER_END }),
    get(t, s, 'legacy pagecounts: a project without data is the no-data 404', `/metrics/legacy/pagecounts/aggregate/invalid-project/all-sites/daily/2017010100/2017013100`, 404, { detail: NO_DATA }),
    ...aqsCommon(t, s, `${top}/${m.year}/${m.month}/all-days`, `${top}/${m.year}/${m.month}`),
  ];
}
