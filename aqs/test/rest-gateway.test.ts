// The REST gateway's routing (aqs2-notes §2.2): public paths below the prefix to the service paths.
import { expect } from 'chai';
import { gatewayTarget } from '../src/rest-gateway.js';

describe('rest gateway routing', () => {
  it('routes /api/rest_v1/metrics/… to /metrics/…, keeping the encoding', () => {
    expect(gatewayTarget('/api/rest_v1', '/api/rest_v1/metrics/pageviews/per-article/en.wikipedia/all-access/user/AC%2FDC/daily/20260101/20260102')).to.equal(
      '/metrics/pageviews/per-article/en.wikipedia/all-access/user/AC%2FDC/daily/20260101/20260102',
    );
  });
  it('routes the family api-spec paths to the paths the services answer at', () => {
    expect(gatewayTarget('/api/rest_v1', '/api/rest_v1/metrics/pageviews/api-spec.json')).to.equal('/page-analytics/api-spec.json');
    expect(gatewayTarget('/api/rest_v1', '/api/rest_v1/metrics/editors/by-country/api-spec.json')).to.equal('/geo-analytics/api-spec.json');
    expect(gatewayTarget('/api/rest_v1', '/api/rest_v1/metrics/editors/api-spec.json')).to.equal('/editors/api-spec.json');
    expect(gatewayTarget('/api/rest_v1', '/api/rest_v1/metrics/mediarequests/api-spec.json')).to.equal('/mediarequests/api-spec.json');
  });
  it('leaves alone what the gateway does not route (the service paths themselves, other prefixes)', () => {
    expect(gatewayTarget('/api/rest_v1', '/metrics/pageviews/top/en.wikipedia/all-access/2026/10/all-days')).to.equal(undefined);
    expect(gatewayTarget('/api/rest_v1', '/api/rest_v1/healthz')).to.equal(undefined);
    expect(gatewayTarget('/api/rest_v1', '/api/rest_v1/metricsx/a')).to.equal(undefined);
  });
});
