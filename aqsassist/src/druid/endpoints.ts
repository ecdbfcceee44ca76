// The mediawiki-history (Druid) endpoints of spec §0 rows 13-31, declared once: each service mounts
// the families it serves (edit-analytics: edits, bytes-difference, edited-pages; editor-analytics:
// editors, registered-users). Rules: spec §1.4-1.5 and §3 (end exclusive, full months for monthly,
// the 367-day limit on per-page and per-editor, `all-…` refused on digests).
import type { RouteDeclaration } from '@aqs/servicelib';
import { z } from 'zod';
import { druidTopRange, MAX_SPAN_367_DAYS, validateRange, type RangeRules } from '../dates.js';
import { normalizeProject } from '../project.js';
import { normalizePageTitle } from '../titles.js';
import type { DruidClient } from './client.js';
import type { DatasourceResolver } from './datasource.js';
import { ACTIVITY_LEVELS, DRUID_GRANULARITIES, EDITOR_TYPES, PAGE_TYPES, type DruidParams } from './filters.js';
import { BASE_FILTERS, timeseries, topN, type MetricName, type QueryInput } from './queries.js';
import { echoItem, timeseriesResults, topResults, type TimeseriesRow, type TopNRow } from './shaping.js';

export interface DruidDeps {
  druid: DruidClient;
  datasource: DatasourceResolver;
}

const text = (description: string, example: string) => z.string().describe(description).meta({ example });
const P = {
  project: text('Domain of a Wikimedia project (`en.wikipedia.org` or `en.wikipedia`), `all-projects`, or a family such as `all-wikipedia-projects`', 'en.wikipedia'),
  'editor-type': z.enum(EDITOR_TYPES).describe('Type of editor').meta({ example: 'user' }),
  'page-type': z.enum(PAGE_TYPES).describe('Type of page').meta({ example: 'content' }),
  'activity-level': z.enum(ACTIVITY_LEVELS).describe('Edits in the period').meta({ example: '5..24-edits' }),
  'page-title': text('Title of the page, with its namespace (`User:Jimbo Wales`); spaces become underscores', 'Main_Page'),
  'user-text': text('User name or IP address of the editor', 'Jimbo_Wales'),
  granularity: z.enum(DRUID_GRANULARITIES).describe('Daily or monthly buckets').meta({ example: 'monthly' }),
  start: text('First day included, YYYYMMDD (a YYYYMMDDHH hour is ignored); monthly starts at the next 1st unless it is one', '20230101'),
  end: text('First day not included, YYYYMMDD; monthly ends at the 1st of its month', '20230401'),
  year: text('YYYY', '2024'),
  month: text('MM', '01'),
  day: text('DD, or all-days for the whole month', 'all-days'),
};

const resultsItem = (metric: string) =>
  z.object({ timestamp: z.string().describe('ISO 8601 start of the bucket'), [metric]: z.number().int() });
const timeseriesResponse = (metric: string, echoed: string[]) =>
  z.object({
    items: z.array(
      z.object({ ...Object.fromEntries(echoed.map((k) => [k, z.string()])), results: z.array(resultsItem(metric)) }),
    ),
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

const ERRORS = {
  400: 'Invalid parameter: an unknown enum value, a malformed project, an invalid date, start after end, no full month, or a range over 367 days',
  404: 'No data for this query',
  503: 'Druid (or the datasource lookup) did not answer in time; retry later',
} as const;

type Granularity = (typeof DRUID_GRANULARITIES)[number];

function rangeRules(granularity: Granularity, limited: boolean): RangeRules {
  return {
    hourOptional: true,
    output: 'iso',
    ...(granularity === 'monthly' ? { fullMonths: 'druid' as const } : {}),
    ...(limited ? { maxSpanSeconds: MAX_SPAN_367_DAYS } : {}),
  };
}

interface SeriesSpec {
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  metric: MetricName;
  params: (keyof typeof P)[];
  base: (g: Granularity) => readonly import('./filters.js').DruidFilter[];
  mode: 'event' | 'digest';
  /** Digests refuse `all-…` projects. */
  noAllProjects?: boolean;
  /** edited-pages/new keeps only its own metric key. */
  onlyMetric?: boolean;
}

function seriesRoute(baseUri: string, deps: DruidDeps, s: SeriesSpec): RouteDeclaration {
  const limited = s.params.includes('page-title') || s.params.includes('user-text');
  const echoed = s.params.filter((p) => !['start', 'end'].includes(p));
  return {
    method: 'get',
    path: `${baseUri}/${s.path}/${s.params.map((p) => `{${p}}`).join('/')}`,
    operationId: s.operationId,
    summary: s.summary,
    tags: [s.tag],
    params: z.object(Object.fromEntries(s.params.map((p) => [p, P[p]]))),
    response: timeseriesResponse(s.metric, echoed),
    errors: ERRORS,
    handler: async (validated) => {
      const raw = validated as Record<string, string>;
      const granularity = raw.granularity as Granularity;
      const project = normalizeProject(raw.project!, { noAllProjects: s.noAllProjects });
      const { start, end } = validateRange(raw.start!, raw.end!, rangeRules(granularity, limited));
      const params: DruidParams = { ...(raw as DruidParams), project };
      if (raw['page-title'] !== undefined) params['page-title'] = normalizePageTitle(raw['page-title']);
      const input: QueryInput = { dataSource: await deps.datasource.current(), granularity, start, end, params };
      const rows = await deps.druid.query<TimeseriesRow>(timeseries(input, s.base(granularity), s.metric, s.mode));
      const item = echoItem({ ...raw, ...params, granularity } as Record<string, string>);
      return { items: [{ ...item, results: timeseriesResults(rows, s.onlyMetric ? s.metric : undefined) }] };
    },
  };
}

function topRoute(
  baseUri: string,
  deps: DruidDeps,
  t: { path: string; operationId: string; summary: string; tag: string; dimension: 'page_title' | 'user_text'; metric: 'edits' | 'net_bytes_diff' | 'abs_bytes_diff' },
): RouteDeclaration {
  const names = ['project', 'editor-type', 'page-type', 'year', 'month', 'day'] as const;
  return {
    method: 'get',
    path: `${baseUri}/${t.path}/${names.map((p) => `{${p}}`).join('/')}`,
    operationId: t.operationId,
    summary: t.summary,
    tags: [t.tag],
    params: z.object(Object.fromEntries(names.map((p) => [p, P[p]]))),
    response: topResponse(t.dimension, t.metric),
    errors: ERRORS,
    handler: async (validated) => {
      const raw = validated as Record<string, string>;
      const project = normalizeProject(raw.project!);
      const range = druidTopRange(raw.year!, raw.month!, raw.day!);
      const params: DruidParams = { project, 'editor-type': raw['editor-type'] as DruidParams['editor-type'], 'page-type': raw['page-type'] as DruidParams['page-type'] };
      const input: QueryInput = { dataSource: await deps.datasource.current(), granularity: range.granularity, start: range.start, end: range.end, params };
      const rows = await deps.druid.query<TopNRow>(topN(input, t.dimension, t.metric));
      const item = echoItem({ project, 'editor-type': raw['editor-type'], 'page-type': raw['page-type'], granularity: range.granularity });
      return { items: [{ ...item, results: topResults(rows, t.dimension === 'user_text') }] };
    },
  };
}

/** Path parameters by route kind; the revision kinds are named as their path segment. */
const SERIES_PARAMS = {
  aggregate: ['project', 'editor-type', 'page-type', 'granularity', 'start', 'end'],
  'per-page': ['project', 'page-title', 'editor-type', 'granularity', 'start', 'end'],
  'per-editor': ['project', 'user-text', 'page-type', 'granularity', 'start', 'end'],
  digest: ['project', 'editor-type', 'page-type', 'activity-level', 'granularity', 'start', 'end'],
} as const satisfies Record<string, (keyof typeof P)[]>;

const TOP_METRICS = [
  ['top-by-edits', 'edits', 'Edits'],
  ['top-by-net-bytes-difference', 'net_bytes_diff', 'NetBytesDifference'],
  ['top-by-absolute-bytes-difference', 'abs_bytes_diff', 'AbsoluteBytesDifference'],
] as const;

/** edit-analytics: edits, bytes-difference and edited-pages (spec §0 rows 13-17, 23-31). */
export function editAnalyticsRoutes(baseUri: string, deps: DruidDeps): RouteDeclaration[] {
  const routes: RouteDeclaration[] = [];
  // path prefix, metric, operationId part, tag, summary prefix
  const revisionFamilies = [
    ['edits', 'edits', 'Edits', 'Edits', 'Edits'],
    ['bytes-difference/net', 'net_bytes_diff', 'NetBytesDifference', 'Bytes difference', 'Net bytes difference'],
    ['bytes-difference/absolute', 'abs_bytes_diff', 'AbsoluteBytesDifference', 'Bytes difference', 'Absolute bytes difference'],
  ] as const;
  for (const [prefix, metric, idPart, tag, summary] of revisionFamilies) {
    for (const [kind, label] of [['aggregate', 'Aggregate'], ['per-page', 'PerPage'], ['per-editor', 'PerEditor']] as const) {
      routes.push(
        seriesRoute(baseUri, deps, {
          path: `${prefix}/${kind}`,
          operationId: `get${idPart}${label}`,
          summary: `${summary} ${kind.replace('-', ' ')}`,
          tag,
          metric,
          params: [...SERIES_PARAMS[kind]],
          base: () => BASE_FILTERS.revisions,
          mode: 'event',
        }),
      );
    }
  }
  routes.push(
    seriesRoute(baseUri, deps, {
      path: 'edited-pages/new', operationId: 'getNewPages', summary: 'Pages created', tag: 'Edited pages',
      metric: 'new_pages', params: [...SERIES_PARAMS.aggregate], base: () => BASE_FILTERS.newPages, mode: 'event', onlyMetric: true,
    }),
    seriesRoute(baseUri, deps, {
      path: 'edited-pages/aggregate', operationId: 'getEditedPagesAggregate', summary: 'Pages edited, by activity level', tag: 'Edited pages',
      metric: 'edited_pages', params: [...SERIES_PARAMS.digest], base: BASE_FILTERS.pageDigest, mode: 'digest', noAllProjects: true,
    }),
  );
  for (const [path, metric, idPart] of TOP_METRICS) {
    routes.push(topRoute(baseUri, deps, { path: `edited-pages/${path}`, operationId: `getEditedPagesTopBy${idPart}`, summary: `Most edited pages (${metric})`, tag: 'Edited pages', dimension: 'page_title', metric }));
  }
  return routes;
}

/** editor-analytics: editors and registered-users (spec §0 rows 18-22). */
export function editorAnalyticsRoutes(baseUri: string, deps: DruidDeps): RouteDeclaration[] {
  const routes: RouteDeclaration[] = [
    seriesRoute(baseUri, deps, {
      path: 'editors/aggregate', operationId: 'getEditorsAggregate', summary: 'Editors, by activity level', tag: 'Editors',
      metric: 'editors', params: [...SERIES_PARAMS.digest], base: BASE_FILTERS.editorDigest, mode: 'digest', noAllProjects: true,
    }),
    seriesRoute(baseUri, deps, {
      path: 'registered-users/new', operationId: 'getNewRegisteredUsers', summary: 'Newly registered users', tag: 'Registered users',
      metric: 'new_registered_users', params: ['project', 'granularity', 'start', 'end'], base: () => BASE_FILTERS.newUsers, mode: 'event',
    }),
  ];
  for (const [path, metric, idPart] of TOP_METRICS) {
    routes.push(topRoute(baseUri, deps, { path: `editors/${path}`, operationId: `getEditorsTopBy${idPart}`, summary: `Most active editors (${metric}); IP addresses are hidden`, tag: 'Editors', dimension: 'user_text', metric }));
  }
  return routes;
}
