// Expected answers for the sample mediawiki_history_reduced data, computed in plain JavaScript from
// the same generated rows Druid ingested: the integration tests compare the services' answers with
// these, so a wrong filter, interval or aggregation in the query shows up as a wrong number.
// The rows are those of the snapshot aqs.config names (the window it covers is in its name), so
// the tests follow whatever make env-up loaded, whatever day they run.
import { storeClient, WITHOUT_DRUID } from '@aqs/servicelib/testing';
import { DRUID_DATASOURCE_PARAM, generateMediawikiHistory, snapshotOf, windowOfSnapshot, type HistoryRow } from './sample-mediawiki-history.js';
import { monthsBetween, sampleWindow, type SampleMonth, type SampleWindow } from './sample-pageviews-window.js';

export type { HistoryRow };
export type { SampleMonth, SampleWindow };
export { monthOf, monthsBetween } from './sample-pageviews-window.js';
export { ymd } from './sample-pageviews-model.js';

export interface LoadedSnapshot {
  snapshot: string;
  window: SampleWindow;
  /** The window's months, oldest first. */
  months: SampleMonth[];
}

/**
 * The snapshot aqs.config names and the window it covers. Under DRUID=0 (the Druid tests are
 * skipped) and with no row, today's window, so test files can still build their paths.
 */
export async function loadedSnapshot(): Promise<LoadedSnapshot> {
  const client = storeClient();
  let name: string | undefined;
  try {
    const rs = await client.execute('SELECT value FROM aqs.config WHERE param = ?', [DRUID_DATASOURCE_PARAM], { prepare: true });
    name = rs.first()?.get('value') as string | undefined;
  } catch (err) {
    if (!WITHOUT_DRUID) throw err;
  } finally {
    await client.shutdown();
  }
  if (name === undefined && WITHOUT_DRUID) name = snapshotOf(sampleWindow(new Date()));
  if (name === undefined) throw new Error(`aqs.config has no ${DRUID_DATASOURCE_PARAM}: run \`node test-env/dist/env-up.js\` (make env-up)`);
  const window = windowOfSnapshot(name);
  if (!window) throw new Error(`aqs.config names ${name}, not a sample snapshot (mediawiki_history_reduced_YYYY_MM): run make env-up`);
  return { snapshot: name, window, months: monthsBetween(window.first, window.last) };
}

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

export class HistoryOracle {
  private cached: HistoryRow[] | undefined;
  constructor(readonly loaded: LoadedSnapshot) {}

  /** The generated rows of the snapshot (made on first use, about a second). */
  rows(): HistoryRow[] {
    return (this.cached ??= generateMediawikiHistory(this.loaded.window));
  }

  /** A timeseries: per bucket, the sum of `value` over the rows `keep` accepts (0 for an empty bucket). */
  series(
    granularity: 'day' | 'month',
    start: string,
    end: string,
    keep: (r: HistoryRow) => boolean,
    value: (r: HistoryRow) => number,
  ): { timestamp: string; value: number }[] {
    const sums = new Map<string, number>();
    for (const r of this.rows()) {
      const day = dayOf(r);
      if (day < start || day >= end || !keep(r)) continue;
      const bucket = granularity === 'day' ? day : `${day.slice(0, 7)}-01`;
      sums.set(bucket, (sums.get(bucket) ?? 0) + value(r));
    }
    return buckets(granularity, start, end).map((b) => ({ timestamp: `${b}T00:00:00.000Z`, value: sums.get(b) ?? 0 }));
  }

  /** A top list over [start, end): sums of `value` per `key`, largest first, at most 100. */
  top(
    start: string,
    end: string,
    keep: (r: HistoryRow) => boolean,
    key: (r: HistoryRow) => string,
    value: (r: HistoryRow) => number,
  ): { key: string; value: number }[] {
    const sums = new Map<string, number>();
    for (const r of this.rows()) {
      const day = dayOf(r);
      if (day < start || day >= end || !keep(r)) continue;
      sums.set(key(r), (sums.get(key(r)) ?? 0) + value(r));
    }
    return [...sums].map(([k, v]) => ({ key: k, value: v })).sort((a, b) => b.value - a.value || a.key.localeCompare(b.key)).slice(0, 100);
  }
}

let shared: Promise<HistoryOracle> | undefined;
/** The oracle of the loaded snapshot, one per test run. */
export const loadedHistory = (): Promise<HistoryOracle> => (shared ??= loadedSnapshot().then((s) => new HistoryOracle(s)));

/** A day number as Druid's YYYY-MM-DD. */
export const isoDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
