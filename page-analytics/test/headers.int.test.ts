// The AQS headers on page-analytics answers (spec §1.8, design.md §1): CORS and security headers on
// every answer, cache-control and a strong etag on 200s only, 304 to a matching If-None-Match.
import { expect } from 'chai';
import { AQS_CACHE_CONTROL, AQS_COMMON_HEADERS } from '@aqs/aqsassist';
import { withPageAnalytics } from './harness.js';

describe('page-analytics: response headers (real Cassandra)', function () {
  const t = withPageAnalytics();
  const answers = {
    '200 per-article': 'pageviews/per-article/en.wikipedia/all-access/all-agents/-/daily/1970010100/1970010100',
    '200 top-by-country': 'pageviews/top-by-country/en.wikipedia/all-access/1970/01',
    '400 aggregate': 'pageviews/aggregate/en.wikipedia/all-access/all-agents/hourly/1970010100/19700101',
    '404 pagecounts': 'legacy/pagecounts/aggregate/xx.wikipedia/all-sites/daily/1970010100/1970010100',
  };
  for (const [label, suffix] of Object.entries(answers)) {
    it(`${label}: the CORS and security set; cache headers only on a 200`, async () => {
      const res = await fetch(t.url(suffix));
      await res.arrayBuffer();
      const ok = res.status === 200;
      expect(res.status).to.equal(Number(label.slice(0, 3)));
      for (const [name, value] of Object.entries(AQS_COMMON_HEADERS)) expect(res.headers.get(name), name).to.equal(value);
      expect(res.headers.get('cache-control') === AQS_CACHE_CONTROL).to.equal(ok);
      expect(/^"[0-9a-f]{40}"$/.test(res.headers.get('etag') ?? '')).to.equal(ok);
      expect(res.headers.get('content-type')).to.equal(ok ? 'application/json; charset=utf-8' : 'application/problem+json');
    });
  }
  it('answers 304 to the etag it sent', async () => {
    const first = await fetch(t.url(answers['200 per-article']));
    await first.arrayBuffer();
    const again = await fetch(t.url(answers['200 per-article']), { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect([again.status, await again.text()]).to.deep.equal([304, '']);
  });
});
