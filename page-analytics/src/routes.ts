// The six routes of page-analytics, declared once (paths relative to base_uri, /metrics): validation,
// OpenAPI and the response checks come from here. Families: one file each.
import type { CassandraStore } from '@aqs/aqsassist';
import { defineRoute, paramsFor } from '@aqs/servicelib';
import type { z } from 'zod';
import { aggregate } from './aggregate.js';
import { pagecounts } from './pagecounts.js';
import { ARTICLE_PARAMS, PAGECOUNT_PARAMS, PARAMS } from './params.js';
import { perArticle } from './per-article.js';
import {
  aggregateResponse,
  pagecountsResponse,
  perArticleResponse,
  topByCountryResponse,
  topPerCountryResponse,
  topResponse,
} from './schemas.js';
import { topByCountry } from './top-by-country.js';
import { topPerCountry } from './top-per-country.js';
import { top } from './top.js';

const PER_ARTICLE = '/pageviews/per-article/{project}/{access}/{agent}/{article}/{granularity}/{start}/{end}';
const AGGREGATE = '/pageviews/aggregate/{project}/{access}/{agent}/{granularity}/{start}/{end}';
const TOP = '/pageviews/top/{project}/{access}/{year}/{month}/{day}';
const TOP_BY_COUNTRY = '/pageviews/top-by-country/{project}/{access}/{year}/{month}';
const TOP_PER_COUNTRY = '/pageviews/top-per-country/{country}/{access}/{year}/{month}/{day}';
const PAGECOUNTS = '/legacy/pagecounts/aggregate/{project}/{access-site}/{granularity}/{start}/{end}';

const BAD_RANGE = 'Invalid parameter: an unknown enum value, a malformed project, an invalid date, start after end, or no full month';
const BAD_DAY = 'Invalid parameter: an unknown access, a malformed project, or an invalid year/month/day';
const BAD_JSON = 'The stored list is not valid JSON';

/** Summary, description and the errors beyond 404 and 503, by operation id. */
const DOCS: Record<string, [summary: string, description: string, errors: Record<number, string>]> = {
  getPageviewsPerArticle: [
    'Get pageview counts for a page',
    'Daily or monthly views of one article. Both ends of the range are included; monthly counts cover whole months only, and months without views are left out.',
    { 400: BAD_RANGE },
  ],
  getPageviewsAggregate: [
    'Get pageview counts for a project',
    'Hourly, daily or monthly views of a project, or of all projects (`all-projects`). Both ends of the range are included.',
    { 400: BAD_RANGE },
  ],
  getPageviewsTop: [
    'Get the most viewed articles for a project',
    'The 1000 most viewed articles of a day, or of a month with `all-days`, by rank (user agents only).',
    { 400: BAD_DAY, 500: BAD_JSON },
  ],
  getPageviewsTopByCountry: [
    'Get the countries that visit a project most',
    'Countries by views of a project in a month, views given as a bucket (`1000-9999`) and rounded up to the thousand (`views_ceil`).',
    { 400: 'Invalid parameter: an unknown access, a malformed project, or an invalid year/month', 500: BAD_JSON },
  ],
  getPageviewsTopPerCountry: [
    'Get the most viewed articles from a country',
    'The most viewed articles, across projects, from one country on one day (views rounded up to the hundred).',
    { 400: BAD_DAY, 500: BAD_JSON },
  ],
  getLegacyPagecountsAggregate: [
    'Get legacy pagecounts for a project',
    'Hourly, daily or monthly page requests of a project from the legacy pagecounts dataset. start and end are YYYYMMDDHH; monthly covers whole months.',
    { 400: BAD_RANGE },
  ],
};

/** A GET route of this service, documented from DOCS, with the store as its dependency. */
function pageRoute<P extends z.ZodObject, R extends z.ZodType>(
  path: string,
  operationId: string,
  params: P,
  response: R,
  handler: (params: z.output<P>, store: CassandraStore) => Promise<z.input<R>>,
) {
  const [summary, description, errors] = DOCS[operationId]!;
  const tags = [path.startsWith('/legacy/') ? 'Legacy data' : 'Pageviews data'];
  return defineRoute<CassandraStore, P, R>({
    method: 'get',
    path,
    operationId,
    summary,
    description,
    tags,
    params,
    response,
    errors: { ...errors, 404: 'No data for these parameters', 503: 'The data store did not answer in time; retry later' },
    handler,
  });
}

export const routes = [
  pageRoute(PER_ARTICLE, 'getPageviewsPerArticle', paramsFor(ARTICLE_PARAMS, PER_ARTICLE), perArticleResponse, (params, store) => perArticle(store, params)),
  pageRoute(AGGREGATE, 'getPageviewsAggregate', paramsFor(PARAMS, AGGREGATE), aggregateResponse, (params, store) => aggregate(store, params)),
  pageRoute(TOP, 'getPageviewsTop', paramsFor(PARAMS, TOP), topResponse, (params, store) => top(store, params)),
  pageRoute(TOP_BY_COUNTRY, 'getPageviewsTopByCountry', paramsFor(PARAMS, TOP_BY_COUNTRY), topByCountryResponse, (params, store) => topByCountry(store, params)),
  pageRoute(TOP_PER_COUNTRY, 'getPageviewsTopPerCountry', paramsFor(PARAMS, TOP_PER_COUNTRY), topPerCountryResponse, (params, store) => topPerCountry(store, params)),
  pageRoute(PAGECOUNTS, 'getLegacyPagecountsAggregate', paramsFor(PAGECOUNT_PARAMS, PAGECOUNTS), pagecountsResponse, (params, store) => pagecounts(store, params)),
];
