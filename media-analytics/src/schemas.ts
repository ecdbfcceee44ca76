// The 200 bodies of media-analytics (spec §2.8-§2.10), key order as production sends them.
import { z } from 'zod';
import { AGENTS, GRANULARITIES } from './params.js';

const requests = z.number().int().describe('Requests in the day or month').meta({ example: 1204 });
const referer = z.string().describe('Referer, normalised (`en.wikipedia`, `all-referers`, `internal`…)');
const granularity = z.enum(GRANULARITIES).describe('Time unit of the counts');
const timestamp = z.string().describe('YYYYMMDD00: the day, or the first day of the month');
const items = <T extends z.ZodRawShape>(shape: T) => z.object({ items: z.array(z.object(shape)) });

export const perFileResponse = items({
  referer,
  file_path: z.string().describe('Path of the file as stored: its name percent-encoded as upload.wikimedia.org logs it'),
  granularity,
  timestamp,
  agent: z.enum(AGENTS).describe('Type of agent'),
  requests,
});

export const aggregateResponse = items({
  referer,
  media_type: z.string().describe('Media type, as requested'),
  agent: z.enum(AGENTS).describe('Type of agent'),
  granularity,
  timestamp,
  requests,
});

const rankedFile = z.object({
  file_path: z.string().describe('Path of the file as stored'),
  requests: z.number().int(),
  rank: z.number().int(),
});

export const topResponse = items({
  referer,
  media_type: z.string().describe('Media type, as requested'),
  year: z.string().describe('YYYY'),
  month: z.string().describe('MM'),
  day: z.string().describe('DD, or all-days for the whole month'),
  files: z.array(rankedFile).describe('The most requested files, by rank'),
});
