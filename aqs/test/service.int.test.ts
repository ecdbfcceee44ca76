// The shared service suite for the one process: a bad config exits 2 naming the key, it serves from
// dist/ and from the bundle laid out as in the image (the mounted services' package.json and
// openapi.json found in bundle/mounted/, the Data Gateway's dataset declarations in
// bundle/mounted/image-suggestions/datasets/ and aqsassist's in bundle/datasets/), exits 0 on SIGTERM, and the Cassandra outage gives 503
// and recovery. Route bodies are compared with the services alone in one-process.int.test.ts.
import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { LOCAL_STORES, freePort, imageLayout, runMain, serviceSuite, waitForHealthz } from '@aqs/servicelib/testing';
import service from '../src/service.js';
import { REPO, aqsConfig, samplesOf } from './harness.js';

const device = await samplesOf('device-analytics');
const gateway = await samplesOf('image-suggestions');
const commons = service.services.find((s) => s.name === 'image-suggestions')!.examples!.find((e) => e.startsWith('/public/commons/'))!;

serviceSuite({
  service,
  dir: fileURLToPath(new URL('..', import.meta.url)),
  config: (stores) => aqsConfig(stores, { context_timeout: 500 }),
  samples: device,
  badConfig: { yaml: 'services:\n  media-analytics:\n    context_timeout: soon\n', message: 'services.media-analytics.context_timeout:' },
  outage: { store: 'cassandra' },
});

describe('aqs from the bundle laid out as in the image', function () {
  this.timeout(60000);
  it("serves every mounted service's api-spec, the Data Gateway's datasets, and the build date and host it was given", async () => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'aqs-image-'));
    writeFileSync(join(dir, 'config.yaml'), toYaml({ ...aqsConfig(LOCAL_STORES), listen_address: '127.0.0.1', listen_port: port }));
    const entry = imageLayout(fileURLToPath(new URL('..', import.meta.url)), 'aqs', ['package.json']);
    // The Dockerfile turns the BUILD_DATE and BUILD_HOST build arguments into these variables.
    const p = runMain(entry, ['--config', join(dir, 'config.yaml')], { BUILD_DATE: '2026-11-24T18:30:00Z', BUILD_HOST: 'build-host-7' });
    const origin = `http://127.0.0.1:${port}`;
    try {
      expect(await waitForHealthz(origin, p.child), p.err()).to.equal(true);
      expect(await (await fetch(`${origin}/healthz`)).json()).to.include({ service: 'aqs', build_date: '2026-11-24T18:30:00Z', build_host: 'build-host-7' });
      for (const s of service.services) {
        const reply = await fetch(`${origin}/${s.name}/api-spec.json`);
        expect(reply.status, s.name).to.equal(200);
        const committed = JSON.parse(readFileSync(join(REPO, s.name, 'openapi.json'), 'utf8')) as { paths: Record<string, unknown> };
        // A service on its own paths (the Data Gateway) leaves out the /healthz its document has alone: aqs answers it.
        if (s.ownPaths) delete committed.paths['/healthz'];
        expect(await reply.json(), s.name).to.deep.equal(committed);
      }
      // image_suggestions.yaml from mounted/image-suggestions/datasets/, commons.yaml from datasets/.
      for (const path of [gateway.suggestions, commons]) {
        const reply = await fetch(origin + path);
        expect(reply.status, path).to.equal(200);
        expect(await reply.json(), path).to.have.property('rows').that.is.an('array');
      }
    } finally {
      p.child.kill('SIGTERM');
      await p.exited;
    }
  });
});
