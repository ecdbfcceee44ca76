// The Go gateway's Prometheus metrics under their names (spec §B.7): http_requests_total and
// http_request_duration_seconds by code and method, for the data routes only, with the gateway's
// buckets (Go's promhttp buckets and 2.5 to 25 s, added in 2022 when production passed 1 s), and
// image_suggestions_build_info. Methods outside the HTTP set share the label "other".
import { buildInfoGauge, durationHistogram, GO_DURATION_BUCKETS, methodLabel, requestCounter, type GoBuildInfo, type Registry } from '@aqs/servicelib';

export const GATEWAY_DURATION_BUCKETS = [...GO_DURATION_BUCKETS, 2.5, 5, 10, 25];

export type ObserveRequest = (method: string, status: number, startNs: bigint) => void;

export function gatewayMetrics(registry: Registry, build: GoBuildInfo): ObserveRequest {
  const labels = ['code', 'method'] as const;
  const requests = requestCounter(registry, labels, 'Count of HTTP requests processed, partitioned by status code and HTTP method.');
  const duration = durationHistogram(registry, labels, GATEWAY_DURATION_BUCKETS, 'A histogram of latencies for requests, partitioned by status code and HTTP method.');
  buildInfoGauge(registry, 'image_suggestions_build_info', { ...build });
  return (method, status, startNs) => {
    const l = { code: String(status), method: methodLabel(method) };
    requests.inc(l);
    duration.observe(l, Number(process.hrtime.bigint() - startNs) / 1e9);
  };
}
