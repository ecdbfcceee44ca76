// Druid answers → the AQS body (spec §1.7 convertDruidResultToAqsResult): one item echoing the
// request parameters in a fixed order, then `results`.
import { isIP } from 'node:net';

export interface TimeseriesRow { timestamp: string; result: Record<string, number | null> }
export interface TopNRow { timestamp: string; result: Record<string, unknown>[] }

const ECHO_ORDER = ['project', 'editor-type', 'page-type', 'activity-level', 'page-title', 'user-text', 'granularity'] as const;

/** The echoed parameters, in AQS's order, only those present. */
export function echoItem(params: Partial<Record<(typeof ECHO_ORDER)[number], string>>): Record<string, string> {
  const item: Record<string, string> = {};
  for (const k of ECHO_ORDER) if (params[k] !== undefined) item[k] = params[k]!;
  return item;
}

/** timeseries: each bucket's values floored (null counts 0); `only` keeps one key (edited-pages/new). */
export function timeseriesResults(rows: readonly TimeseriesRow[], only?: string): Record<string, string | number>[] {
  return rows.map((row) => {
    const out: Record<string, string | number> = { timestamp: row.timestamp };
    for (const [k, v] of Object.entries(row.result)) if (!only || k === only) out[k] = Math.floor(v ?? 0);
    return out;
  });
}

/** topN: Druid's entries with a 1-based rank; editors tops hide IP addresses as null (§1.7 step 4). */
export function topResults(rows: readonly TopNRow[], maskIps: boolean): { timestamp: string; top: Record<string, unknown>[] }[] {
  return rows.map((row) => ({
    timestamp: row.timestamp,
    top: row.result.map((entry, i) => {
      const out: Record<string, unknown> = { ...entry, rank: i + 1 };
      if (maskIps && typeof out.user_text === 'string' && isIP(out.user_text) !== 0) out.user_text = null;
      return out;
    }),
  }));
}
