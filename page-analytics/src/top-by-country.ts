// Countries that viewed a project most in a month (spec §2.4). The loader stores views rounded up to
// the thousand; the API publishes them as a bucket string, with the stored figure as `views_ceil`.
// Lists stored in the older format already hold bucket strings and are returned unchanged.
import { AQS_DOMAIN, type CassandraStore, currentRows, normalizeProject, notFoundNoData, parseStoredList, validateYearMonth } from '@aqs/aqsassist';
import type { Access } from './params.js';

export const TOP_BY_COUNTRY_QUERY =
  'SELECT "_del", "countriesJSON" FROM "local_group_default_T_top_bycountry".data ' +
  'WHERE "_domain" = ? AND project = ? AND access = ? AND year = ? AND month = ?';

/**
 * The bucket of a ceiled view count: `10^(d-1)-(10^d - 1)`, never below `100-999`. An exact power of
 * ten belongs to the bucket below it (1000 → `100-999`, 10000 → `1000-9999`), as production answers.
 */
export function viewsBucket(views: number): string {
  let low = 100;
  while (views > low * 10) low *= 10;
  return `${low}-${low * 10 - 1}`;
}

/** An element as stored: views a number (the loader today) or a bucket string (the older format). */
export interface StoredCountry {
  country: string;
  views: number | string;
  rank: number;
}
export interface PublishedCountry {
  country: string;
  views: string;
  rank: number;
  views_ceil?: number;
}

// Key order kept, views_ceil appended (spec §2.4).
const published = (c: StoredCountry): PublishedCountry =>
  typeof c.views === 'number' ? { ...c, views: viewsBucket(c.views), views_ceil: c.views } : (c as PublishedCountry);

export async function topByCountry(store: CassandraStore, params: { project: string; access: Access; year: string; month: string }) {
  const project = normalizeProject(params.project);
  const { access, year, month } = params;
  validateYearMonth(year, month);
  const [row] = currentRows(await store.read(TOP_BY_COUNTRY_QUERY, [AQS_DOMAIN, project, access, year, month]));
  const stored = row ? parseStoredList<StoredCountry>(row.countriesJSON) : undefined;
  // An empty list is no data (AQS 1.0 crashed on it with a 500 TypeError, spec §2.4).
  if (!stored?.length) throw notFoundNoData();
  // The format is decided by the first element, as in AQS 1.0.
  const countries = typeof stored[0]!.views === 'number' ? stored.map(published) : (stored as PublishedCountry[]);
  return { items: [{ project, access, year, month, countries }] };
}
