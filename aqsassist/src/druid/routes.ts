// Typed route builders for the mediawiki-history (Druid) endpoints: the services declare their routes
// with literal paths and operation ids (edit-analytics/src/routes.ts, editor-analytics/src/routes.ts);
// these turn one such line into a declaration: the parameters its path names, the response schema,
// and the handler. Rules: spec §1.4-1.5 and §3 (end exclusive, full months for monthly, the 367-day
// limit on per-page and per-editor, `all-…` refused on digests).
import { paramsFor, type RouteDeclaration } from '@aqs/servicelib';
import { z } from 'zod';
import { druidTopRange, MAX_SPAN_367_DAYS, validateRange, type RangeRules } from '../dates.js';
import { aqsParam } from '../params.js';
import { normalizeProject } from '../project.js';
import { normalizePageTitle } from '../titles.js';
import { DRUID_DOWN_DETAIL, druidFailedDetail, type DruidQueryClient } from './client.js';
import type { DatasourceResolver } from './datasource.js';
import { ACTIVITY_LEVELS, DRUID_GRANULARITIES, EDITOR_TYPES, PAGE_TYPES, type ActivityLevel, type DruidFilter, type DruidParams, type EditorType, type PageType } from './filters.js';
import { timeseries, topN, type MetricName, type QueryInput } from './queries.js';
import { echoItem, timeseriesResults, topResults, type TimeseriesRow, type TopNRow } from './shaping.js';

export interface DruidDeps {
  druid: DruidQueryClient;
  datasource: DatasourceResolver;
}

/** Every parameter a mediawiki-history path may name, documented once. */
export const DRUID_PARAMS = {
  project: aqsParam.project('Domain of a Wikimedia project (`en.wikipedia.org` or `en.wikipedia`), `all-projects`, or a family such as `all-wikipedia-projects`', 'en.wikipedia'),
  'editor-type': z.enum(EDITOR_TYPES).describe('Type of editor').meta({ example: 'user' }),
  'page-type': z.enum(PAGE_TYPES).describe('Type of page').meta({ example: 'content' }),
  'activity-level': z.enum(ACTIVITY_LEVELS).describe('Edits in the period').meta({ example: '5..24-edits' }),
  'page-title': aqsParam.text('Title of the page, with its namespace (`User:Jimbo Wales`); spaces become underscores', 'Main_Page'),
  'user-text': aqsParam.text('User name or IP address of the editor', 'InternetArchiveBot'),
  granularity: z.enum(DRUID_GRANULARITIES).describe('Daily or monthly buckets').meta({ example: 'monthly' }),
  start: aqsParam.date('First day included, YYYYMMDD (a YYYYMMDDHH hour is ignored); monthly starts at the next 1st unless it is one', '20260101'),
  end: aqsParam.date('First day not included, YYYYMMDD; monthly ends at the 1st of its month', '20261101'),
  year: aqsParam.year('2026'),
  month: aqsParam.month('10'),
  day: aqsParam.day(),
};

type Granularity = (typeof DRUID_GRANULARITIES)[number];

/**
 * What a series path's parameters validate to: each path names the required ones (checked when the
 * route is declared) and a subset of the optional ones.
 */
type SeriesParams = {
  project: string;
  granularity: Granularity;
  start: string;
  end: string;
  'editor-type'?: EditorType;
  'page-type'?: PageType;
  'activity-level'?: ActivityLevel;
  'page-title'?: string;
  'user-text'?: string;
};

type TopParams = { project: string; 'editor-type': EditorType; 'page-type': PageType; year: string; month: string; day: string };

export const DRUID_ROUTE_ERRORS = {
  400: 'Invalid parameter: an unknown enum value, a malformed project, an invalid date, start after end, no full month, or a range over 367 days',
  404: 'No data for this query',
  // What DruidClient answers when Druid fails a query or sends no JSON (make fuzz found it undocumented).
  502: 'Druid could not run the query',
  503: 'Druid (or the datasource lookup) did not answer in time; retry later',
} as const;

/** The details of the problems above that are fixed texts (the OpenAPI examples; 502: Druid's 500). */
export const DRUID_PROBLEM_DETAILS = { 502: druidFailedDetail(500), 503: DRUID_DOWN_DETAIL } as const;

const resultsItem = (metric: string) =>
  z.object({ timestamp: z.string().describe('ISO 8601 start of the bucket'), [metric]: z.number().int() });

const timeseriesResponse = (metric: string, echoed: string[]) =>
  z.object({
    items: z.array(z.object({ ...Object.fromEntries(echoed.map((k) => [k, z.string()])), results: z.array(resultsItem(metric)) })),
  });

const topResponse = (dimension: string, metric: string) =>
  z.object({
    items: z.array(
      z.object({
        project: z.string(),
        'editor-type': z.string(),
        'page-type': z.string(),
        granularity: z.string(),
        results: z.array(
          z.object({
            timestamp: z.string(),
            top: z.array(z.object({ [dimension]: z.string().nullable(), [metric]: z.number(), rank: z.number().int() })),
          }),
        ),
      }),
    ),
  });

function rangeRules(granularity: Granularity, limited: boolean): RangeRules {
  return {
    hourOptional: true,
    output: 'iso',
    ...(granularity === 'monthly' ? { fullMonths: 'druid' as const } : {}),
    ...(limited ? { maxSpanSeconds: MAX_SPAN_367_DAYS } : {}),
  };
}

function requireParams(path: string, names: readonly string[]): void {
  const missing = names.filter((n) => !path.includes(`{${n}}`));
  if (missing.length) throw new Error(`${path}: a Druid route needs {${missing.join('}, {')}}`);
}

export interface SeriesRouteSpec<T extends string> {
  /** Relative to base_uri, e.g. `/edits/aggregate/{project}/{editor-type}/{page-type}/{granularity}/{start}/{end}`. */
  path: T;
  operationId: string;
  summary: string;
  tag: string;
  metric: MetricName;
  /** The filters of the endpoint group (queries.ts BASE_FILTERS), before the parameter filters. */
  base: (granularity: Granularity) => readonly DruidFilter[];
  mode: 'event' | 'digest';
  /** Digests refuse `all-…` projects. */
  noAllProjects?: boolean;
  /** edited-pages/new keeps only its own metric key. */
  onlyMetric?: boolean;
}

/** A timeseries route: one item echoing the parameters, then a bucket per day or month. */
export function druidSeriesRoute<T extends string>(s: SeriesRouteSpec<T>): RouteDeclaration<z.ZodObject, z.ZodType, DruidDeps> {
  requireParams(s.path, ['project', 'granularity', 'start', 'end']);
  const params = paramsFor(DRUID_PARAMS, s.path);
  const names = Object.keys(params.shape);
  const limited = names.includes('page-title') || names.includes('user-text');
  return {
    method: 'get',
    path: s.path,
    operationId: s.operationId,
    summary: s.summary,
    tags: [s.tag],
    params,
    response: timeseriesResponse(s.metric, names.filter((p) => p !== 'start' && p !== 'end')),
    errors: DRUID_ROUTE_ERRORS,
    problemDetails: DRUID_PROBLEM_DETAILS,
    async handler(validated: SeriesParams, deps: DruidDeps) {
      const { granularity } = validated;
      const project = normalizeProject(validated.project, { noAllProjects: s.noAllProjects });
      const { start, end } = validateRange(validated.start, validated.end, rangeRules(granularity, limited));
      const filterParams: DruidParams = { ...validated, project };
      if (validated['page-title'] !== undefined) filterParams['page-title'] = normalizePageTitle(validated['page-title']);
      const input: QueryInput = { dataSource: await deps.datasource.current(), granularity, start, end, params: filterParams };
      const rows = await deps.druid.query<TimeseriesRow>(timeseries(input, s.base(granularity), s.metric, s.mode));
      const item = echoItem({ ...filterParams, granularity });
      return { items: [{ ...item, results: timeseriesResults(rows, s.onlyMetric ? s.metric : undefined) }] };
    },
  };
}

export interface TopRouteSpec<T extends string> {
  /** Relative to base_uri, ending `/{project}/{editor-type}/{page-type}/{year}/{month}/{day}`. */
  path: T;
  operationId: string;
  summary: string;
  tag: string;
  dimension: 'page_title' | 'user_text';
  metric: 'edits' | 'net_bytes_diff' | 'abs_bytes_diff';
}

/** A topN route: the 100 largest for one day or month, ranked; editors tops hide IP addresses. */
export function druidTopRoute<T extends string>(t: TopRouteSpec<T>): RouteDeclaration<z.ZodObject, z.ZodType, DruidDeps> {
  requireParams(t.path, ['project', 'editor-type', 'page-type', 'year', 'month', 'day']);
  return {
    method: 'get',
    path: t.path,
    operationId: t.operationId,
    summary: t.summary,
    tags: [t.tag],
    params: paramsFor(DRUID_PARAMS, t.path),
    response: topResponse(t.dimension, t.metric),
    errors: DRUID_ROUTE_ERRORS,
    problemDetails: DRUID_PROBLEM_DETAILS,
    async handler(validated: TopParams, deps: DruidDeps) {
      const project = normalizeProject(validated.project);
      const range = druidTopRange(validated.year, validated.month, validated.day);
      const filterParams: DruidParams = { project, 'editor-type': validated['editor-type'], 'page-type': validated['page-type'] };
      const input: QueryInput = { dataSource: await deps.datasource.current(), granularity: range.granularity, start: range.start, end: range.end, params: filterParams };
      const rows = await deps.druid.query<TopNRow>(topN(input, t.dimension, t.metric));
      const item = echoItem({ ...filterParams, granularity: range.granularity });
      return { items: [{ ...item, results: topResults(rows, t.dimension === 'user_text') }] };
    },
  };
}
