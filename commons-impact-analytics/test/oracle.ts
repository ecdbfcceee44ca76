// Expectations from the generated sample (test-env/src/sample-commons.ts) for the window that was
// loaded: for each route, every partition of its table as a request path and the items it must
// answer. The route → table map is aqs2-notes §1.2's table, written here independently of the
// service's declarations.
import { loadedWindowOf } from '../../test-env/src/windowed-sample.js';
import { COMMONS_KEYSPACE, COMMONS_TABLES, commonsSample, type CommonsRow, type CommonsTable } from '../../test-env/src/sample-commons.js';

export const window = await loadedWindowOf(COMMONS_KEYSPACE);
export const sample = commonsSample(window);

/** operationId → [path under /metrics/commons-analytics/, table] (aqs2-notes §1.2). */
export const ROUTES: Record<string, [string, CommonsTable]> = {
  getCategoryMetricsSnapshot: ['category-metrics-snapshot/{category}/{start}/{end}', 'category_metrics_snapshot'],
  getMediaFileMetricsSnapshot: ['media-file-metrics-snapshot/{media-file}/{start}/{end}', 'media_file_metrics_snapshot'],
  getPageviewsPerCategoryMonthly: ['pageviews-per-category-monthly/{category}/{category-scope}/{wiki}/{start}/{end}', 'pageviews_per_category_monthly'],
  getPageviewsPerMediaFileMonthly: ['pageviews-per-media-file-monthly/{media-file}/{wiki}/{start}/{end}', 'pageviews_per_media_file_monthly'],
  getEditsPerCategoryMonthly: ['edits-per-category-monthly/{category}/{category-scope}/{edit-type}/{start}/{end}', 'edits_per_category_monthly'],
  getEditsPerUserMonthly: ['edits-per-user-monthly/{user-name}/{edit-type}/{start}/{end}', 'edits_per_user_monthly'],
  getTopPagesPerCategoryMonthly: ['top-pages-per-category-monthly/{category}/{category-scope}/{wiki}/{year}/{month}', 'top_pages_per_category_monthly'],
  getTopWikisPerCategoryMonthly: ['top-wikis-per-category-monthly/{category}/{category-scope}/{year}/{month}', 'top_wikis_per_category_monthly'],
  getTopViewedMediaFilesMonthly: ['top-viewed-media-files-monthly/{category}/{category-scope}/{wiki}/{year}/{month}', 'top_viewed_media_files_monthly'],
  getTopEditorsMonthly: ['top-editors-monthly/{category}/{category-scope}/{edit-type}/{year}/{month}', 'top_editors_monthly'],
  getTopPagesPerMediaFileMonthly: ['top-pages-per-media-file-monthly/{media-file}/{wiki}/{year}/{month}', 'top_pages_per_media_file_monthly'],
  getTopWikisPerMediaFileMonthly: ['top-wikis-per-media-file-monthly/{media-file}/{year}/{month}', 'top_wikis_per_media_file_monthly'],
  getTopViewedCategoriesMonthly: ['top-viewed-categories-monthly/{category-scope}/{wiki}/{year}/{month}', 'top_viewed_categories_monthly'],
  getTopEditedCategoriesMonthly: ['top-edited-categories-monthly/{category-scope}/{edit-type}/{year}/{month}', 'top_edited_categories_monthly'],
};

export const BASE = '/metrics/commons-analytics/';
const pad = (n: number, w: number) => String(n).padStart(w, '0');
/** `2025-01-01 00:00:00.000Z` (README "Choices"). */
export const apiTimestamp = (d: Date) => d.toISOString().replace('T', ' ');
const kebab = (s: string) => s.replaceAll('_', '-');

/** The item a row must become: every column but the request's key, kebab-case, dt as timestamp. */
export function itemOf(table: CommonsTable, row: CommonsRow): Record<string, unknown> {
  const key = new Set<string>(COMMONS_TABLES[table].partition);
  const item: Record<string, unknown> = {};
  for (const [col, value] of Object.entries(row)) {
    if (key.has(col)) continue;
    if (col === 'dt') item.timestamp = apiTimestamp(value as Date);
    else item[kebab(col)] = value;
  }
  return item;
}

export interface Case {
  path: string;
  items: Record<string, unknown>[];
}

/** A path for a template from column values (`{category-scope}` ← category_scope), start/end given. */
export function pathFor(template: string, values: Record<string, unknown>, range?: { start: string; end: string }): string {
  return (
    BASE +
    template.replace(/\{([^}]+)\}/g, (_m, name: string) => {
      if (name === 'start' || name === 'end') return range![name];
      if (name === 'year') return pad(values.year as number, 4);
      if (name === 'month') return pad(values.month as number, 2);
      return encodeURIComponent(String(values[name.replaceAll('-', '_')]));
    })
  );
}

/** Every partition of the route's table, as a request for it and its items (time series over `range`, dt within it). */
export function casesOf(operationId: string, range = { start: '00000101', end: '99991231' }): Case[] {
  const [template, table] = ROUTES[operationId]!;
  const cols = COMMONS_TABLES[table].partition as readonly string[];
  const from = Date.UTC(Number(range.start.slice(0, 4)), Number(range.start.slice(4, 6)) - 1, Number(range.start.slice(6, 8)));
  const to = Date.UTC(Number(range.end.slice(0, 4)), Number(range.end.slice(4, 6)) - 1, Number(range.end.slice(6, 8)));
  const byPartition = new Map<string, Case>();
  for (const row of sample[table]) {
    const dt = row.dt as Date | undefined;
    if (dt && !(dt.getTime() >= from && dt.getTime() <= to)) continue; // end day included
    const id = JSON.stringify(cols.map((c) => row[c]));
    let c = byPartition.get(id);
    if (!c) byPartition.set(id, (c = { path: pathFor(template, row, range), items: [] }));
    c.items.push(itemOf(table, row));
  }
  return [...byPartition.values()];
}

/** Months of the loaded window as YYYYMMDD bounds: the first and the last. */
const ymd = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
export const WINDOW = { first: ymd(window.first), last: ymd(window.last) };
/** The last month of the window: year, month. */
export const LAST_MONTH = { year: Number(WINDOW.last.slice(0, 4)), month: Number(WINDOW.last.slice(4, 6)) };
