// The path parameters of the mediarequests routes (spec §2.8-§2.10), by name: each route picks its
// own with paramsFor(PARAMS, path). Enums in the order of the AQS spec, the order the 400 lists them
// in (§1.9). media_type is not validated (§2.9): an unknown one finds no rows, a 404.
import { aqsParam } from '@aqs/aqsassist';
import { z } from 'zod';

export const AGENTS = ['all-agents', 'user', 'spider'] as const;
export const GRANULARITIES = ['daily', 'monthly'] as const;
export type Agent = (typeof AGENTS)[number];
export type Granularity = (typeof GRANULARITIES)[number];

export const PARAMS = {
  referer: aqsParam.project(
    'Where the request came from: `all-referers`, `internal`, `external`, `search-engine`, `unknown`, `none`, or the domain of a Wikimedia project (`en.wikipedia.org`)',
    'all-referers',
  ),
  agent: z.enum(AGENTS).describe('Type of agent').meta({ example: 'user' }),
  file_path: aqsParam.text(
    'Path of the file on upload.wikimedia.org, percent-encoded (`%2Fwikipedia%2Fcommons%2F4%2F4a%2FCommons-logo.svg`; the example is a file of the sample)',
    '%2Fwikipedia%2Fcommons%2F0%2F04%2FRuby_da_Cherry_and_%24lick_Sloth.jpg',
  ),
  media_type: aqsParam.text('`all-media-types`, `image`, `audio`, `video`, `document` or `other`', 'all-media-types'),
  granularity: z.enum(GRANULARITIES).describe('Time unit of the counts').meta({ example: 'daily' }),
  start: aqsParam.date('First day to include: YYYYMMDD (an hour, YYYYMMDDHH, is ignored)', '20261001'),
  end: aqsParam.date('Last day to include: YYYYMMDD (an hour, YYYYMMDDHH, is ignored)', '20261031'),
  year: aqsParam.year('2026'),
  month: aqsParam.month('10'),
  day: aqsParam.day('all-days'),
};
