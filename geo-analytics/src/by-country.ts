// Editors by country (spec §2.11): one stored list per project, activity level and month,
// `countriesJSON` in the loader's order (editors-ceil descending, Appendix B). The deny list is
// applied here, on every answer (deny-list.ts).
import {
  AQS_DOMAIN,
  currentRows,
  normalizeProject,
  notFoundNoData,
  parseStoredList,
  validateYearMonth,
  type CassandraStore,
} from '@aqs/aqsassist';
import { publishable } from './deny-list.js';
import type { ActivityLevel } from './params.js';

export const BY_COUNTRY_QUERY =
  'SELECT "_del", "countriesJSON" FROM "local_group_default_T_editors_bycountry".data ' +
  'WHERE "_domain" = ? AND project = ? AND "activity-level" = ? AND year = ? AND month = ?';

export interface ByCountryParams {
  project: string;
  'activity-level': ActivityLevel;
  year: string;
  month: string;
}

/** An element as the loader writes it. */
export interface CountryEditors {
  country: string;
  'editors-ceil': number;
}

export async function editorsByCountry(store: CassandraStore, params: ByCountryParams) {
  // `all-…` projects are refused: the dataset has no totals across projects (§1.3 noAllProjects).
  const project = normalizeProject(params.project, { noAllProjects: true });
  const { 'activity-level': level, year, month } = params;
  validateYearMonth(year, month);
  const [row] = currentRows(await store.read(BY_COUNTRY_QUERY, [AQS_DOMAIN, project, level, year, month]));
  const stored = row && parseStoredList<CountryEditors>(row.countriesJSON);
  if (!stored) throw notFoundNoData();
  return { items: [{ project, 'activity-level': level, year, month, countries: publishable(stored) }] };
}
