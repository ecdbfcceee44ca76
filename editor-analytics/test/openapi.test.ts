import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { startDruidService } from '@aqs/test-env/druid-harness';
import { configSchema, createEditorAnalytics, VERSION } from '../src/app.js';
import { openApiDocument } from '../src/openapi.js';

describe('editor-analytics openapi.json', () => {
  it('is what the route declarations generate (run `make openapi` after changing a route)', () => {
    const committed = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));
    expect(committed).to.deep.equal(openApiDocument(VERSION));
  });
});

describe('editor-analytics api-spec.json', () => {
  it('is served at /editor-analytics/api-spec.json with its 5 routes', async () => {
    const svc = await startDruidService(configSchema, createEditorAnalytics);
    try {
      const res = await fetch(svc.origin.replace('/metrics', '/editor-analytics/api-spec.json'));
      expect(res.status).to.equal(200);
      const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
      expect(doc.openapi).to.equal('3.1.0');
      expect(Object.keys(doc.paths)).to.have.length(5);
    } finally {
      await svc.close();
    }
  });
});
