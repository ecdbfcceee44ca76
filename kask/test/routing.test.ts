// Go ServeMux's routing as Kask's clients see it (spec §A.3, §A.5, §A.11, §A.12), and the key-parser
// table through HTTP. A unit test: Kask's app on the in-memory store.
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE, BAD_REQUEST, NOT_FOUND, SERVER_ERROR, randomKey, request, startMemoryKask } from './harness.js';

type Running = Awaited<ReturnType<typeof startMemoryKask>>;
const OPENAPI = fileURLToPath(new URL('../openapi.yaml', import.meta.url));

describe('kask routing', function () {
  this.timeout(30000);
  let svc: Running;
  before(async () => (svc = await startMemoryKask({ openapi_spec: OPENAPI })));
  after(() => svc.close());

  it('redirects the base URI without its slash, keeping the query (301)', async () => {
    const r = await request(svc.origin, '/sessions/v1?x=1');
    expect(r.status).to.equal(301);
    expect(r.headers.location).to.equal('/sessions/v1/?x=1');
  });

  it('redirects . and .. segments and // to the clean path (301)', async () => {
    const cases: [string, string][] = [
      ['/sessions/v1/./cat', '/sessions/v1/cat'],
      ['/sessions/v1/dog/../cat', '/sessions/v1/cat'],
      ['/sessions//v1/cat', '/sessions/v1/cat'],
      ['/sessions/v1/a%20b/../c%3Fd', '/sessions/v1/c%3Fd'],
    ];
    for (const [path, location] of cases) {
      const r = await request(svc.origin, path);
      expect([r.status, r.headers.location], path).to.deep.equal([301, location]);
    }
  });

  it('answers the key-parser table (TestValidatingKeyParserMiddleware) through HTTP', async () => {
    const cases: [string, number, string][] = [
      ['/sessions/v1/cat/dog', 404, NOT_FOUND('/sessions/v1/cat/dog')],
      ['/sessions/v1/', 404, NOT_FOUND('/sessions/v1/')],
      ['/something/else', 404, NOT_FOUND('/something/else')],
      ['/sessions/v1/foo?bar', 400, BAD_REQUEST('/sessions/v1/foo')],
      ['/sessions/v1/a%2Fb', 404, NOT_FOUND('/sessions/v1/a/b')],
      ['/sessions/v1/?x=1', 400, BAD_REQUEST('/sessions/v1/')],
    ];
    for (const [path, status, body] of cases) {
      const r = await request(svc.origin, path);
      expect([r.status, r.text], path).to.deep.equal([status, body]);
      expect(r.headers['content-type']).to.equal('application/problem+json');
    }
  });

  it('accepts a bare trailing ? (the raw query is empty)', async () => {
    const key = randomKey();
    expect((await request(svc.origin, `${BASE}${key}?`, { method: 'POST', body: 'v' })).status).to.equal(201);
    expect((await request(svc.origin, BASE + key)).text).to.equal('v');
  });

  it('answers a malformed or non-UTF-8 percent escape with the 400 problem, not a 500', async () => {
    for (const path of ['/sessions/v1/%zz', '/sessions/v1/%ff']) {
      const r = await request(svc.origin, path);
      expect([r.status, r.text], path).to.deep.equal([400, BAD_REQUEST(path)]);
    }
  });

  it('applies the key rules whatever the method: DELETE of a two-segment path is a 404', async () => {
    const r = await request(svc.origin, '/sessions/v1/cat/dog', { method: 'DELETE' });
    expect(r.status).to.equal(404);
  });

  it('HTML-escapes the instance in a problem body', async () => {
    const r = await request(svc.origin, '/sessions/v1/a%3Cb%3E%26/x');
    expect(r.text).to.contain('"instance": "/sessions/v1/a\\u003cb\\u003e\\u0026/x"');
  });

  it('/healthz answers the build metadata in Go Kask field order, no trailing newline, any method', async () => {
    for (const method of ['GET', 'POST']) {
      const r = await request(svc.origin, '/healthz', { method });
      expect(r.status).to.equal(200);
      expect(r.headers['content-type']).to.equal('application/json');
      expect(Object.keys(JSON.parse(r.text))).to.deep.equal(['version', 'build_date', 'build_host', 'go_version']);
      expect(r.text).to.match(/^\{\n {2}"version": "0\.1\.0",\n[\s\S]*\}$/);
    }
  });

  it('/openapi serves the file rendered with the config (TestOpenAPI)', async () => {
    const r = await request(svc.origin, '/openapi');
    expect(r.status).to.equal(200);
    expect(r.headers['content-type']).to.equal('application/x-yaml');
    const expected = readFileSync(OPENAPI, 'utf8').replace('{{- .BaseURI -}}', BASE);
    const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');
    expect(sha(r.body)).to.equal(sha(expected));
    expect(r.text).to.contain('"/sessions/v1/{key}":');
    expect(r.text).to.contain('mutualTLS');
  });

  it('/openapi is a 500 problem when the template cannot be used, and absent without openapi_spec', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kask-openapi-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'paths:\n  "{{ .NoSuchField }}": {}\n');
    const broken = await startMemoryKask({ openapi_spec: bad });
    const none = await startMemoryKask();
    try {
      const r = await request(broken.origin, '/openapi');
      expect([r.status, r.text]).to.deep.equal([500, SERVER_ERROR('/openapi')]);
      expect(broken.logs().some((l) => String(l.message).startsWith(`Unable to parse ${bad} as template:`))).to.equal(true);
      expect((await request(none.origin, '/openapi')).status).to.equal(404);
    } finally {
      await broken.close();
      await none.close();
    }
  });

  it('keeps /healthz and /metrics reachable when base_uri is / (exact routes win, as in Go)', async () => {
    const root = await startMemoryKask({ base_uri: '/' });
    try {
      expect((await request(root.origin, '/healthz')).headers['content-type']).to.equal('application/json');
      expect((await request(root.origin, '/metrics')).text).to.contain('kask_build_info');
      const key = randomKey('root');
      expect((await request(root.origin, `/${key}`, { method: 'POST', body: 'r' })).status).to.equal(201);
      expect((await request(root.origin, `/${key}`)).text).to.equal('r');
    } finally {
      await root.close();
    }
  });
});
