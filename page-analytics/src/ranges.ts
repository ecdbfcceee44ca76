// How start/end are read for each time series of this service (spec §1.4.4): hourly keeps
// YYYYMMDDHH as sent; daily and monthly become YYYYMMDD00, monthly keeping only whole months. The
// hour is optional (and ignored) for pageviews daily/monthly, but legacy pagecounts always require
// it (spec §2.6: no fakeHour there, so `20170101` is refused with the YYYYMMDDHH message).
import type { RangeRules } from '@aqs/aqsassist';
import type { SeriesGranularity } from './params.js';

export function seriesRules(granularity: SeriesGranularity, hour: 'optional' | 'required'): RangeRules {
  if (granularity === 'hourly') return { hourOptional: false, output: 'keepHour' };
  const rules: RangeRules = { hourOptional: hour === 'optional', output: 'zeroHour' };
  if (granularity === 'monthly') rules.fullMonths = 'cassandra';
  return rules;
}
