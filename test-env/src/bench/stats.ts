// Small measurement helpers shared by the benchmarks: percentiles, peak RSS of a process, tables.
import { readFileSync } from 'node:fs';

export function percentile(sortedMs: readonly number[], p: number): number {
  if (!sortedMs.length) return NaN;
  return sortedMs[Math.min(sortedMs.length - 1, Math.floor((p / 100) * sortedMs.length))]!;
}

/** Peak resident set size of a process in MB (Linux VmHWM: the high-water mark, not a sample). */
export function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

export interface LoadResult {
  label: string;
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

export function printTable(rows: readonly LoadResult[]): void {
  const head = ['', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'errors'];
  const body = rows.map((r) => [r.label, r.rps.toFixed(0), r.p50.toFixed(2), r.p99.toFixed(2), String(r.requests), String(r.errors)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  for (const line of [head, ...body]) console.log(line.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '));
}
