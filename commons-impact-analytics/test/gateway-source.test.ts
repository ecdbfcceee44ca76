// The HTTP source against a stand-in gateway: what it sends (one percent-encoded segment per
// parameter, in order) and how each gateway answer becomes rows or an AQS problem.
import { expect } from 'chai';
import { HttpProblem } from '@aqs/servicelib';
import { freePort } from '@aqs/servicelib/testing';
import { gatewaySource } from '../src/gateway-source.js';
import { GatewayStandIn } from './gateway-stand-in.js';

async function problemOf(work: Promise<unknown>): Promise<HttpProblem> {
  try {
    await work;
  } catch (err) {
    if (err instanceof HttpProblem) return err;
    throw err;
  }
  throw new Error('expected a problem');
}

describe('commons-impact-analytics: the Data Gateway source (stand-in gateway)', () => {
  const gw = new GatewayStandIn();
  let uri: string;
  before(async () => (uri = await gw.start()));
  after(() => gw.stop());

  it('sends one decoded segment per parameter, in order, under <data_gateway_uri>/<table>', async () => {
    gw.reply = { status: 200, body: '{"rows":[{"dt":"2025-01-01T00:00:00.000Z","pageview_count":3}]}' };
    const hard = ['What_is_this?_(unidentified_objects)', '100%_cotton/label #1', '東京の写真', 'Kenji Sato', ':anonymous:'];
    const rows = await gatewaySource(`${uri}/`, 1000).read('pageviews_per_category_monthly', hard.map((v, i) => [`p${i}`, v]));
    expect(rows).to.deep.equal([{ dt: '2025-01-01T00:00:00.000Z', pageview_count: 3 }]);
    const { segments, raw } = gw.requests.at(-1)!;
    expect(segments).to.deep.equal(['public', 'commons', 'pageviews_per_category_monthly', ...hard]);
    expect(raw).to.not.include('?').and.not.include('#');
  });

  it('answers no rows, without asking, for `.` and `..` (no title can be one; a URL cannot carry them)', async () => {
    const before = gw.requests.length;
    expect(await gatewaySource(uri, 1000).read('category_metrics_snapshot', [['category', '..'], ['start', 'a'], ['end', 'b']])).to.deep.equal([]);
    expect(gw.requests.length).to.equal(before);
  });

  it('a gateway 404 is no rows (the service answers its no-data 404)', async () => {
    gw.reply = { status: 404, body: '{"status":404,"type":"about:blank","title":"Not Found","detail":"no route"}' };
    expect(await gatewaySource(uri, 1000).read('category_metrics_snapshot', [['category', 'X']])).to.deep.equal([]);
  });

  it('a gateway 400 is a 400 saying what the gateway said, not a 500', async () => {
    gw.reply = { status: 400, body: '{"status":400,"type":"about:blank","title":"Bad Request","detail":"Invalid year: \'x\' is not an int"}' };
    const p = await problemOf(gatewaySource(uri, 1000).read('top_wikis_per_media_file_monthly', [['media_file', 'X']]));
    expect([p.status, p.detail]).to.deep.equal([400, "Invalid year: 'x' is not an int"]);
  });

  for (const status of [500, 502, 503, 504, 429]) {
    it(`a gateway ${status} is the 503 with retry-after`, async () => {
      gw.reply = { status, body: '{"detail":"store down"}' };
      const p = await problemOf(gatewaySource(uri, 1000).read('category_metrics_snapshot', [['category', 'X']]));
      expect(p.status).to.equal(503);
      expect(p.headers).to.deep.equal({ 'retry-after': '5' });
    });
  }

  it('a gateway that hangs is a 503 once context_timeout has passed', async () => {
    gw.reply = { status: 200, hang: true };
    const p = await problemOf(gatewaySource(uri, 150).read('category_metrics_snapshot', [['category', 'X']]));
    expect(p.status).to.equal(503);
  });

  it('a gateway nobody listens for is a 503', async () => {
    const port = await freePort();
    const p = await problemOf(gatewaySource(`http://127.0.0.1:${port}/public/commons`, 1000).read('category_metrics_snapshot', [['category', 'X']]));
    expect(p.status).to.equal(503);
  });

  const odd: [string, number, string][] = [
    ['a 200 that is not JSON', 200, '<html>'],
    ['a 200 without rows', 200, '{"items":[]}'],
    ['an unexpected status', 418, '{"detail":"teapot"}'],
  ];
  for (const [what, status, body] of odd) {
    it(`${what} is a 502`, async () => {
      gw.reply = { status, body };
      const p = await problemOf(gatewaySource(uri, 1000).read('category_metrics_snapshot', [['category', 'X']]));
      expect(p.status).to.equal(502);
    });
  }
});
