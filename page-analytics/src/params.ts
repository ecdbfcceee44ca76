// The path parameters of the page-analytics routes (spec §2.1-§2.6), by name: each route picks its
// own with paramsFor(PARAMS, path). The enums are listed in the order of the AQS specs, which is the
// order the 400 message lists them in (spec §1.9).
import { aqsParam } from '@aqs/aqsassist';
import { z } from 'zod';

export const ACCESS = ['all-access', 'desktop', 'mobile-app', 'mobile-web'] as const;
export const AGENTS = ['all-agents', 'automated', 'spider', 'user'] as const;
export const ACCESS_SITES = ['all-sites', 'desktop-site', 'mobile-site'] as const;
export const SERIES_GRANULARITIES = ['hourly', 'daily', 'monthly'] as const;
export const ARTICLE_GRANULARITIES = ['daily', 'monthly'] as const;

export type Access = (typeof ACCESS)[number];
export type Agent = (typeof AGENTS)[number];
export type AccessSite = (typeof ACCESS_SITES)[number];
export type SeriesGranularity = (typeof SERIES_GRANULARITIES)[number];
export type ArticleGranularity = (typeof ARTICLE_GRANULARITIES)[number];

const project = aqsParam.project(
  'Domain of a Wikimedia project (`en.wikipedia.org` or `en.wikipedia`), or `all-projects`',
  'en.wikipedia.org',
);

export const PARAMS = {
  project,
  access: z.enum(ACCESS).describe('Method of access').meta({ example: 'all-access' }),
  agent: z.enum(AGENTS).describe('Type of agent').meta({ example: 'user' }),
  'access-site': z.enum(ACCESS_SITES).describe('Site the counts were made on').meta({ example: 'all-sites' }),
  article: aqsParam.text(
    'Title of the article, percent-encoded (`/` as `%2F`, `?` as `%3F`); spaces become underscores',
    'Main_Page',
  ),
  country: aqsParam.text('ISO 3166-1 alpha-2 code of a country, case-sensitive', 'US'),
  granularity: z.enum(SERIES_GRANULARITIES).describe('Time unit of the counts').meta({ example: 'daily' }),
  start: aqsParam.date('First day (or hour) to include: YYYYMMDD or YYYYMMDDHH; hourly needs YYYYMMDDHH', '2026100100'),
  end: aqsParam.date('Last day (or hour) to include: YYYYMMDD or YYYYMMDDHH; hourly needs YYYYMMDDHH', '2026103100'),
  year: aqsParam.year('2026'),
  month: aqsParam.month('10'),
  day: aqsParam.day('01'),
};

/** Per-article: no hourly rows exist (spec §2.1). */
export const ARTICLE_PARAMS = {
  ...PARAMS,
  granularity: z.enum(ARTICLE_GRANULARITIES).describe('Time unit of the counts').meta({ example: 'daily' }),
};

/** Legacy pagecounts: start and end always carry the hour (spec §2.6). */
export const PAGECOUNT_PARAMS = {
  ...PARAMS,
  start: aqsParam.hourlyDate('First hour to include, YYYYMMDDHH', '2026100100'),
  end: aqsParam.hourlyDate('Last hour to include, YYYYMMDDHH', '2026103100'),
};
