// The path parameters of editors by country (spec §2.11). The activity levels are the two the
// Geoeditors loader writes, not the Druid ones (§1.7).
import { aqsParam } from '@aqs/aqsassist';
import { z } from 'zod';

export const ACTIVITY_LEVELS = ['5..99-edits', '100..-edits'] as const;
export type ActivityLevel = (typeof ACTIVITY_LEVELS)[number];

export const PARAMS = {
  project: aqsParam.project('Domain of a Wikipedia (`en.wikipedia.org` or `en.wikipedia`); `all-…` values are refused', 'en.wikipedia'),
  'activity-level': z.enum(ACTIVITY_LEVELS).describe('Edits an editor made in the month').meta({ example: '5..99-edits' }),
  year: aqsParam.year('2026'),
  month: aqsParam.month('10'),
};
