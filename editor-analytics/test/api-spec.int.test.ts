// The REST gateway looks for this service's spec at /editors/api-spec.json (aqs2-notes §2.2).
import { expect } from 'chai';
import { LOCAL_STORES, startInProcess } from '@aqs/servicelib/testing';
import { druidTestConfig } from '@aqs/test-env/druid-harness';
import service from '../src/service.js';

describe('editor-analytics api-spec paths', () => {
  it('serves the same document at /editor-analytics/api-spec.json and /editors/api-spec.json', async () => {
    const svc = await startInProcess(service, druidTestConfig(LOCAL_STORES));
    try {
      const own = await svc.get('/editor-analytics/api-spec.json');
      const gateway = await svc.get('/editors/api-spec.json');
      expect([own.status, gateway.status]).to.deep.equal([200, 200]);
      expect(gateway.text).to.equal(own.text);
      expect(Object.keys(own.body.paths)).to.have.length(5);
    } finally {
      await svc.close();
    }
  });
});
