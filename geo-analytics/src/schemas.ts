// The 200 body of editors by country (spec §2.11), key order as production sends it. The array is
// `countries` (the AQS 1.0 spec document called it `results`, §6.10).
import { z } from 'zod';
import { ACTIVITY_LEVELS } from './params.js';

const country = z.object({
  country: z.string().describe('ISO 3166-1 alpha-2 code').meta({ example: 'US' }),
  'editors-ceil': z.number().int().describe('Editors, rounded up to the tenth').meta({ example: 10 }),
});

export const byCountryResponse = z.object({
  items: z.array(
    z.object({
      project: z.string().describe('Wikipedia, normalised (`en.wikipedia`)'),
      'activity-level': z.enum(ACTIVITY_LEVELS).describe('Edits an editor made in the month'),
      year: z.string().describe('YYYY'),
      month: z.string().describe('MM'),
      countries: z.array(country).describe('Countries in stored order (most editors first), the deny-listed ones left out'),
    }),
  ),
});
