import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { startDruidService } from '@aqs/test-env/druid-harness';
import { configSchema, createEditAnalytics, VERSION } from '../src/app.js';
import { openApiDocument } from '../src/openapi.js';

describe('edit-analytics openapi.json', () => {
  it('is what the route declarations generate (run `make openapi` after changing a route)', () => {
    const committed = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));
    expect(committed).to.deep.equal(openApiDocument(VERSION));
  });
});

describe('edit-analytics api-spec.json', () => {
  it('is served at /edit-analytics/api-spec.json with its 14 routes', async () => {
    const svc = await startDruidService(configSchema, createEditAnalytics);
    try {
      const res = await fetch(svc.origin.replace('/metrics', '/edit-analytics/api-spec.json'));
      expect(res.status).to.equal(200);
      const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
      expect(doc.openapi).to.equal('3.1.0');
      expect(Object.keys(doc.paths)).to.have.length(14);
    } finally {
      await svc.close();
    }
  });
});
