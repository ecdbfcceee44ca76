import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { strongEtag } from '../src/headers.js';
import { aqsInvalidParams, NO_DATA_DETAIL } from '../src/problems.js';
import { z } from 'zod';

describe('etag (If-None-Match is answered by the preset: servicelib conditionalGet)', () => {
  const body = '{"items":[]}';
  const etag = strongEtag(body);
  it('is the quoted SHA-1 of the exact body', () => {
    expect(etag).to.equal(`"${createHash('sha1').update(body).digest('hex')}"`);
    expect(etag).to.match(/^"[0-9a-f]{40}"$/);
    expect(strongEtag('{"items":[1]}')).to.not.equal(etag);
  });
});

describe('AQS problems', () => {
  const params = z.object({ project: z.string(), 'access-site': z.enum(['all-sites', 'desktop-site']), granularity: z.enum(['daily', 'monthly']) });
  it('reports only the first failing parameter in the validator form, bracketing non-identifiers', () => {
    const r = params.safeParse({ project: 'x', 'access-site': 'bad', granularity: 'hourly' });
    expect(r.success).to.equal(false);
    expect(aqsInvalidParams(r.error!.issues)).to.deep.equal({
      status: 400,
      detail: "data.params['access-site'] should be equal to one of the allowed values: [all-sites, desktop-site]",
    });
  });
  it('uses dot form for identifier names', () => {
    const r = params.safeParse({ project: 'x', 'access-site': 'all-sites', granularity: 'hourly' });
    expect(aqsInvalidParams(r.error!.issues).detail).to.equal(
      'data.params.granularity should be equal to one of the allowed values: [daily, monthly]',
    );
  });
  it('keeps the production 404 text, two spaces included', () => {
    expect(NO_DATA_DETAIL).to.contain('not loaded yet.  Please check');
  });
});
