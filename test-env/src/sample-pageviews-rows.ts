// The rows of the pageviews sample, table by table, as the production loaders write them (spec
// Appendix B: constant _tid; per-article daily YYYYMMDD00; per-project hourly YYYYMMDDHH, daily
// YYYYMMDD00, monthly YYYYMM0100, only `v`; tops as JSON text). Each generator yields one
// partition's rows at a time (load-batches.ts writes them as single-partition batches).
import {
  ACCESS_NAMES,
  ACCESS_SITE_NAMES,
  AGENT_NAMES,
  articleColumns,
  articleLeaves,
  pagecountHour,
  pick,
  pickSite,
  projectHour,
  ymd,
  type ArticleProject,
  type Leaves,
  type SeriesProject,
} from './sample-pageviews-model.js';
import { ARTICLE_PROJECTS, LONG_RANGE_ARTICLES, PER_COUNTRY, SERIES_PROJECTS, TITLES } from './sample-pageviews-titles.js';
import { rankArticles, topCountries, topPerCountry } from './sample-pageviews-tops.js';
import { DOMAIN, LOADER_TID } from './sample-unique-devices.js';
import { monthOf, monthsBetween, type SampleWindow } from './sample-pageviews-window.js';

type Rows = unknown[][];
const ALL_SERIES: readonly SeriesProject[] = [...SERIES_PROJECTS, 'all-projects'];
const hh = (h: number) => String(h).padStart(2, '0');

export function* perArticleRows(w: SampleWindow): Generator<Rows> {
  for (const project of ARTICLE_PROJECTS) {
    for (const [i, title] of TITLES[project].entries()) {
      const rows: Rows = [];
      for (let day = i < LONG_RANGE_ARTICLES[project] ? w.first : w.recentFirst; day <= w.last; day++) {
        const leaves = articleLeaves(project, i, day);
        // No views that day, no row (aqs2-notes §2.4).
        if (pick(leaves, 'all-access', 'all-agents') > 0) rows.push([DOMAIN, project, title, 'daily', `${ymd(day)}00`, LOADER_TID, ...articleColumns(leaves)]);
      }
      if (rows.length) yield rows;
    }
  }
  // The monitoring example of spec Appendix C: article `-`, all zeros.
  yield [[DOMAIN, 'en.wikipedia', '-', 'daily', '1970010100', LOADER_TID, ...new Array<number>(16).fill(0)]];
}

/** An hourly figure summed into the series stored: the last week's hours, every day, every month. */
function series(hourly: (day: number, hour: number) => number[], w: SampleWindow) {
  const hours: [string, Leaves][] = [];
  const days: [string, Leaves][] = [];
  const months = new Map<string, number[]>();
  for (let day = w.first; day <= w.last; day++) {
    const sum: number[] = [];
    for (let h = 0; h < 24; h++) {
      const leaves = hourly(day, h);
      leaves.forEach((v, k) => (sum[k] = (sum[k] ?? 0) + v));
      if (day >= w.hourlyFirst) hours.push([`${ymd(day)}${hh(h)}`, leaves]);
    }
    days.push([`${ymd(day)}00`, sum]);
    const month = `${ymd(monthOf(day).first)}00`;
    months.set(month, sum.map((v, k) => v + (months.get(month)?.[k] ?? 0)));
  }
  return { hourly: hours, daily: days, monthly: [...months] };
}

export function* aggregateRows(w: SampleWindow): Generator<Rows> {
  for (const project of ALL_SERIES) {
    const s = series((day, h) => projectHour(project, day, h), w);
    for (const access of ACCESS_NAMES) {
      for (const agent of AGENT_NAMES) {
        for (const granularity of ['hourly', 'daily', 'monthly'] as const) {
          yield s[granularity].map(([ts, leaves]) => [DOMAIN, project, access, agent, granularity, ts, LOADER_TID, pick(leaves, access, agent)]);
        }
      }
    }
  }
  // Spec Appendix C: en.wikipedia all-access all-agents hourly 1970010100 is 0.
  yield [[DOMAIN, 'en.wikipedia', 'all-access', 'all-agents', 'hourly', '1970010100', LOADER_TID, 0]];
}

// Production's legacy pagecounts end in 2016; the sample puts them in the same window as the
// pageviews, so that the dashboards and demos of both show the same months.
export function* pagecountRows(w: SampleWindow): Generator<Rows> {
  for (const project of ALL_SERIES) {
    const s = series((day, h) => pagecountHour(project, day, h), w);
    for (const site of ACCESS_SITE_NAMES) {
      for (const granularity of ['hourly', 'daily', 'monthly'] as const) {
        yield s[granularity].map(([ts, counts]) => [DOMAIN, project, site, granularity, ts, LOADER_TID, pickSite(counts, site)]);
      }
    }
  }
  // Spec Appendix C: en.wikipedia all-sites daily 1970010100 is 0.
  yield [[DOMAIN, 'en.wikipedia', 'all-sites', 'daily', '1970010100', LOADER_TID, 0]];
}

/** User views of a project's articles (by popularity index), per access: every recent day and every month. */
interface UserViews {
  titles: readonly string[];
  /** [access][day - recentFirst][article] */
  days: Float64Array[][];
  /** [access][month index][article] */
  months: Float64Array[][];
}

function userViews(project: ArticleProject, w: SampleWindow, monthStarts: readonly number[]): UserViews {
  const titles = TITLES[project];
  const table = (n: number) => ACCESS_NAMES.map(() => Array.from({ length: n }, () => new Float64Array(titles.length)));
  const views: UserViews = { titles, days: table(w.last - w.recentFirst + 1), months: table(monthStarts.length) };
  for (let i = 0; i < titles.length; i++) {
    let m = 0;
    for (let day = w.first; day <= w.last; day++) {
      if (monthStarts[m + 1] === day) m++;
      const leaves = articleLeaves(project, i, day);
      for (let a = 0; a < ACCESS_NAMES.length; a++) {
        const v = pick(leaves, ACCESS_NAMES[a]!, 'user');
        views.months[a]![m]![i]! += v;
        if (day >= w.recentFirst) views.days[a]![day - w.recentFirst]![i] = v;
      }
    }
  }
  return views;
}

/** Views by title, articles without views left out; several projects' titles add up. */
function byTitle(parts: readonly [readonly string[], Float64Array][]): Map<string, number> {
  const map = new Map<string, number>();
  for (const [titles, values] of parts) titles.forEach((t, i) => values[i]! > 0 && map.set(t, (map.get(t) ?? 0) + values[i]!));
  return map;
}

/** Top articles per project and all-projects: every recent day, and every month (`all-days`). */
export function* topRows(w: SampleWindow): Generator<Rows> {
  const months = monthsBetween(w.first, w.last);
  const perProject = ARTICLE_PROJECTS.map((p) => [p, userViews(p, w, months.map((m) => m.first))] as const);
  const targets: [string, (readonly [ArticleProject, UserViews])[]][] = [
    ...perProject.map(([p, v]) => [p, [[p, v] as const]] as [string, (readonly [ArticleProject, UserViews])[]]),
    ['all-projects', perProject],
  ];
  const row = (project: string, access: string, year: string, month: string, day: string, views: Map<string, number>) => [
    [DOMAIN, project, access, year, month, day, LOADER_TID, JSON.stringify(rankArticles(views))],
  ];
  for (const [project, sources] of targets) {
    for (const [a, access] of ACCESS_NAMES.entries()) {
      for (let day = w.recentFirst; day <= w.last; day++) {
        const m = monthOf(day);
        yield row(project, access, m.year, m.month, ymd(day).slice(6), byTitle(sources.map(([, v]) => [v.titles, v.days[a]![day - w.recentFirst]!])));
      }
      for (const [k, m] of months.entries()) {
        yield row(project, access, m.year, m.month, 'all-days', byTitle(sources.map(([, v]) => [v.titles, v.months[a]![k]!])));
      }
    }
  }
  // Spec Appendix C: en.wikipedia all-access 1970/01/01 holds `-` with 0 views.
  yield [[DOMAIN, 'en.wikipedia', 'all-access', '1970', '01', '01', LOADER_TID, JSON.stringify([{ article: '-', views: 0, rank: 1 }])]];
}

/** Countries per project and all-projects, every month. */
export function* topByCountryRows(w: SampleWindow): Generator<Rows> {
  const months = monthsBetween(w.first, w.last);
  const monthly = new Map(SERIES_PROJECTS.map((p) => [p, new Map(series((day, h) => projectHour(p, day, h), w).monthly)]));
  for (const project of ALL_SERIES) {
    const projects = project === 'all-projects' ? SERIES_PROJECTS : [project];
    for (const access of ACCESS_NAMES) {
      for (const m of months) {
        const userViews = (p: (typeof SERIES_PROJECTS)[number]) => pick(monthly.get(p)!.get(`${ymd(m.first)}00`)!, access, 'user');
        const countries = topCountries(projects, access, m.first, userViews);
        yield [[DOMAIN, project, access, m.year, m.month, LOADER_TID, JSON.stringify(countries)]];
      }
    }
  }
  // Spec Appendix C: en.wikipedia all-access 1970/01 holds `-` (published as the 100-999 bucket).
  yield [[DOMAIN, 'en.wikipedia', 'all-access', '1970', '01', LOADER_TID, JSON.stringify([{ country: '-', views: 0, rank: 1 }])]];
}

/** Top articles per country, every recent day. */
export function* topPerCountryRows(w: SampleWindow): Generator<Rows> {
  for (let day = w.recentFirst; day <= w.last; day++) {
    const leaves = new Map(ARTICLE_PROJECTS.map((p) => [p, TITLES[p].map((_, i) => articleLeaves(p, i, day))]));
    const of = (project: ArticleProject, i: number) => leaves.get(project)![i]!;
    const { year, month } = monthOf(day);
    for (const country of PER_COUNTRY) {
      for (const access of ACCESS_NAMES) {
        yield [[DOMAIN, country, access, year, month, ymd(day).slice(6), LOADER_TID, JSON.stringify(topPerCountry(country, access, of))]];
      }
    }
  }
}
