// The 14 routes of commons-impact-analytics (aqs2-notes §1.2), one line each: path (relative to
// base_uri, /metrics), operation id, the table it reads, what its 404 names, and its item schema.
// Validation, OpenAPI and the response checks come from these declarations; every handler is
// read.ts's one code path over the service's source.
import { NO_DATA_ERROR, STORE_DOWN_ERROR } from '@aqs/aqsassist';
import { defineRoute, paramsFor } from '@aqs/servicelib';
import type { z } from 'zod';
import { PARAMS } from './params.js';
import { gatewayFailed } from './gateway-source.js';
import { notLoadedDetail, readItems, type Subject } from './read.js';
import { ITEMS, itemsOf } from './schemas.js';
import type { CommonsSource } from './source.js';

const BASE = '/commons-analytics';
const TAGS = ['Commons Impact Metrics'];
const ERRORS = {
  400: 'Invalid parameter: an unknown category scope or edit type, a malformed wiki, an invalid date, start after end, or an invalid year/month',
  404: NO_DATA_ERROR,
  502: 'The Data Gateway answered something other than rows or a problem',
  503: STORE_DOWN_ERROR,
};

/** operationId → the table it reads (the declarations' tests compare it with the dataset file). */
export const TABLES: Record<string, string> = {};

function commonsRoute<const T extends string, I extends z.ZodObject>(
  path: T,
  operationId: string,
  table: string,
  subject: Subject,
  item: I,
  summary: string,
  description: string,
) {
  const top = table.startsWith('top_');
  TABLES[operationId] = table;
  const params = paramsFor(PARAMS, `${BASE}${path}` as `${typeof BASE}${T}`);
  return defineRoute<CommonsSource, typeof params, ReturnType<typeof itemsOf<I>>>({
    method: 'get',
    path: `${BASE}${path}`,
    operationId,
    summary,
    description: top ? `${description} Ordered by rank; equal counts share a rank; at most 100 entries.` : `${description} Both ends of the range are included.`,
    tags: TAGS,
    params,
    response: itemsOf(item),
    errors: ERRORS,
    problemDetails: { 404: notLoadedDetail(subject), 502: gatewayFailed('a 200 without a rows array').detail },
    handler: (p, source) => readItems(source, { table, subject, item, top }, p as Record<string, string>),
  });
}

export const routes = [
  commonsRoute('/category-metrics-snapshot/{category}/{start}/{end}', 'getCategoryMetricsSnapshot', 'category_metrics_snapshot', 'category', ITEMS.categoryMetricsSnapshot,
    'Get monthly snapshots of a category', 'Files in a category (and its tree), how many are used, and on how many wikis and pages, one item per month.'),
  commonsRoute('/media-file-metrics-snapshot/{media-file}/{start}/{end}', 'getMediaFileMetricsSnapshot', 'media_file_metrics_snapshot', 'media file', ITEMS.mediaFileMetricsSnapshot,
    'Get monthly snapshots of a media file', 'On how many wikis and pages a file is used, one item per month.'),
  commonsRoute('/pageviews-per-category-monthly/{category}/{category-scope}/{wiki}/{start}/{end}', 'getPageviewsPerCategoryMonthly', 'pageviews_per_category_monthly', 'category', ITEMS.pageviews,
    'Get monthly pageviews of the pages using a category\'s files', 'User pageviews of the pages (on one wiki, or `all-wikis`) that embed the category\'s files, per month; `all-categories` sums every category.'),
  commonsRoute('/pageviews-per-media-file-monthly/{media-file}/{wiki}/{start}/{end}', 'getPageviewsPerMediaFileMonthly', 'pageviews_per_media_file_monthly', 'media file', ITEMS.pageviews,
    'Get monthly pageviews of the pages using a media file', 'User pageviews of the pages (on one wiki, or `all-wikis`) that embed the file, per month.'),
  commonsRoute('/edits-per-category-monthly/{category}/{category-scope}/{edit-type}/{start}/{end}', 'getEditsPerCategoryMonthly', 'edits_per_category_monthly', 'category', ITEMS.edits,
    'Get monthly edits of a category\'s files', 'Edits of the category\'s files per month.'),
  commonsRoute('/edits-per-user-monthly/{user-name}/{edit-type}/{start}/{end}', 'getEditsPerUserMonthly', 'edits_per_user_monthly', 'user', ITEMS.edits,
    'Get monthly edits of allow-listed files by a user', 'Edits by a user (or `:anonymous:`, `:redacted:`, `:all-user-names:`) of files in allow-listed categories, per month.'),
  commonsRoute('/top-pages-per-category-monthly/{category}/{category-scope}/{wiki}/{year}/{month}', 'getTopPagesPerCategoryMonthly', 'top_pages_per_category_monthly', 'category', ITEMS.topPages,
    'Get the most viewed pages using a category\'s files', 'Pages embedding the category\'s files, by user pageviews in the month.'),
  commonsRoute('/top-wikis-per-category-monthly/{category}/{category-scope}/{year}/{month}', 'getTopWikisPerCategoryMonthly', 'top_wikis_per_category_monthly', 'category', ITEMS.topWikis,
    'Get the wikis where a category\'s files are viewed most', 'Wikis by user pageviews of their pages embedding the category\'s files, in the month.'),
  commonsRoute('/top-viewed-media-files-monthly/{category}/{category-scope}/{wiki}/{year}/{month}', 'getTopViewedMediaFilesMonthly', 'top_viewed_media_files_monthly', 'category', ITEMS.topMediaFiles,
    'Get a category\'s most viewed media files', 'The category\'s files by user pageviews of the pages embedding them, in the month.'),
  commonsRoute('/top-editors-monthly/{category}/{category-scope}/{edit-type}/{year}/{month}', 'getTopEditorsMonthly', 'top_editors_monthly', 'category', ITEMS.topEditors,
    'Get the top editors of a category\'s files', 'Users by edits of the category\'s files in the month.'),
  commonsRoute('/top-pages-per-media-file-monthly/{media-file}/{wiki}/{year}/{month}', 'getTopPagesPerMediaFileMonthly', 'top_pages_per_media_file_monthly', 'media file', ITEMS.topPages,
    'Get the most viewed pages using a media file', 'Pages embedding the file, by user pageviews in the month.'),
  commonsRoute('/top-wikis-per-media-file-monthly/{media-file}/{year}/{month}', 'getTopWikisPerMediaFileMonthly', 'top_wikis_per_media_file_monthly', 'media file', ITEMS.topWikis,
    'Get the wikis where a media file is viewed most', 'Wikis by user pageviews of their pages embedding the file, in the month.'),
  commonsRoute('/top-viewed-categories-monthly/{category-scope}/{wiki}/{year}/{month}', 'getTopViewedCategoriesMonthly', 'top_viewed_categories_monthly', 'category', ITEMS.topViewedCategories,
    'Get the most viewed categories', 'Categories by user pageviews of the pages embedding their files, on one wiki or `all-wikis`, in the month.'),
  commonsRoute('/top-edited-categories-monthly/{category-scope}/{edit-type}/{year}/{month}', 'getTopEditedCategoriesMonthly', 'top_edited_categories_monthly', 'category', ITEMS.topEditedCategories,
    'Get the most edited categories', 'Categories by edits of their files in the month.'),
];
