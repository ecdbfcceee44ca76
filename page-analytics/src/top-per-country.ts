// Most viewed articles from one country on one day, across projects (spec §2.5): the stored list
// as it is, in stored order (no sort, unlike top). The country is neither normalised nor checked.
import { AQS_DOMAIN, type CassandraStore, currentRows, notFoundNoData, parseStoredList, validateYearMonthDay } from '@aqs/aqsassist';
import type { Access } from './params.js';

export const TOP_PER_COUNTRY_QUERY =
  'SELECT "_del", articles FROM "local_group_default_T_top_percountry".data ' +
  'WHERE "_domain" = ? AND country = ? AND access = ? AND year = ? AND month = ? AND day = ?';

/** An element as the loader writes it (spec Appendix B). */
export interface CountryArticle {
  article: string;
  project: string;
  views_ceil: number;
  rank: number;
}

export async function topPerCountry(
  store: CassandraStore,
  params: { country: string; access: Access; year: string; month: string; day: string },
) {
  const { country, access, year, month, day } = params;
  validateYearMonthDay(year, month, day);
  const [row] = currentRows(await store.read(TOP_PER_COUNTRY_QUERY, [AQS_DOMAIN, country, access, year, month, day]));
  const articles = row ? parseStoredList<CountryArticle>(row.articles) : undefined;
  if (!articles) throw notFoundNoData();
  return { items: [{ country, access, year, month, day, articles }] };
}
