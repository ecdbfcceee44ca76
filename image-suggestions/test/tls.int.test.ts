// Private routes protected (the Go gateway served feedback with user_id to anyone who reached the
// port, spec §B.5): over HTTPS with tls.client_ca, a route under /private/ needs a client certificate
// the CA signed and, when authorized_clients is set, one of those subject CNs; otherwise the 401
// problem. /public/ routes, /healthz and /metrics stay open. Without a client CA the gateway says at
// start that the private routes are unprotected. Certificates are made by the test.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { makeTestPki, rawRequest, type TestCert, type TestPki } from '@aqs/servicelib/testing';
import { feedbackOf } from '../../test-env/src/sample-image-suggestions.js';
import { startGateway } from './harness.js';
import { SAMPLES } from './samples.js';

type Gateway = Awaited<ReturnType<typeof startGateway>>;

const UNAUTHORIZED = JSON.stringify({
  status: 401,
  type: 'about:blank',
  title: 'Unauthorized',
  detail: 'This route needs a client certificate signed by the configured client CA, with an authorized subject.',
});

describe('image-suggestions: private routes need a client certificate (HTTPS, real Cassandra)', function () {
  this.timeout(30000);
  let pki: TestPki;
  let mediawiki: TestCert;
  let intruder: TestCert;
  let stranger: TestCert;
  let gw: Gateway;
  const as = (client?: TestCert) => ({
    tls: { ca: readFileSync(pki.ca.cert), ...(client ? { cert: readFileSync(client.cert), key: readFileSync(client.key) } : {}) },
  });

  before(async () => {
    pki = makeTestPki('gateway-ca');
    const foreign = makeTestPki('other-ca');
    const server = pki.server();
    mediawiki = pki.client('mediawiki');
    intruder = pki.client('intruder');
    stranger = foreign.client('mediawiki'); // the right name, signed by the wrong CA
    gw = await startGateway({ tls: { cert: server.cert, key: server.key, client_ca: pki.ca.cert }, authorized_clients: ['mediawiki'] });
    expect(gw.origin).to.match(/^https:/);
  });
  after(() => gw?.close());

  it('serves every private route to an authorized client', async () => {
    for (const path of [SAMPLES.feedback, SAMPLES.title_cache, SAMPLES.instanceof_cache]) {
      const r = await rawRequest(gw.origin, path, as(mediawiki));
      expect(r.status, path).to.equal(200);
    }
    const r = await rawRequest(gw.origin, SAMPLES.feedback, as(mediawiki));
    expect(r.text).to.equal(JSON.stringify({ rows: feedbackOf('enwiki', 53848) }));
  });

  for (const [who, client] of [
    ['no certificate', () => undefined],
    ['a certificate whose CN is not in authorized_clients', () => intruder],
    ['a certificate signed by another CA', () => stranger],
  ] as const) {
    it(`answers the 401 problem on every private route to a client with ${who}, even with a bad parameter`, async () => {
      for (const path of [SAMPLES.feedback, SAMPLES.title_cache, SAMPLES.instanceof_cache, '/private/image_suggestions/feedback/enwiki/abc']) {
        const r = await rawRequest(gw.origin, path, as(client()));
        expect([r.status, r.text], path).to.deep.equal([401, UNAUTHORIZED]);
        expect(r.headers['content-type']).to.equal('application/problem+json');
      }
    });
  }

  it('keeps /public/ routes, /healthz and /metrics open to a client without a certificate', async () => {
    for (const path of [SAMPLES.suggestions, '/public/commons/top_edited_categories_monthly/deep/all-edit-types/2026/1', '/healthz', '/metrics']) {
      const r = await rawRequest(gw.origin, path, as());
      expect(r.status, path).to.equal(200);
    }
  });

  it('counts the refusals in /metrics as 401s', async () => {
    const r = await rawRequest(gw.origin, '/metrics', as());
    expect(r.text).to.match(/^http_requests_total\{code="401",method="GET"\} [1-9]\d*$/m);
  });

  it('logs no warning about unprotected private routes when a client CA is configured', () => {
    expect(gw.logs().filter((l) => String(l.message).includes('unprotected'))).to.deep.equal([]);
  });
});

describe('image-suggestions without a client CA', function () {
  this.timeout(30000);
  it('warns at start that the private routes are unprotected, naming them, and serves them', async () => {
    const gw = await startGateway();
    try {
      const warning = gw.logs().find((l) => (l.log as { level: string }).level === 'WARNING' && String(l.message).includes('unprotected'));
      expect(warning?.message).to.contain('/private/image_suggestions/feedback/{wiki}/{page_id}');
      expect((await gw.get(SAMPLES.feedback)).status).to.equal(200);
    } finally {
      await gw.close();
    }
  });
});
