// The service and the Data Gateway read the same declarations (aqsassist/datasets/commons.yaml):
// every route's table is declared, and the parameters the service sends are the declared route's,
// in its order (the gateway path and the direct reader both rely on it).
import { expect } from 'chai';
import { COMMONS_DATASETS_FILE } from '@aqs/aqsassist';
import { loadDatasetFile, templateParams } from '@aqs/servicelib';
import { gatewayParams } from '../src/read.js';
import { routes, TABLES } from '../src/routes.js';

const EXAMPLES: Record<string, string> = {
  category: 'Maps_of_Catalonia',
  'media-file': 'Mapa_de_Catalunya_1908.jpg',
  'user-name': ':anonymous:',
  'category-scope': 'deep',
  'edit-type': 'create',
  wiki: 'ca.wikipedia',
  start: '20250101',
  end: '20250301',
  year: '2025',
  month: '03',
};

describe('commons-impact-analytics: the dataset declarations it shares with the gateway', () => {
  const datasets = loadDatasetFile(COMMONS_DATASETS_FILE);
  for (const route of routes) {
    it(`${route.operationId}: ${TABLES[route.operationId]} is declared at /public/commons/<table>/… with the parameters the service sends, in order`, () => {
      const dataset = datasets.find((d) => d.table === TABLES[route.operationId]);
      expect(dataset, TABLES[route.operationId]).to.not.equal(undefined);
      expect(dataset!.keyspace).to.equal('commons');
      expect(dataset!.route.startsWith(`/public/commons/${dataset!.table}/`)).to.equal(true);
      const values = Object.fromEntries(Object.keys(route.params.shape).map((p) => [p, EXAMPLES[p]!]));
      const sent = gatewayParams(values).map(([name]) => name);
      expect(sent).to.deep.equal(templateParams(dataset!.route));
    });
  }
  it('sends the dates as the RFC 3339 range, end day included, and year/month as numbers', () => {
    expect(gatewayParams({ start: '20250101', end: '2025030123' })).to.deep.equal([
      ['start', '2025-01-01T00:00:00.000Z'],
      ['end', '2025-03-01T23:59:59.999Z'],
    ]);
    expect(gatewayParams({ start: '00000101', end: '99991231' })).to.deep.equal([
      ['start', '0000-01-01T00:00:00.000Z'],
      ['end', '9999-12-31T23:59:59.999Z'],
    ]);
    expect(gatewayParams({ year: '2025', month: '03' })).to.deep.equal([['year', '2025'], ['month', '3']]);
    expect(gatewayParams({ category: 'Maps of Catalonia', wiki: 'WWW.CA.Wikipedia.ORG' })).to.deep.equal([['category', 'Maps_of_Catalonia'], ['wiki', 'ca.wikipedia']]);
  });
});
