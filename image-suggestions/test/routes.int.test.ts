// The four image_suggestions routes of spec §B.5 against the real Cassandra and the sample, byte for
// byte: {"rows":[…]} with every column under its name in SELECT * order, sets as arrays (an empty
// set null), timeuuids as strings, float confidences as written; no rows is 200 {"rows":[]}; a
// partition past one 5,000-row page whole; bad parameters 400 in the seed's problem shape; the
// system routes; every body valid against the served OpenAPI row schema.
import { expect } from 'chai';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import { rawRequest } from '@aqs/servicelib/testing';
import {
  BIG_PAGE,
  feedbackOf,
  instanceOfOf,
  IS_WIKIS,
  SAMPLE_TITLES,
  samplePageIds,
  SEED_PAGE,
  suggestionsOf,
} from '../../test-env/src/sample-image-suggestions.js';
import { SAMPLES } from './samples.js';
import { startGateway } from './harness.js';

type Gateway = Awaited<ReturnType<typeof startGateway>>;

describe('image-suggestions: the dataset routes on the sample (real Cassandra)', function () {
  this.timeout(30000);
  let gw: Gateway;
  let validate: (operationId: string, body: unknown) => void;
  before(async () => {
    gw = await startGateway();
    const doc = (await gw.get('/image-suggestions/api-spec.json')).body as { paths: Record<string, { get: { operationId: string; responses: Record<string, { content?: Record<string, { schema: unknown }> }> } }> };
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema(doc, 'doc');
    const byOperation = new Map(Object.entries(doc.paths).map(([path, item]) => [item.get.operationId, path]));
    validate = (operationId, body) => {
      const path = byOperation.get(operationId)!;
      const pointer = `doc#/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}/get/responses/200/content/application~1json/schema`;
      const ok = ajv.validate({ $ref: pointer }, body);
      expect(ok, JSON.stringify(ajv.errors)).to.equal(true);
    };
  });
  after(() => gw?.close());

  const rowsText = (rows: unknown[]) => JSON.stringify({ rows });

  it('answers the seed example in the seed shape, byte for byte (curl …/suggestions/anwiki/3326)', async () => {
    const r = await gw.get(SAMPLES.suggestions);
    expect(r.status).to.equal(200);
    expect(r.type).to.equal('application/json; charset=utf-8');
    expect(r.text).to.equal(rowsText(suggestionsOf(SEED_PAGE.wiki, SEED_PAGE.page_id)));
    expect(r.body.rows[0]).to.deep.equal({
      wiki: 'anwiki',
      page_id: 3326,
      id: '644c90bc-ba40-11ec-ba4c-f0d4e2e69820',
      image: '14_Agosto_2016_(1).jpg',
      confidence: 80,
      found_on: null,
      kind: ['istype-commons-category'],
      origin_wiki: 'commonswiki',
      page_qid: 'Q123',
      page_rev: 1797958,
      section_heading: 'section title (null if this is an article-level suggestion)',
      section_index: 1,
    });
    validate('suggestions', r.body);
  });

  it('answers the suggestions of pages on every wiki, article-level and section-level, as stored', async () => {
    let sectionLevel = 0;
    let articleLevel = 0;
    for (const wiki of IS_WIKIS) {
      for (const pageId of samplePageIds(wiki).filter((_, i) => i % 499 === 7)) {
        const r = await gw.get(`/public/image_suggestions/suggestions/${wiki}/${pageId}`);
        expect(r.status).to.equal(200);
        expect(r.text, `${wiki} ${pageId}`).to.equal(rowsText(suggestionsOf(wiki, pageId)));
        for (const row of r.body.rows) row.section_heading === null ? articleLevel++ : sectionLevel++;
        validate('suggestions', r.body);
      }
    }
    expect(sectionLevel).to.be.greaterThan(0);
    expect(articleLevel).to.be.greaterThan(0);
  });

  it('reads a partition of 5,001 rows whole, in clustering order (past the 5,000-row page)', async () => {
    const r = await gw.get(`/public/image_suggestions/suggestions/${BIG_PAGE.wiki}/${BIG_PAGE.page_id}`);
    expect(r.status).to.equal(200);
    expect(r.body.rows).to.have.length(BIG_PAGE.rows);
    expect(r.text).to.equal(rowsText(suggestionsOf(BIG_PAGE.wiki, BIG_PAGE.page_id)));
  });

  it('answers 200 {"rows":[]} for a page without suggestions', async () => {
    const r = await gw.get('/public/image_suggestions/suggestions/enwiki/1');
    expect([r.status, r.text]).to.deep.equal([200, '{"rows":[]}']);
  });

  it('answers feedback with user ids and rejection reasons (private route, no client CA configured)', async () => {
    const r = await gw.get(SAMPLES.feedback);
    expect(r.status).to.equal(200);
    expect(r.text).to.equal(rowsText(feedbackOf('enwiki', 53848)));
    expect(r.body.rows[0]).to.have.property('user_id').that.is.a('number');
    validate('feedback', r.body);
    const some = samplePageIds('cswiki').find((p) => feedbackOf('cswiki', p).some((f) => f.rejection_reasons))!;
    const rejected = await gw.get(`/private/image_suggestions/feedback/cswiki/${some}`);
    expect(rejected.text).to.equal(rowsText(feedbackOf('cswiki', some)));
  });

  it('answers the title cache for titles with /, ?, %, a space and non-Latin scripts, percent-encoded', async () => {
    for (const t of SAMPLE_TITLES) {
      const r = await gw.get(`/private/image_suggestions/title_cache/${t.wiki}/${encodeURIComponent(t.title)}`);
      expect(r.status, t.title).to.equal(200);
      expect(r.text, t.title).to.equal(rowsText([t]));
      validate('title_cache', r.body);
    }
  });

  it('answers the instance-of cache, an empty set as null', async () => {
    const r = await gw.get(SAMPLES.instanceof_cache);
    expect(r.text).to.equal(rowsText([instanceOfOf('anwiki', 3326)]));
    expect(r.body.rows[0].instance_of).to.deep.equal(['Q112099', 'Q3624078', 'Q6256']);
    const empty = samplePageIds('jawiki').find((p) => instanceOfOf('jawiki', p).instance_of === null)!;
    const none = await gw.get(`/private/image_suggestions/instanceof_cache/jawiki/${empty}`);
    expect(none.body.rows[0].instance_of).to.equal(null);
    validate('instanceof_cache', none.body);
  });

  it('takes a page id with leading zeros as the number it is', async () => {
    const r = await gw.get('/public/image_suggestions/suggestions/anwiki/03326');
    expect(r.text).to.equal(rowsText(suggestionsOf('anwiki', 3326)));
  });

  const problem = (status: number, title: string, detail: string) => ({ status, type: 'about:blank', title, detail });

  for (const [path, detail] of [
    ['/public/image_suggestions/suggestions/enwiki/abc', "Invalid page_id: 'abc' is not a whole number from -2147483648 to 2147483647 (CQL int)"],
    ['/public/image_suggestions/suggestions/enwiki/2147483648', "Invalid page_id: '2147483648' is not a whole number from -2147483648 to 2147483647 (CQL int)"],
    ['/public/image_suggestions/suggestions/enwiki/12.0', "Invalid page_id: '12.0' is not a whole number from -2147483648 to 2147483647 (CQL int)"],
    ['/private/image_suggestions/instanceof_cache/enwiki/%20', "Invalid page_id: ' ' is not a whole number from -2147483648 to 2147483647 (CQL int)"],
    ['/private/image_suggestions/title_cache/enwiki/%E0%A4%A', 'The path is not valid percent-encoded UTF-8'],
    ['/private/image_suggestions/title_cache/enwiki/%FF', 'The path is not valid percent-encoded UTF-8'],
    // The router matches the path in any case, so the escape check does too.
    ['/PUBLIC/image_suggestions/suggestions/%E0%A4%A/1', 'The path is not valid percent-encoded UTF-8'],
  ] as const) {
    it(`answers a 400 problem, never a 500: ${path}`, async () => {
      const r = await rawRequest(gw.origin, path);
      expect(r.status).to.equal(400);
      expect(r.headers['content-type']).to.equal('application/problem+json');
      expect(r.text).to.equal(JSON.stringify(problem(400, 'Bad Request', detail)));
    });
  }

  it('answers the 404 problem for a path no dataset serves, and 405 with Allow for another method', async () => {
    const missing = await gw.get('/public/image_suggestions/suggestions/enwiki');
    expect([missing.status, missing.type]).to.deep.equal([404, 'application/problem+json']);
    expect(missing.body).to.deep.equal(problem(404, 'Not Found', 'No route serves this path'));
    const post = await gw.get(SAMPLES.suggestions, { method: 'POST' });
    expect(post.status).to.equal(405);
    expect(post.headers.get('allow')).to.equal('HEAD, GET, OPTIONS');
    expect(post.body).to.deep.equal(problem(405, 'Method Not Allowed', 'Method POST is not allowed here'));
  });

  it('serves /healthz as the Go gateway did (version, build_date, build_host, go_version; indented)', async () => {
    const r = await gw.get('/healthz');
    expect(r.status).to.equal(200);
    expect(Object.keys(r.body)).to.deep.equal(['version', 'build_date', 'build_host', 'go_version']);
    expect(r.text).to.equal(JSON.stringify(r.body, null, 2));
  });

  it('serves /openapi as YAML (Go content type): the document of every served dataset', async () => {
    const r = await gw.get('/openapi');
    expect(r.type).to.equal('application/x-yaml');
    const doc = parseYaml(r.text) as { paths: Record<string, unknown> };
    expect(doc).to.deep.equal((await gw.get('/image-suggestions/api-spec.json')).body);
    expect(Object.keys(doc.paths)).to.include.members([
      '/public/image_suggestions/suggestions/{wiki}/{page_id}',
      '/private/image_suggestions/feedback/{wiki}/{page_id}',
      '/private/image_suggestions/title_cache/{wiki}/{title}',
      '/private/image_suggestions/instanceof_cache/{wiki}/{page_id}',
      '/public/commons/category_metrics_snapshot/{category}/{start}/{end}',
      '/healthz',
    ]);
    expect(Object.keys(doc.paths)).to.have.length(4 + 14 + 1);
  });

  it('counts data-route requests in /metrics under the Go names (code, method), not /healthz', async () => {
    const before = await gw.get('/metrics');
    const count = (text: string, code: string) => Number(new RegExp(`^http_requests_total\\{code="${code}",method="GET"\\} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
    await gw.get(SAMPLES.title_cache);
    await gw.get('/public/image_suggestions/suggestions/enwiki/abc');
    await gw.get('/healthz');
    const after = (await gw.get('/metrics')).text;
    expect(count(after, '200') - count(before.text, '200')).to.equal(1);
    expect(count(after, '400') - count(before.text, '400')).to.equal(1);
    expect(after).to.match(/^http_request_duration_seconds_bucket\{le="25",code="200",method="GET"\} \d+$/m);
    expect(after).to.match(/^image_suggestions_build_info\{version="[^"]+",build_date="[^"]+",build_host="[^"]+",go_version="node v[^"]+"\} 1$/m);
  });
});
