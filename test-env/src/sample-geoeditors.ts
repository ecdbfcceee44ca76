// The Geoeditors sample (geo-analytics, spec §2.11): editors by country for eight Wikipedias, both
// activity levels, every month of the sample window, as the loader writes them (Appendix B:
// `countriesJSON` = [{country, editors-ceil}] by editors-ceil descending, counts rounded up to the
// tenth). Deny-listed countries are stored too, on purpose: the service must drop them.
// The lists are functions of (project, level, month), so tests regenerate what was loaded.
import { unit } from './sample-pageviews-model.js';
import { monthsBetween, type SampleMonth, type SampleWindow } from './sample-pageviews-window.js';
import { DOMAIN, LOADER_TID } from './sample-unique-devices.js';
import type { WindowedSample } from './windowed-sample.js';

export const GEO_KEYSPACE = 'local_group_default_T_editors_bycountry';
export const INSERT_BY_COUNTRY = `INSERT INTO "${GEO_KEYSPACE}".data ("_domain", project, "activity-level", year, month, "_tid", "countriesJSON") VALUES (?, ?, ?, ?, ?, ?, ?)`;

export const GEO_LEVELS = ['5..99-edits', '100..-edits'] as const;
export type GeoLevel = (typeof GEO_LEVELS)[number];

/** Monthly editors with 5-99 edits of each Wikipedia, and the countries it is most edited from. */
const WIKIS: Record<string, { editors: number; home: readonly string[] }> = {
  'en.wikipedia': { editors: 31_000, home: ['US', 'GB', 'IN', 'CA', 'AU'] },
  'de.wikipedia': { editors: 5_600, home: ['DE', 'AT', 'CH'] },
  'fr.wikipedia': { editors: 4_900, home: ['FR', 'BE', 'CA', 'CH', 'MA'] },
  'es.wikipedia': { editors: 4_100, home: ['ES', 'MX', 'AR', 'CO', 'CL', 'VE'] },
  'ja.wikipedia': { editors: 4_300, home: ['JP'] },
  'ru.wikipedia': { editors: 3_800, home: ['RU', 'UA', 'BY', 'KZ'] },
  'ar.wikipedia': { editors: 1_300, home: ['EG', 'SA', 'DZ', 'MA', 'IQ', 'AE'] },
  'zh.wikipedia': { editors: 2_600, home: ['TW', 'HK', 'CN', 'SG', 'MY'] },
};
export const GEO_PROJECTS = Object.keys(WIKIS);

/** Countries editors come from: some on the deny list of spec §2.11 (RU, CN, EG, SA, TR, …). */
const COUNTRIES = [
  'US', 'GB', 'IN', 'CA', 'AU', 'DE', 'AT', 'CH', 'FR', 'BE', 'MA', 'ES', 'MX', 'AR', 'CO', 'CL', 'VE', 'JP', 'RU', 'UA', 'BY', 'KZ',
  'EG', 'SA', 'DZ', 'IQ', 'AE', 'TW', 'HK', 'CN', 'SG', 'MY', 'NL', 'IT', 'PL', 'SE', 'BR', 'PT', 'TR', 'IR', 'VN', 'TH', 'PK', 'ID',
  'PH', 'KR', 'NG', 'ZA', 'IL', 'IE', 'NZ', 'FI', 'NO', 'DK', 'CZ', 'RO', 'HU', 'GR',
];

export interface CountryEditorsRow {
  country: string;
  'editors-ceil': number;
}

/** The stored list of a project, level and month: countries with at least one editor, most first. */
export function storedCountries(project: string, level: GeoLevel, month: SampleMonth): CountryEditorsRow[] {
  const wiki = WIKIS[project];
  if (!wiki) throw new Error(`no Geoeditors sample for ${project}`);
  const p = GEO_PROJECTS.indexOf(project);
  const m = Number(month.year) * 12 + Number(month.month);
  const l = GEO_LEVELS.indexOf(level);
  const total = wiki.editors * (l === 0 ? 1 : 0.12) * (0.9 + 0.2 * unit(71, p, l, m));
  const weights = COUNTRIES.map((c, i) => {
    const home = wiki.home.indexOf(c);
    const affinity = home >= 0 ? 30 / (home + 1) : 0.25 * unit(72, p, i);
    return affinity * (0.8 + 0.4 * unit(73, p, l, m, i));
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const list = COUNTRIES.map((country, i) => ({ country, editors: Math.round((total * weights[i]!) / sum) }))
    .filter((c) => c.editors > 0)
    .map((c) => ({ country: c.country, 'editors-ceil': Math.ceil(c.editors / 10) * 10 }));
  // Ties keep the list's order: a stable sort on the count.
  return list.sort((a, b) => b['editors-ceil'] - a['editors-ceil']);
}

function* byCountryRows(w: SampleWindow): Generator<unknown[][]> {
  const rows: unknown[][] = [];
  for (const project of GEO_PROJECTS) {
    for (const level of GEO_LEVELS) {
      for (const month of monthsBetween(w.first, w.last)) {
        rows.push([DOMAIN, project, level, month.year, month.month, LOADER_TID, JSON.stringify(storedCountries(project, level, month))]);
      }
    }
  }
  // One partition per row: the rows go one by one.
  for (const row of rows) yield [row];
}

export const GEO_SAMPLE: WindowedSample = {
  name: 'sample editors by country',
  keyspace: GEO_KEYSPACE,
  loads: (w) => [{ label: 'sample editors by country', query: INSERT_BY_COUNTRY, partitions: byCountryRows(w) }],
};
