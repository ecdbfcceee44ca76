// Most viewed articles of a project (spec §2.3): one stored list per day, or per month under the
// literal day `all-days`. `articlesJSON` is read, or else the deprecated `articles` text; either way
// the list is sorted by rank (ties keep their stored order).
import { AQS_DOMAIN, type CassandraStore, currentRows, normalizeProject, notFoundNoData, parseStoredList, validateYearMonthDay } from '@aqs/aqsassist';
import type { Access } from './params.js';

export const TOP_QUERY =
  'SELECT "_del", "articlesJSON", articles FROM "local_group_default_T_top_pageviews".data ' +
  'WHERE "_domain" = ? AND project = ? AND access = ? AND year = ? AND month = ? AND day = ?';

export interface TopParams {
  project: string;
  access: Access;
  year: string;
  month: string;
  day: string;
}

/** An element as the loader writes it (spec Appendix B). */
export interface TopArticle {
  article: string;
  views: number;
  rank: number;
}

const byRank = (a: TopArticle, b: TopArticle) => a.rank - b.rank;

export async function top(store: CassandraStore, params: TopParams) {
  const project = normalizeProject(params.project);
  const { access, year, month, day } = params;
  validateYearMonthDay(year, month, day);
  const [row] = currentRows(await store.read(TOP_QUERY, [AQS_DOMAIN, project, access, year, month, day]));
  const articles = row && (parseStoredList<TopArticle>(row.articlesJSON) ?? parseStoredList<TopArticle>(row.articles));
  if (!articles) throw notFoundNoData();
  return { items: [{ project, access, year, month, day, articles: articles.sort(byRank) }] };
}
