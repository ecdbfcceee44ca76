// The OpenAPI examples of AQS problems: the validator's own message for the first parameter `invalid`
// breaks, the fixed texts of the other statuses, a route's problemDetails first.
import { expect } from 'chai';
import { defineRoute, paramsFor } from '@aqs/servicelib';
import { z } from 'zod';
import { aqsParam } from '../src/params.js';
import { aqsProblemExample } from '../src/problem-examples.js';
import { NO_DATA_DETAIL, STORE_DOWN_DETAIL } from '../src/problems.js';

const PARAMS = {
  project: aqsParam.project('A project', 'en.wikipedia'),
  granularity: z.enum(['daily', 'monthly']).meta({ example: 'daily' }),
  start: aqsParam.date('Start', '20260101'),
};
const PATH = '/x/{project}/{granularity}/{start}';
const route = defineRoute({
  method: 'get',
  path: PATH,
  operationId: 'getX',
  summary: 'x',
  params: paramsFor(PARAMS, PATH),
  response: z.object({}),
  errors: { 400: 'Bad', 404: 'None', 502: 'Upstream', 503: 'Down' },
  problemDetails: { 502: 'The upstream failed.' },
  handler: () => ({}),
});

describe('aqsProblemExample', () => {
  it('400: the message of the first parameter the value `invalid` breaks, at that URL', () => {
    const ex = aqsProblemExample(route as never, 400, `/base${PATH}`);
    expect(ex).to.deep.equal({
      type: 'about:blank',
      title: 'Bad Request',
      method: 'get',
      status: 400,
      detail: 'data.params.granularity should be equal to one of the allowed values: [daily, monthly]',
      uri: '/base/x/en.wikipedia/invalid/20260101',
    });
  });
  it('400 where no schema refuses `invalid`: the last parameter set to it, with the route problemDetails', () => {
    const lax = { ...route, params: paramsFor({ a: z.string().meta({ example: 'x' }), b: z.string().meta({ example: 'y' }) }, '/{a}/{b}'), path: '/{a}/{b}', problemDetails: { 400: 'Bad b' } };
    expect(aqsProblemExample(lax as never, 400, '/{a}/{b}')).to.include({ detail: 'Bad b', uri: '/x/invalid' });
  });
  it('the fixed AQS texts at the examples URL, a route problemDetails first, else the error line', () => {
    expect(aqsProblemExample(route as never, 404, PATH)).to.include({ detail: NO_DATA_DETAIL, uri: '/x/en.wikipedia/daily/20260101', title: 'Not Found' });
    expect(aqsProblemExample(route as never, 503, PATH)!.detail).to.equal(STORE_DOWN_DETAIL);
    expect(aqsProblemExample(route as never, 502, PATH)!.detail).to.equal('The upstream failed.');
    expect(aqsProblemExample(route as never, 418, PATH)!.detail).to.equal("I'm a Teapot");
  });
});
