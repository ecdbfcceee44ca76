// Whether a service's examples show data on the local sample: the paths its package.json "aqs"
// block lists (make run prints them, the README repeats them) and, for every operation of its
// committed openapi.json, the path its parameter examples make (the docs page's "Try it out" and
// make fuzz start from them). Each must answer 200 with a non-zero figure.
//
// The examples name fixed dates (a committed openapi.json that followed the clock would differ from
// the generated one every month): days of 2026, January to October, which every sample window
// holds for loads made from November 2026 through January 2028 (the window is the 24 months up to
// the last complete month). When a later load leaves them behind, this suite fails and names the
// example to move forward (and `make openapi` rewrites the documents).
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { WITHOUT_DRUID, startInProcess } from '@aqs/servicelib/testing';
import type { RunnableConfig, ServiceDescriptor } from '@aqs/servicelib';

interface OpenApiParameter { name: string; in: string; example?: unknown }
interface OpenApiDocument { paths: Record<string, Record<string, { operationId: string; parameters?: OpenApiParameter[] }>> }

/** Whether a body holds a figure other than zero (ranks do not count). */
export function hasFigures(value: unknown, key = ''): boolean {
  if (typeof value === 'number') return key !== 'rank' && value !== 0;
  if (Array.isArray(value)) return value.some((v) => hasFigures(v));
  if (value && typeof value === 'object') return Object.entries(value).some(([k, v]) => hasFigures(v, k));
  return false;
}

/** Every operation's path with its parameters' examples filled in, by operation id. */
export function openApiExamplePaths(doc: OpenApiDocument): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [template, ops] of Object.entries(doc.paths)) {
    const op = ops.get;
    if (!op) continue;
    out[op.operationId] = template.replace(/\{([^}]+)\}/g, (_m, name: string) => {
      const example = op.parameters?.find((p) => p.in === 'path' && p.name === name)?.example;
      if (example === undefined) throw new Error(`${op.operationId}: no example for {${name}}`);
      // Examples that are percent-encoded already (titles, file paths) are sent as they are.
      const text = String(example);
      return /%[0-9A-Fa-f]{2}/.test(text) ? text : encodeURIComponent(text);
    });
  }
  return out;
}

export function examplesSuite<C extends RunnableConfig, D>(
  service: ServiceDescriptor<C, D> & { examples?: readonly string[] },
  testModuleUrl: string,
  config: Record<string, unknown>,
): void {
  const doc = JSON.parse(readFileSync(new URL('../openapi.json', testModuleUrl), 'utf8')) as OpenApiDocument;
  const listed = (service.examples ?? []).filter((p) => !p.endsWith('/api-spec.json') && !p.endsWith('/docs'));
  describe(`${service.name}: its examples answer with data (package.json "aqs" examples, openapi.json examples)`, function () {
    this.timeout(30000);
    let svc: Awaited<ReturnType<typeof startInProcess<C, D>>> | undefined;
    before(async function () {
      if (WITHOUT_DRUID && service.stores.includes('druid')) return this.skip();
      svc = await startInProcess(service, config);
    });
    after(() => svc?.close());

    const answersWithData = async (label: string, path: string) => {
      const { status, body } = await svc!.get(path);
      const hint = `${label}: ${path} (examples name dates in 2026; move them into the sample window if it has left them behind)`;
      expect(status, `${hint}: ${JSON.stringify(body)}`).to.equal(200);
      expect(hasFigures(body), `${hint}: no figure in ${JSON.stringify(body).slice(0, 300)}`).to.equal(true);
    };
    it('lists examples in package.json', () => expect(listed).to.not.be.empty);
    for (const path of listed) it(`package.json example ${path}`, () => answersWithData('package.json example', path));
    for (const [operationId, path] of Object.entries(openApiExamplePaths(doc))) {
      it(`openapi.json examples of ${operationId}: ${path}`, () => answersWithData(`openapi.json examples of ${operationId}`, path));
    }
  });
}
