// The Druid queries of the mediawiki-history endpoints (spec §1.7, §3.2): key order as AQS built
// them, filters always wrapped in one `and`, longSum aggregations, empty postAggregations, no context.
import { digestFilters, eventFilters, not, selector, type DruidFilter, type DruidParams } from './filters.js';

export type DruidGranularity = 'day' | 'month';
export const druidGranularity = (g: 'daily' | 'monthly'): DruidGranularity => (g === 'daily' ? 'day' : 'month');

export interface Aggregation { type: 'longSum'; name: string; fieldName: string }
const longSum = (name: string, fieldName: string): Aggregation => ({ type: 'longSum', name, fieldName });

export interface TimeseriesQuery {
  queryType: 'timeseries';
  dataSource: string;
  granularity: DruidGranularity;
  filter: { type: 'and'; fields: DruidFilter[] };
  aggregations: Aggregation[];
  postAggregations: [];
  intervals: [string];
}

export interface TopNQuery {
  queryType: 'topN';
  dataSource: string;
  granularity: DruidGranularity;
  dimension: 'page_title' | 'user_text';
  threshold: 100;
  metric: string;
  filter: { type: 'and'; fields: DruidFilter[] };
  aggregations: Aggregation[];
  postAggregations: [];
  intervals: [string];
}

export type DruidQuery = TimeseriesQuery | TopNQuery;

/** What is counted, and from which Druid metric. */
export const METRICS = {
  edits: longSum('edits', 'events'),
  net_bytes_diff: longSum('net_bytes_diff', 'text_bytes_diff_sum'),
  abs_bytes_diff: longSum('abs_bytes_diff', 'text_bytes_diff_abs_sum'),
  new_pages: longSum('new_pages', 'events'),
  new_registered_users: longSum('new_registered_users', 'events'),
  editors: longSum('editors', 'events'),
  edited_pages: longSum('edited_pages', 'events'),
} as const;
export type MetricName = keyof typeof METRICS;

/** Base filters per endpoint group (§3.2), before the parameter filters. */
export const BASE_FILTERS = {
  revisions: [selector('event_entity', 'revision'), selector('event_type', 'create'), not(selector('other_tags', 'deleted'))],
  tops: [selector('event_entity', 'revision'), selector('event_type', 'create')],
  newPages: [selector('event_entity', 'page'), selector('event_type', 'create'), not(selector('other_tags', 'redirect'))],
  newUsers: [selector('event_entity', 'user'), selector('event_type', 'create'), selector('other_tags', 'self_created')],
  editorDigest: (g: 'daily' | 'monthly') => [selector('event_entity', 'user'), selector('event_type', `${g}_digest`)],
  pageDigest: (g: 'daily' | 'monthly') => [selector('event_entity', 'page'), selector('event_type', `${g}_digest`)],
} as const;

export interface QueryInput {
  dataSource: string;
  granularity: 'daily' | 'monthly';
  /** YYYY-MM-DD, inclusive. */
  start: string;
  /** YYYY-MM-DD, exclusive. */
  end: string;
  params: DruidParams;
}

export function timeseries(input: QueryInput, base: readonly DruidFilter[], metric: MetricName, mode: 'event' | 'digest'): TimeseriesQuery {
  const extra = mode === 'event' ? eventFilters(input.params) : digestFilters(input.params);
  return {
    queryType: 'timeseries',
    dataSource: input.dataSource,
    granularity: druidGranularity(input.granularity),
    filter: { type: 'and', fields: [...base, ...extra] },
    aggregations: [METRICS[metric]],
    postAggregations: [],
    intervals: [`${input.start}/${input.end}`],
  };
}

export function topN(input: QueryInput, dimension: 'page_title' | 'user_text', metric: 'edits' | 'net_bytes_diff' | 'abs_bytes_diff'): TopNQuery {
  return {
    queryType: 'topN',
    dataSource: input.dataSource,
    granularity: druidGranularity(input.granularity),
    dimension,
    threshold: 100,
    metric,
    filter: { type: 'and', fields: [...BASE_FILTERS.tops, ...eventFilters(input.params)] },
    aggregations: [METRICS[metric]],
    postAggregations: [],
    intervals: [`${input.start}/${input.end}`],
  };
}
