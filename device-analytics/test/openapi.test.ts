import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { VERSION } from '../src/app.js';
import { openApiDocument } from '../src/openapi.js';

describe('device-analytics openapi.json', () => {
  it('is what the route declarations generate (run `make openapi` after changing a route)', () => {
    const committed = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));
    expect(committed).to.deep.equal(openApiDocument(VERSION));
  });
});
