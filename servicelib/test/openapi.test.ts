// Route declarations and the OpenAPI document built from them.
import { expect } from 'chai';
import { z } from 'zod';
import { buildOpenApi } from '../src/openapi.js';
import { defineRoute, paramsFor, templateParams, toRouterPath } from '../src/routes.js';

const PARAMS = {
  kind: z.enum(['a', 'b']),
  'the-name': z.string().describe('A name').meta({ example: 'x', pattern: '^[a-z]+$' }),
};
const echo = defineRoute({
  method: 'get',
  path: '/things/{kind}/{the-name}',
  operationId: 'getThing',
  summary: 'Echo a thing',
  params: paramsFor(PARAMS, '/things/{kind}/{the-name}'),
  response: z.object({ kind: z.string(), name: z.string() }),
  errors: { 400: 'Bad kind' },
  handler: (p) => ({ kind: p.kind, name: p['the-name'] }),
});

describe('route declarations and OpenAPI', () => {
  it('maps templates to router paths, quoting names that are not identifiers', () => {
    expect(toRouterPath('/a/{b}/{c-d}')).to.equal('/a/:b/:"c-d"');
    expect(templateParams('/a/{b}/{c-d}')).to.deep.equal(['b', 'c-d']);
  });
  it('picks the parameters a path names, in path order, and refuses one without a schema', () => {
    expect(Object.keys(paramsFor(PARAMS, '/{the-name}/{kind}').shape)).to.deep.equal(['the-name', 'kind']);
    expect(() => paramsFor(PARAMS, '/{kind}/{nope}')).to.throw(/nope/);
  });
  it('documents path parameters, enums, examples, patterns, the 200 schema and error responses under the prefix', () => {
    const doc = buildOpenApi({ info: { title: 't', version: '1' }, routes: [echo], prefix: '/base', problemSchema: z.object({ status: z.number() }) }) as any;
    const op = doc.paths['/base/things/{kind}/{the-name}'].get;
    expect(op.operationId).to.equal('getThing');
    expect(op.parameters[0]).to.deep.include({ name: 'kind', in: 'path', required: true });
    expect(op.parameters[0].schema.enum).to.deep.equal(['a', 'b']);
    expect(op.parameters[1]).to.deep.include({ name: 'the-name', description: 'A name', example: 'x' });
    expect(op.parameters[1].schema).to.deep.equal({ type: 'string', pattern: '^[a-z]+$' });
    expect(op.responses['200'].content['application/json'].schema.properties).to.have.keys('kind', 'name');
    expect(op.responses['400'].content['application/problem+json'].schema).to.deep.equal({ $ref: '#/components/schemas/Problem' });
  });
  it('gives each error response the example problemExample builds for its route and status', () => {
    const calls: unknown[] = [];
    const doc = buildOpenApi({
      info: { title: 't', version: '1' },
      routes: [echo],
      prefix: '/base',
      problemExample: (route, status, path) => (calls.push([route.operationId, status, path]), { status, detail: `${status} at ${path}` }),
    }) as any;
    expect(calls).to.deep.equal([['getThing', 400, '/base/things/{kind}/{the-name}']]);
    expect(doc.paths['/base/things/{kind}/{the-name}'].get.responses['400'].content['application/problem+json'].example).to.deep.equal({
      status: 400,
      detail: '400 at /base/things/{kind}/{the-name}',
    });
  });
  it('refuses a template parameter without a schema', () => {
    const broken = { ...echo, path: '/things/{kind}/{missing}' };
    expect(() => buildOpenApi({ info: { title: 't', version: '1' }, routes: [broken] })).to.throw(/missing/);
  });
});
