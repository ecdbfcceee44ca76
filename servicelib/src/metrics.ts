// Prometheus metrics: one registry per app (several apps may share a process, as tests do) with a
// request-duration histogram labelled by route pattern (never the raw path: bounded cardinality),
// method and status code, plus the default process metrics.
import { Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface HttpMetrics {
  registry: Registry;
  requestDuration: Histogram<'route' | 'method' | 'code'>;
}

export function createHttpMetrics(opts: { defaultMetrics?: boolean } = {}): HttpMetrics {
  const registry = new Registry();
  if (opts.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
  const requestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'A histogram of request latencies, partitioned by route, method and status code.',
    labelNames: ['route', 'method', 'code'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return { registry, requestDuration };
}
