// Kask's Prometheus metrics under their Go names (spec §A.13), on the host's registry (which carries
// the process metrics): http_requests_total and http_request_duration_seconds by code and method for
// the data routes, with Go's buckets, and kask_build_info. Unlike Go Kask: a failed DELETE counts as
// its real status (500, not 204), methods outside the HTTP set share the label "other" so a scanner
// cannot grow the label set, and requests that got no answer at all are counted apart (below).
import { buildInfoGauge, durationHistogram, GO_DURATION_BUCKETS, methodLabel, requestCounter, type Registry } from '@aqs/servicelib';
import { Counter, type Histogram } from 'prom-client';
import type { KaskBuildInfo } from './build-info.js';

/**
 * Why a data-route request got no response: its client went away before the whole body arrived
 * (`client_closed`), or the body stopped arriving for body_timeout_ms and Kask cut the connection
 * (`body_timeout`).
 */
export type Unanswered = 'client_closed' | 'body_timeout';

export class KaskMetrics {
  private readonly requests;
  private readonly duration: Histogram<'code' | 'method'>;
  /**
   * kask_requests_aborted_total{method, reason}: requests counted here were never answered, so they
   * are not in http_requests_total (a 500 there would be a status no client received).
   */
  private readonly aborted: Counter<'method' | 'reason'>;

  constructor(
    readonly registry: Registry,
    build: KaskBuildInfo,
  ) {
    const labels = ['code', 'method'] as const;
    this.requests = requestCounter(registry, labels, 'Count of HTTP requests processed, partitioned by status code and HTTP method.');
    this.duration = durationHistogram(
      registry,
      labels,
      GO_DURATION_BUCKETS,
      'A histogram of latencies for requests, partitioned by status code and HTTP method.',
    );
    buildInfoGauge(registry, 'kask_build_info', {
      version: build.version,
      build_date: build.build_date,
      build_host: build.build_host,
      go_version: build.go_version,
    });
    this.aborted = new Counter({
      name: 'kask_requests_aborted_total',
      help: 'Count of data-route requests that got no response, partitioned by HTTP method and reason (client_closed, body_timeout).',
      labelNames: ['method', 'reason'] as const,
      registers: [registry],
    });
  }

  /** Records one answered data-route request that started at `startNs` (process.hrtime.bigint()). */
  observe(method: string, status: number, startNs: bigint): void {
    const labels = { code: String(status), method: methodLabel(method) };
    this.requests.inc(labels);
    this.duration.observe(labels, Number(process.hrtime.bigint() - startNs) / 1e9);
  }

  /** Records one data-route request that got no response. */
  unanswered(method: string, reason: Unanswered): void {
    this.aborted.inc({ method: methodLabel(method), reason });
  }
}
