// start/end of the mediarequests series (spec §1.4.4): YYYYMMDD, an hour allowed and ignored,
// read as YYYYMMDD00; monthly keeps only whole months.
import type { RangeRules } from '@aqs/aqsassist';
import type { Granularity } from './params.js';

export const rangeRules = (granularity: Granularity): RangeRules =>
  granularity === 'monthly' ? { hourOptional: true, output: 'zeroHour', fullMonths: 'cassandra' } : { hourOptional: true, output: 'zeroHour' };
