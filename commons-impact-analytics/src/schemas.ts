// The items of the 14 responses (aqs2-notes §1.2): kebab-case copies of the table's columns, the
// request's own key columns left out, `dt` as `timestamp`. The keys of each item schema, in order,
// are also what shaping copies from a row (read.ts), so a column is named once.
import { z } from 'zod';
import { TIMESTAMP_EXAMPLE, TIMESTAMP_PATTERN } from './choices.js';

const count = (description: string) => z.number().int().describe(description);
/** The `*_deep` snapshot columns: only allow-listed primary categories have them (§1.2), null elsewhere. */
const deepCount = (description: string) => z.number().int().nullable().describe(`${description}; null unless the category is an allow-listed primary`);

const timestamp = z
  .string()
  .regex(new RegExp(TIMESTAMP_PATTERN))
  .describe('The month, as its first instant (UTC)')
  .meta({ example: TIMESTAMP_EXAMPLE });
const rank = z.number().int().min(1).describe('1 for the most; equal counts share a rank and the next rank skips (SQL RANK())');
const pageviewCount = count('Pageviews by users of the pages embedding the files, in the month');
const editCount = count('Edits in the month');

export const ITEMS = {
  categoryMetricsSnapshot: z.object({
    'media-file-count': count('Files directly in the category'),
    'media-file-count-deep': deepCount('Files in the category tree'),
    'used-media-file-count': count('Of those, files used on a wiki page'),
    'used-media-file-count-deep': deepCount('Of the tree\'s, files used on a wiki page'),
    'leveraging-wiki-count': count('Wikis with a page using one of the files'),
    'leveraging-wiki-count-deep': deepCount('Wikis with a page using one of the tree\'s files'),
    'leveraging-page-count': count('Pages using one of the files'),
    'leveraging-page-count-deep': deepCount('Pages using one of the tree\'s files'),
    timestamp,
  }),
  mediaFileMetricsSnapshot: z.object({
    'leveraging-wiki-count': count('Wikis with a page using the file'),
    'leveraging-page-count': count('Pages using the file'),
    timestamp,
  }),
  pageviews: z.object({ timestamp, 'pageview-count': pageviewCount }),
  edits: z.object({ timestamp, 'edit-count': editCount }),
  topPages: z.object({
    'page-wiki': z.string().describe('Wiki of the page (`en.wikipedia`)'),
    'page-title': z.string().describe('Title of the page'),
    'pageview-count': pageviewCount,
    rank,
  }),
  topWikis: z.object({ wiki: z.string().describe('Wiki (`en.wikipedia`)'), 'pageview-count': pageviewCount, rank }),
  topMediaFiles: z.object({ 'media-file': z.string().describe('File title without `File:`'), 'pageview-count': pageviewCount, rank }),
  topViewedCategories: z.object({ category: z.string().describe('Category title without `Category:`'), 'pageview-count': pageviewCount, rank }),
  topEditedCategories: z.object({ category: z.string().describe('Category title without `Category:`'), 'edit-count': editCount, rank }),
  topEditors: z.object({ 'user-name': z.string().describe('User name, `:anonymous:` or `:redacted:`'), 'edit-count': editCount, rank }),
};

export type ItemSchema = (typeof ITEMS)[keyof typeof ITEMS];

export const itemsOf = <T extends z.ZodObject>(item: T) => z.object({ items: z.array(item) });
