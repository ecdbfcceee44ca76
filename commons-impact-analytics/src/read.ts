// The one code path of every route: the AQS parameters become the gateway's (titles, wiki, dates),
// the source reads the table, and the rows become items: the item schema's keys copied from the
// columns of the same name in snake_case, `dt` as `timestamp` (choices.ts). No rows: the no-data 404
// naming what the route is about (§1.2).
import { INVALID_PROJECT, invalidRequest, normalizeArticle, normalizeProject, validateYearMonth } from '@aqs/aqsassist';
import { HttpProblem } from '@aqs/servicelib';
import type { z } from 'zod';
import { apiTimestamp, gatewayRange } from './choices.js';
import type { CommonsSource, GatewayParams, GatewayRow } from './source.js';

/** What the 404 says was not found. */
export type Subject = 'category' | 'media file' | 'user';

/** The 404 of §1.2 (client fixtures; the same for an unknown key and a key without data in the range). */
export const notLoadedDetail = (subject: Subject): string =>
  `The date(s) you used are valid, but we either do not have data for those date(s), or the ${subject} you asked for is not loaded yet. Please check documentation for more information`;

export const notLoaded = (subject: Subject): HttpProblem => new HttpProblem({ status: 404, detail: notLoadedDetail(subject) });

/** Top lists keep at most this many rows (ROW_NUMBER() <= 100, refinery af75b020), whatever is stored. */
export const TOP_LIMIT = 100;

export const INVALID_WIKI = INVALID_PROJECT.replace('`project`', '`wiki`');

/** The AQS project rule (trim, lower-case, no `www.` or `.org`, [a-z0-9_.-]), its 400 naming `wiki`. */
function normalizeWiki(value: string): string {
  try {
    return normalizeProject(value);
  } catch {
    throw invalidRequest(INVALID_WIKI);
  }
}

export const snakeCase = (name: string): string => name.replaceAll('-', '_');

/**
 * The AQS path parameters (validated, in path order) as the gateway's, in the same order: titles
 * with spaces as underscores, the wiki normalised like an AQS project, start/end as the RFC 3339
 * range, year/month as numbers. Checks run in path order, so the wiki's 400 comes before the dates'.
 */
export function gatewayParams(params: Record<string, string>): GatewayParams {
  const out: [string, string][] = [];
  for (const [name, value] of Object.entries(params)) {
    switch (name) {
      case 'category':
      case 'media-file':
        out.push([snakeCase(name), normalizeArticle(value)]);
        break;
      case 'wiki':
        out.push([name, normalizeWiki(value)]);
        break;
      case 'start': {
        const range = gatewayRange(value, params.end!);
        out.push(['start', range.start], ['end', range.end]);
        break;
      }
      case 'end':
        break; // with start
      case 'year':
        validateYearMonth(value, params.month!);
        out.push(['year', String(Number(value))], ['month', String(Number(params.month))]);
        break;
      case 'month':
        break; // with year
      default:
        out.push([snakeCase(name), value]);
    }
  }
  return out;
}

/** An item's keys, each with the stored column it comes from: worked out once per item schema, not per row. */
type Fields = readonly (readonly [key: string, column: string])[];
const fieldsBySchema = new WeakMap<z.ZodObject, Fields>();
function fieldsOf(item: z.ZodObject): Fields {
  let fields = fieldsBySchema.get(item);
  if (!fields) fieldsBySchema.set(item, (fields = Object.keys(item.shape).map((key) => [key, snakeCase(key)] as const)));
  return fields;
}

function shape(row: GatewayRow, fields: Fields): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const [key, column] of fields) {
    if (key === 'timestamp') {
      item.timestamp = apiTimestamp(String(row.dt));
      continue;
    }
    const value = row[column];
    // A bigint past 2^53 arrives as a string; AQS answers numbers (as AQS 1.0's parseInt did).
    item[key] = typeof value === 'string' && /^-?\d+$/.test(value) && key.endsWith('-count') ? Number(value) : value;
  }
  return item;
}

export interface TableRead<I extends z.ZodObject> {
  table: string;
  subject: Subject;
  item: I;
  top: boolean;
}

export async function readItems<I extends z.ZodObject>(source: CommonsSource, read: TableRead<I>, params: Record<string, string>) {
  const rows = await source.read(read.table, gatewayParams(params));
  if (!rows.length) throw notLoaded(read.subject);
  const fields = fieldsOf(read.item);
  const kept = read.top ? rows.slice(0, TOP_LIMIT) : rows;
  return { items: kept.map((row) => shape(row, fields)) as z.input<I>[] };
}
