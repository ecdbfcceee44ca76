// Expected answers for the sample mediawiki_history_reduced data, computed in plain JavaScript from
// the same generated rows Druid ingested: the integration tests compare the services' answers with
// these, so a wrong filter, interval or aggregation in the query shows up as a wrong number.
import { generateMediawikiHistory, type HistoryRow } from './sample-mediawiki-history.js';

let cached: HistoryRow[] | undefined;
export type { HistoryRow };
export { SNAPSHOT } from './sample-mediawiki-history.js';
export const historyRows = (): HistoryRow[] => (cached ??= generateMediawikiHistory());

const dayOf = (r: HistoryRow) => r.event_timestamp.slice(0, 10);

/** Bucket starts from start (inclusive) to end (exclusive), YYYY-MM-DD, as Druid lays them out. */
function buckets(granularity: 'day' | 'month', start: string, end: string): string[] {
  const out: string[] = [];
  const d = new Date(`${start}T00:00:00Z`);
  while (d.toISOString().slice(0, 10) < end) {
    out.push(d.toISOString().slice(0, 10));
    if (granularity === 'day') d.setUTCDate(d.getUTCDate() + 1);
    else d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return out;
}

/** A timeseries: per bucket, the sum of `value` over the rows `keep` accepts (0 for an empty bucket). */
export function expectedSeries(
  granularity: 'day' | 'month',
  start: string,
  end: string,
  keep: (r: HistoryRow) => boolean,
  value: (r: HistoryRow) => number,
): { timestamp: string; value: number }[] {
  const sums = new Map<string, number>();
  for (const r of historyRows()) {
    const day = dayOf(r);
    if (day < start || day >= end || !keep(r)) continue;
    const bucket = granularity === 'day' ? day : `${day.slice(0, 7)}-01`;
    sums.set(bucket, (sums.get(bucket) ?? 0) + value(r));
  }
  return buckets(granularity, start, end).map((b) => ({ timestamp: `${b}T00:00:00.000Z`, value: sums.get(b) ?? 0 }));
}

/** A top list over [start, end): sums of `value` per `key`, largest first, at most 100. */
export function expectedTop(
  start: string,
  end: string,
  keep: (r: HistoryRow) => boolean,
  key: (r: HistoryRow) => string,
  value: (r: HistoryRow) => number,
): { key: string; value: number }[] {
  const sums = new Map<string, number>();
  for (const r of historyRows()) {
    const day = dayOf(r);
    if (day < start || day >= end || !keep(r)) continue;
    sums.set(key(r), (sums.get(key(r)) ?? 0) + value(r));
  }
  return [...sums].map(([k, v]) => ({ key: k, value: v })).sort((a, b) => b.value - a.value || a.key.localeCompare(b.key)).slice(0, 100);
}
