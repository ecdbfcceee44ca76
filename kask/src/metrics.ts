// Kask's Prometheus metrics under their Go names (spec §A.13): http_requests_total and
// http_request_duration_seconds by code and method for the data routes, kask_build_info, and the
// process metrics. Unlike Go Kask: a failed DELETE counts as its real status (500, not 204), and
// methods outside the HTTP set share the label "other" so a scanner cannot grow the label set.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { BuildInfo } from './build-info.js';

const KNOWN_METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH', 'CONNECT', 'TRACE']);

export class KaskMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'code' | 'method'>;
  private readonly duration: Histogram<'code' | 'method'>;

  constructor(build: BuildInfo) {
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'http_requests_total',
      help: 'Count of HTTP requests processed, partitioned by status code and HTTP method.',
      labelNames: ['code', 'method'] as const,
      registers: [this.registry],
    });
    this.duration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'A histogram of latencies for requests, partitioned by status code and HTTP method.',
      labelNames: ['code', 'method'] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [this.registry],
    });
    new Gauge({
      name: 'kask_build_info',
      help: 'Build information',
      labelNames: ['version', 'build_date', 'build_host', 'go_version'] as const,
      registers: [this.registry],
    }).set({ version: build.version, build_date: build.build_date, build_host: build.build_host, go_version: build.go_version }, 1);
  }

  /** Records one data-route request that started at `startNs` (process.hrtime.bigint()). */
  observe(method: string, status: number, startNs: bigint): void {
    const labels = { code: String(status), method: KNOWN_METHODS.has(method) ? method : 'other' };
    this.requests.inc(labels);
    this.duration.observe(labels, Number(process.hrtime.bigint() - startNs) / 1e9);
  }
}
