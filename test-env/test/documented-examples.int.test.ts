// The examples of every served OpenAPI document return data on the sample: for each documented
// service (found, never listed: test-env/src/documented-services.ts), each GET operation's URL built
// from its parameter examples answers 200 in-process on the real local stores, with a body the
// operation's 200 schema accepts; a path that also documents a POST with an example body gets that
// POST first (Kask: the monitoring check writes its key, then reads it). And each documented 400
// example is what the service answers at its URL. Everything comes from the served document, so
// examples moved with the sample windows (make openapi) keep this true without touching it. The paths
// a package.json "aqs" block lists (make run prints them, the README repeats them) answer 200 too, and
// an AQS answer (`items`) or a dataset answer (`rows`) is never empty of figures.
//
// The examples name fixed dates (a committed openapi.json that followed the clock would differ from
// the generated one every month): days of 2026, January to October, which every sample window holds
// for loads made from November 2026 through January 2028 (the window is the 24 months up to the last
// complete month). When a later load leaves them behind, this test fails and names the example.
import { expect } from 'chai';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import { WITHOUT_DRUID } from '@aqs/servicelib/testing';
import { documentedOperations, documentedServices, startDocumented, type OpenApiDocument } from '../src/documented-services.js';

const services = (await documentedServices()).filter((s) => !(WITHOUT_DRUID && s.descriptor.stores.includes('druid')));

/** A validator for `schema`, its `#/components/…` references resolved against the document. */
function validator(doc: OpenApiDocument, schema: unknown) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  return ajv.compile({ ...(schema as object), components: doc.components ?? {} });
}

/** Whether a body holds a figure other than zero (ranks do not count). */
export function hasFigures(value: unknown, key = ''): boolean {
  if (typeof value === 'number') return key !== 'rank' && value !== 0;
  if (Array.isArray(value)) return value.some((v) => hasFigures(v));
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => hasFigures(v, k));
  return false;
}

/** An AQS `items` list or a dataset's `rows` must show data; other bodies (healthz, documents) need not. */
function showsData(body: unknown): boolean {
  if (!body || typeof body !== 'object') return true;
  const { items, rows } = body as { items?: unknown; rows?: unknown };
  if (Array.isArray(items)) return hasFigures(items);
  if (Array.isArray(rows)) return rows.length > 0;
  return true;
}

const HINT = 'examples name days of 2026: move them into the sample window if it has left them behind (make openapi)';

const bodyOf = (type: string, text: string): unknown => {
  if (/json/.test(type)) return JSON.parse(text);
  if (/yaml/.test(type)) return parseYaml(text);
  return text;
};

describe('every served OpenAPI document: the parameter examples answer 200 with a body the schema accepts', function () {
  this.timeout(60000);
  it('finds the documented services', () => expect(services.map((s) => s.name)).to.include.members(['device-analytics', 'kask']));
  let running: Awaited<ReturnType<typeof startDocumented>>;
  before(async () => (running = await startDocumented(services)));
  after(() => Promise.all([...(running?.values() ?? [])].map((r) => r.close())));

  for (const s of services) {
    describe(s.name, () => {
      let svc: { origin: string };
      let doc: OpenApiDocument;
      before(async () => {
        svc = running.get(s.name)!;
        const served = await fetch(`${svc.origin}/${s.name}/api-spec.json`);
        expect(served.status, `/${s.name}/api-spec.json`).to.equal(200);
        doc = (await served.json()) as OpenApiDocument;
      });

      it('each GET operation, from its examples', async () => {
        const ops = documentedOperations(doc);
        const gets = ops.filter((o) => o.method === 'get');
        expect(gets).to.not.be.empty;
        for (const op of gets) {
          expect(op.missing, `${op.operation.operationId}: {${op.missing}} has no example`).to.equal(undefined);
          const label = `${op.operation.operationId}: GET ${op.path}`;
          const post = ops.find((o) => o.method === 'post' && o.template === op.template);
          const example = post && Object.entries(post.operation.requestBody?.content ?? {}).find(([, m]) => m.example !== undefined);
          if (example) {
            const wrote = await fetch(svc!.origin + post.path!, { method: 'POST', headers: { 'content-type': example[0] }, body: String(example[1].example) });
            expect(wrote.status, `${post.operation.operationId}: POST ${post.path}`).to.be.within(200, 299);
          }
          const res = await fetch(svc!.origin + op.path);
          const text = await res.text();
          expect(res.status, `${label}: ${text.slice(0, 300)} (${HINT})`).to.equal(200);
          const type = (res.headers.get('content-type') ?? '').split(';')[0]!;
          const documented = op.operation.responses['200']?.content ?? {};
          const media = Object.entries(documented).find(([t]) => t.split(';')[0] === type)?.[1];
          expect(media, `${label}: answered ${type}, documented ${Object.keys(documented).join(', ')}`).to.not.equal(undefined);
          expect(text, `${label}: empty body`).to.not.equal('');
          const body = bodyOf(type, text);
          expect(showsData(body), `${label}: no figure in ${text.slice(0, 300)} (${HINT})`).to.equal(true);
          if (media!.schema) {
            const validate = validator(doc, media!.schema);
            expect(validate(body), `${label}: ${JSON.stringify(validate.errors)}`).to.equal(true);
          }
        }
      });

      // Kask's example is a key nobody wrote: its 404 problem is the point (README shows the POST).
      const listed = (s.descriptor.examples ?? []).filter((p: string) => s.name !== 'kask' || !p.startsWith('/sessions/'));
      it('each package.json example answers 200 with data', async () => {
        for (const path of listed) {
          const res = await fetch(svc!.origin + path);
          const text = await res.text();
          expect(res.status, `package.json example ${path}: ${text.slice(0, 300)} (${HINT})`).to.equal(200);
          const type = res.headers.get('content-type') ?? '';
          expect(showsData(/json/.test(type) ? JSON.parse(text) : text), `package.json example ${path}: no figure in ${text.slice(0, 300)} (${HINT})`).to.equal(true);
        }
      });

      it('each documented 400 example is what the service answers at its URL', async function () {
        const examples = documentedOperations(doc).flatMap((op) =>
          Object.entries(op.operation.responses['400']?.content ?? {})
            .filter(([, m]) => m.example && typeof (m.example as { uri?: unknown }).uri === 'string')
            .map(([, m]) => ({ op, example: m.example as { uri: string } })),
        );
        if (!examples.length) return this.skip(); // Kask's 400 examples: kask/test/api-doc.test.ts sends them
        for (const { op, example } of examples) {
          const res = await fetch(svc!.origin + example.uri, { method: op.method.toUpperCase() });
          const body = await res.json();
          expect(res.status, `${op.operation.operationId}: ${example.uri}`).to.equal(400);
          expect(body, `${op.operation.operationId}: ${example.uri}`).to.deep.equal(example);
        }
      });
    });
  }
});
