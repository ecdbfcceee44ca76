// Prometheus metrics: one registry per process (or per app in tests), the process metrics, a
// request-duration histogram, and a build-info gauge. AQS labels durations by route template (never
// the raw path: bounded cardinality), method and status; Kask keeps Go Kask's names and buckets.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export type { Registry } from 'prom-client';

export function createRegistry(opts: { defaultMetrics?: boolean } = {}): Registry {
  const registry = new Registry();
  if (opts.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
  return registry;
}

/** The AQS buckets (seconds). */
export const AQS_DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
/** The buckets of the Go services' promhttp histograms (Kask, the Data Gateway). */
export const GO_DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];

const KNOWN_METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH', 'CONNECT', 'TRACE']);
/** A method label with bounded values: methods outside the HTTP set share "other", so a scanner cannot grow the label set. */
export const methodLabel = (method: string) => (KNOWN_METHODS.has(method) ? method : 'other');

export function durationHistogram<L extends string>(registry: Registry, labelNames: readonly L[], buckets: number[], help: string): Histogram<L> {
  return new Histogram({ name: 'http_request_duration_seconds', help, labelNames, buckets, registers: [registry] });
}

export function requestCounter<L extends string>(registry: Registry, labelNames: readonly L[], help: string): Counter<L> {
  return new Counter({ name: 'http_requests_total', help, labelNames, registers: [registry] });
}

/** `<name>{version, build_date, …} 1`, the Go services' build-info gauge. */
export function buildInfoGauge(registry: Registry, name: string, labels: Readonly<Record<string, string>>): void {
  new Gauge({ name, help: 'Build information', labelNames: Object.keys(labels), registers: [registry] }).set({ ...labels }, 1);
}

export interface HttpMetrics {
  registry: Registry;
  requestDuration: Histogram<'route' | 'method' | 'code'>;
}

/** The AQS request metrics on `registry` (a new one with the process metrics when none is given). */
export function createHttpMetrics(registry: Registry = createRegistry()): HttpMetrics {
  const requestDuration = durationHistogram(
    registry,
    ['route', 'method', 'code'] as const,
    AQS_DURATION_BUCKETS,
    'A histogram of request latencies, partitioned by route, method and status code.',
  );
  return { registry, requestDuration };
}
