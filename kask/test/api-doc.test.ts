// Kask's OpenAPI document (/kask/api-spec.json, the docs page /kask/docs) against what Kask does: every
// documented error example is the exact body Kask sends for the request that causes it, the 200/201/
// 204 answers have the documented types, the committed openapi.json is what config.yaml's settings
// generate, and the page stays away when base_uri covers /kask/docs (no key is ever shadowed).
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { API_SPEC_PATH, DOCS_PATH, EXAMPLE_KEY, EXAMPLE_VALUE, kaskOpenApi } from '../src/api-doc.js';
import { kaskBuildInfo } from '../src/build-info.js';
import { problemBody } from '../src/problems.js';
import service from '../src/service.js';
import { BASE, request, startMemoryKask } from './harness.js';

type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { example?: unknown }> }> }>> };

const example = (doc: Doc, path: string, method: string, status: number): string => {
  const content = doc.paths[path]![method]!.responses[String(status)]!.content!;
  return `${JSON.stringify(Object.values(content)[0]!.example, null, 2)}\n`;
};

describe('Kask: its OpenAPI document and docs page', () => {
  let kask: Awaited<ReturnType<typeof startMemoryKask>>;
  let doc: Doc;
  const keyPath = `${BASE}{key}`;
  const path = `${BASE}${EXAMPLE_KEY}`;
  beforeEach(async () => {
    kask = await startMemoryKask({ max_value_bytes: 64, openapi_spec: 'kask/openapi.yaml' });
    doc = JSON.parse((await request(kask.origin, API_SPEC_PATH)).text) as Doc;
  });
  afterEach(() => kask.close());

  it('documents the data route under base_uri, /healthz, /metrics and /openapi', () => {
    expect(Object.keys(doc.paths)).to.deep.equal([keyPath, '/healthz', '/metrics', '/openapi']);
    expect(Object.keys(doc.paths[keyPath]!)).to.deep.equal(['parameters', 'get', 'post', 'delete']);
  });

  it('each error example is the body Kask sends (404, 400 query, 400 empty body, 413, 500)', async () => {
    const cases: [string, string, number, Parameters<typeof request>[2]][] = [
      ['get', path, 404, {}],
      ['get', `${path}?a=1`, 400, {}],
      ['post', path, 400, { method: 'POST', body: '' }],
      ['post', path, 413, { method: 'POST', body: 'x'.repeat(65) }],
      ['delete', `${path}?a=1`, 400, { method: 'DELETE' }],
    ];
    for (const [method, url, status, opts] of cases) {
      const reply = await request(kask.origin, url, opts);
      expect(reply.status, `${method} ${url}`).to.equal(status);
      expect(reply.headers['content-type']).to.equal('application/problem+json');
      expect(reply.text, `${method} ${url}`).to.equal(example(doc, keyPath, method, status));
    }
    kask.store.failWith();
    for (const method of ['get', 'post', 'delete']) {
      const reply = await request(kask.origin, path, { method: method.toUpperCase(), body: method === 'post' ? 'v' : undefined });
      expect(reply.status).to.equal(500);
      expect(reply.text, method).to.equal(example(doc, keyPath, method, 500));
    }
  });

  it('the examples work in order: POST the example value (201), GET it back (200, the example), DELETE it (204)', async () => {
    expect((await request(kask.origin, path, { method: 'POST', body: EXAMPLE_VALUE })).status).to.equal(201);
    const got = await request(kask.origin, path);
    expect(got.status).to.equal(200);
    expect(got.headers['content-type']).to.equal('application/octet-stream');
    expect(got.text).to.equal(doc.paths[keyPath]!.get!.responses['200']!.content!['application/octet-stream']!.example);
    expect((await request(kask.origin, path, { method: 'DELETE' })).status).to.equal(204);
  });

  it('/healthz, /metrics and /openapi answer with the documented types', async () => {
    for (const p of ['/healthz', '/metrics', '/openapi']) {
      const reply = await request(kask.origin, p);
      expect(reply.status, p).to.equal(200);
      expect(Object.keys(doc.paths[p]!.get!.responses['200']!.content!), p).to.deep.equal([reply.headers['content-type']]);
    }
    const health = JSON.parse((await request(kask.origin, '/healthz')).text) as object;
    expect(Object.keys(health)).to.deep.equal(Object.keys(doc.paths['/healthz']!.get!.responses['200']!.content!['application/json']!.example as object));
  });

  it('serves the docs page with its assets under the viewer CSP, and no /openapi in the document without openapi_spec', async () => {
    const page = await request(kask.origin, DOCS_PATH);
    expect(page.status).to.equal(200);
    expect(page.headers['content-security-policy']).to.include("script-src 'self'");
    expect(page.text).to.include('data-spec="api-spec.json"');
    expect((await request(kask.origin, `${DOCS_PATH}/swagger-ui-bundle.js`)).status).to.equal(200);
    const bare = await startMemoryKask();
    try {
      const bareDoc = JSON.parse((await request(bare.origin, API_SPEC_PATH)).text) as Doc;
      expect(bareDoc.paths).to.not.have.property('/openapi');
    } finally {
      await bare.close();
    }
  });

  it('documents 401 only when client certificates are asked for', () => {
    expect(doc.paths[keyPath]!.get!.responses).to.not.have.property('401');
    const config = service.configSchema.parse({ base_uri: BASE, tls: { cert: 'c.pem', key: 'k.pem', client_ca: 'ca.pem' } });
    const withCerts = kaskOpenApi(config, kaskBuildInfo('1'), '1') as unknown as Doc;
    for (const method of ['get', 'post', 'delete']) {
      expect(withCerts.paths[keyPath]![method]!.responses['401']!.content!['application/problem+json']!.example).to.deep.equal(
        JSON.parse(problemBody('not_authorized', `${BASE}${EXAMPLE_KEY}`)),
      );
    }
  });

  it('serves no docs page where base_uri covers it: /kask/docs is then a key', async () => {
    const covering = await startMemoryKask({ base_uri: '/kask/' });
    try {
      await covering.store.set('docs', Buffer.from('a value'));
      const reply = await request(covering.origin, DOCS_PATH);
      expect(reply.status).to.equal(200);
      expect(reply.text).to.equal('a value');
      expect((await request(covering.origin, API_SPEC_PATH)).status).to.equal(404); // key api-spec.json, never written
    } finally {
      await covering.close();
    }
  });

  it('the committed openapi.json is what config.yaml settings generate (make openapi)', () => {
    const committed = readFileSync(new URL('../openapi.json', import.meta.url), 'utf8');
    expect(JSON.parse(committed)).to.deep.equal(service.openApi!());
  });
});
