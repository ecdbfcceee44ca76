// The three routes of media-analytics, declared once (paths relative to base_uri, /metrics):
// validation, OpenAPI and the response checks come from here. Families: one file each.
import { cassandraGetRoute, INVALID_YEAR_MONTH_DAY } from '@aqs/aqsassist';
import { paramsFor } from '@aqs/servicelib';
import { aggregate } from './aggregate.js';
import { PARAMS } from './params.js';
import { perFile } from './per-file.js';
import { aggregateResponse, perFileResponse, topResponse } from './schemas.js';
import { top } from './top.js';

const PER_FILE = '/mediarequests/per-file/{referer}/{agent}/{file_path}/{granularity}/{start}/{end}';
const AGGREGATE = '/mediarequests/aggregate/{referer}/{media_type}/{agent}/{granularity}/{start}/{end}';
const TOP = '/mediarequests/top/{referer}/{media_type}/{year}/{month}/{day}';

const BAD_RANGE = 'Invalid parameter: an unknown agent or granularity, a malformed referer, an invalid date, start after end, or no full month';
const tags = ['Mediarequests data'];

export const routes = [
  cassandraGetRoute({
    path: PER_FILE,
    operationId: 'getMediarequestsPerFile',
    summary: 'Get request counts for a media file',
    description:
      'Daily or monthly requests for one file of upload.wikimedia.org. Both ends of the range are included; monthly counts cover whole months only. As in production, answers carry no etag and are not cached.',
    tags,
    params: paramsFor(PARAMS, PER_FILE),
    response: perFileResponse,
    errors: { 400: BAD_RANGE },
    handler: (params, store, ctx) => perFile(store, params, ctx),
  }),
  cassandraGetRoute({
    path: AGGREGATE,
    operationId: 'getMediarequestsAggregate',
    summary: 'Get request counts for a referer and media type',
    description:
      'Daily or monthly requests for the media files of upload.wikimedia.org, by referer (or all of them) and media type (or all of them). Both ends of the range are included; monthly counts cover whole months only.',
    tags,
    params: paramsFor(PARAMS, AGGREGATE),
    response: aggregateResponse,
    errors: { 400: BAD_RANGE },
    handler: (params, store) => aggregate(store, params),
  }),
  cassandraGetRoute({
    path: TOP,
    operationId: 'getMediarequestsTop',
    summary: 'Get the most requested files',
    description: 'The most requested media files of a day, or of a month with `all-days`, for a referer and media type, by rank.',
    tags,
    params: paramsFor(PARAMS, TOP),
    response: topResponse,
    errors: { 400: 'Invalid parameter: a malformed referer or an invalid year/month/day', 500: 'The stored list is not valid JSON' },
    problemDetails: { 400: INVALID_YEAR_MONTH_DAY },
    handler: (params, store) => top(store, params),
  }),
];
