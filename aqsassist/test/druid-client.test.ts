// The Druid client's error mapping (nock plays the broker; spec §3.6 and the 503 rule):
// refused or slow → 503 with retry-after; Druid 404 → the AQS "no data" 404; Druid 503/429 → 503;
// any other Druid error → 502 (Druid's message kept for the log); a 200 that is not JSON → 502.
import { expect } from 'chai';
import nock from 'nock';
import { HttpProblem } from '@aqs/servicelib';
import { DRUID_ROUTE_ERRORS, DruidClient, NO_DATA_DETAIL, type TimeseriesQuery } from '../src/index.js';

nock.restore(); // on only around this suite (see druid-fixtures.test.ts)

const BROKER = 'http://broker.test:8082';
const QUERY: TimeseriesQuery = {
  queryType: 'timeseries', dataSource: 'ds', granularity: 'day', filter: { type: 'and', fields: [] },
  aggregations: [{ type: 'longSum', name: 'edits', fieldName: 'events' }], postAggregations: [], intervals: ['2017-01-01/2017-01-02'],
};

async function problemOf(p: Promise<unknown>): Promise<HttpProblem> {
  try {
    await p;
  } catch (err) {
    expect(err).to.be.instanceOf(HttpProblem);
    return err as HttpProblem;
  }
  throw new Error('expected a problem');
}

describe('DruidClient error mapping (nock as the broker)', () => {
  before(() => {
    nock.activate();
    nock.disableNetConnect();
  });
  after(() => {
    nock.cleanAll();
    nock.enableNetConnect();
    nock.restore();
  });
  afterEach(() => nock.cleanAll());
  const client = new DruidClient({ url: BROKER, timeoutMs: 300, username: 'aqs', password: 'pw' });

  it('posts the query as JSON to /druid/v2/ with basic auth and returns the rows', async () => {
    let auth: string | undefined;
    nock(BROKER)
      .post('/druid/v2/', (body) => JSON.stringify(body) === JSON.stringify(QUERY))
      .reply(function () {
        auth = this.req.headers.authorization as string;
        return [200, [{ timestamp: 't', result: { edits: 1 } }]];
      });
    expect(await client.query(QUERY)).to.deep.equal([{ timestamp: 't', result: { edits: 1 } }]);
    expect(auth).to.equal(`Basic ${Buffer.from('aqs:pw').toString('base64')}`);
  });

  it('gives a 503 with retry-after when the broker cannot be reached', async () => {
    nock(BROKER).post('/druid/v2/').replyWithError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' });
    const p = await problemOf(client.query(QUERY));
    expect(p.status).to.equal(503);
    expect(p.headers?.['retry-after']).to.equal('5');
  });

  it('gives a 503 when the broker is slower than the timeout', async () => {
    nock(BROKER).post('/druid/v2/').delay(2000).reply(200, []);
    expect((await problemOf(client.query(QUERY))).status).to.equal(503);
  });

  it('gives a 503 for Druid 503, 504 and 429', async () => {
    for (const status of [503, 504, 429]) {
      nock(BROKER).post('/druid/v2/').reply(status, { error: 'busy' });
      expect((await problemOf(client.query(QUERY))).status, String(status)).to.equal(503);
    }
  });

  it('gives the AQS no-data 404 for a Druid 404', async () => {
    nock(BROKER).post('/druid/v2/').reply(404, '');
    const p = await problemOf(client.query(QUERY));
    expect([p.status, p.detail]).to.deep.equal([404, NO_DATA_DETAIL]);
  });

  it('gives a 502 for another Druid error, keeping Druid\'s message for the log only; and for a 200 that is not JSON', async () => {
    nock(BROKER).post('/druid/v2/').reply(500, { error: 'Unknown exception', errorMessage: 'Cannot construct instance of filter' });
    const p = await problemOf(client.query(QUERY));
    expect(p.status).to.equal(502);
    expect(p.detail).to.equal('The analytics query engine could not run the query (it answered 500).');
    expect((p.cause as Error).message).to.contain('Cannot construct instance of filter');
    nock(BROKER).post('/druid/v2/').reply(200, '<html>');
    expect((await problemOf(client.query(QUERY))).status).to.equal(502);
  });

  // make fuzz: a Druid 500 reached clients as a 502 the Druid routes did not document.
  for (const [druid, body] of [[400, { error: 'x' }], [404, {}], [500, { error: 'x' }], [503, {}], [200, '<html>']] as const) {
    it(`documents on every Druid route what a Druid ${druid}${druid === 200 ? ' that is not JSON' : ''} becomes`, async () => {
      nock(BROKER).post('/druid/v2/').reply(druid, body);
      const { status } = await problemOf(client.query(QUERY));
      expect(Object.keys(DRUID_ROUTE_ERRORS)).to.include(String(status));
    });
  }
});
