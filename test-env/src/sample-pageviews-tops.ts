// The top lists of the pageviews sample, ranked from the same figures as the per-article and
// per-project rows (spec Appendix B: user agent only; rank() ties share a rank; at most 1000
// articles; by-country views rounded up to the thousand, per-country to the hundred).
import {
  ACCESS_NAMES,
  articleAffinity,
  articleLeaves,
  countryShare,
  pick,
  projectIndex,
  type AccessName,
  type ArticleProject,
  type SeriesProject,
} from './sample-pageviews-model.js';
import { ARTICLE_PROJECTS, COUNTRIES, TITLES } from './sample-pageviews-titles.js';

/** rank() over values already sorted in descending order: equal values share a rank. */
function ranked<T extends object>(sorted: readonly T[], value: (t: T) => number): (T & { rank: number })[] {
  const out: (T & { rank: number })[] = [];
  sorted.forEach((t, i) => {
    const tie = i > 0 && value(sorted[i - 1]!) === value(t);
    out.push({ ...t, rank: tie ? out[i - 1]!.rank : i + 1 });
  });
  return out;
}

/** User views of every article of the projects over days [from, to], by title (all-projects: summed over projects). */
export function userViewsByTitle(projects: readonly ArticleProject[], access: AccessName, from: number, to: number): Map<string, number> {
  const views = new Map<string, number>();
  for (const project of projects) {
    TITLES[project].forEach((title, i) => {
      let sum = 0;
      for (let day = from; day <= to; day++) sum += pick(articleLeaves(project, i, day), access, 'user');
      if (sum > 0) views.set(title, (views.get(title) ?? 0) + sum);
    });
  }
  return views;
}

export interface TopArticle {
  article: string;
  views: number;
  rank: number;
}

/** The stored articlesJSON for views by title: by views, rank() ≤ 1000. */
export function rankArticles(views: ReadonlyMap<string, number>): TopArticle[] {
  const sorted = [...views]
    .map(([article, v]) => ({ article, views: v }))
    .sort((a, b) => b.views - a.views || (a.article < b.article ? -1 : 1));
  return ranked(sorted, (a) => a.views).filter((a) => a.rank <= 1000);
}

/** The stored articlesJSON of a project (or all-projects) for days [from, to] (the oracle; the loader sums in one pass). */
export const topArticles = (project: ArticleProject | 'all-projects', access: AccessName, from: number, to: number): TopArticle[] =>
  rankArticles(userViewsByTitle(project === 'all-projects' ? ARTICLE_PROJECTS : [project], access, from, to));

export interface CountryViews {
  country: string;
  views: number;
  rank: number;
}

const COUNTRY_CODES = Object.keys(COUNTRIES);
/** The column of COUNTRIES for a project: its own, or `other`. */
function weightColumn(project: string): number {
  const column = (ARTICLE_PROJECTS as readonly string[]).indexOf(project);
  return column < 0 ? 4 : column;
}

/** A project's user views from each country in a month, before rounding. */
function countryViews(project: Exclude<SeriesProject, 'all-projects'>, access: AccessName, month: number, total: number): number[] {
  const p = projectIndex(project);
  const column = weightColumn(project);
  return COUNTRY_CODES.map((c, k) => total * countryShare(COUNTRIES[c]![column]!, k, p, month, ACCESS_NAMES.indexOf(access)));
}

/**
 * The stored countriesJSON of a project for a month (month = the day number of its 1st), given
 * each project's monthly user views for the access: ceil(views/1000)·1000, sums of 99 or less dropped.
 */
export function topCountries(
  projects: readonly Exclude<SeriesProject, 'all-projects'>[],
  access: AccessName,
  month: number,
  monthlyUserViews: (project: Exclude<SeriesProject, 'all-projects'>) => number,
): CountryViews[] {
  const raw = new Array<number>(COUNTRY_CODES.length).fill(0);
  for (const project of projects) countryViews(project, access, month, monthlyUserViews(project)).forEach((v, k) => (raw[k]! += v));
  const sorted = COUNTRY_CODES.map((country, k) => ({ country, raw: raw[k]! }))
    .filter((c) => c.raw > 99)
    .map((c) => ({ country: c.country, views: Math.ceil(c.raw / 1000) * 1000 }))
    .sort((a, b) => b.views - a.views || (a.country < b.country ? -1 : 1));
  return ranked(sorted, (c) => c.views);
}

export interface CountryArticle {
  article: string;
  project: string;
  views_ceil: number;
  rank: number;
}

/** At most this many articles per country and day: the sample keeps the lists short (production: 1000). */
export const PER_COUNTRY_LENGTH = 50;

/**
 * The stored articles of a country for one day: articles read there more than 1000 times (the
 * loader's 1000 unique actors), views_ceil = ceil(views/100)·100, the first PER_COUNTRY_LENGTH.
 * `leaves(project, index)` gives the article's leaves that day (the loader passes a cache).
 */
export function topPerCountry(
  country: string,
  access: AccessName,
  leaves: (project: ArticleProject, index: number) => readonly number[],
): CountryArticle[] {
  const k = COUNTRY_CODES.indexOf(country);
  const candidates: { article: string; project: string; views_ceil: number }[] = [];
  for (const project of ARTICLE_PROJECTS) {
    const p = ARTICLE_PROJECTS.indexOf(project);
    TITLES[project].forEach((article, i) => {
      const views = pick(leaves(project, i), access, 'user') * COUNTRIES[country]![p]! * articleAffinity(k, p, i);
      if (views > 1000) candidates.push({ article, project, views_ceil: Math.ceil(views / 100) * 100 });
    });
  }
  candidates.sort((a, b) => b.views_ceil - a.views_ceil || (a.article < b.article ? -1 : 1));
  return ranked(candidates.slice(0, PER_COUNTRY_LENGTH), (a) => a.views_ceil);
}
