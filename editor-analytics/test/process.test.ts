// The entry point operators run, `node editor-analytics/dist/main.js --config FILE`, and the bundled file the
// image ships, against the local Cassandra (aqs.config) and Druid.
import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, imageLayout, runMain, waitForHealthz } from '@aqs/servicelib/testing';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const SERVICE_DIR = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'editor-analytics-process-'));

describe('editor-analytics process', function () {
  this.timeout(30000);

  it('exits 2 when neither druid.datasource nor config_table is set, naming the key', async () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'listen_port: 0\n');
    const p = runMain(MAIN, ['--config', file]);
    expect(await p.exited).to.equal(2);
    expect(p.err()).to.contain('druid.datasource: set druid.datasource, or config_table');
  });

  for (const [label, entry] of [
    ['dist/main.js', () => MAIN],
    ['the bundled file laid out as in the image', () => imageLayout(SERVICE_DIR, 'editor-analytics', ['package.json', 'openapi.json'])],
  ] as const) {
    it(`serves from ${label} with the datasource from aqs.config, and exits 0 on SIGTERM`, async function () {
      if (process.env.DRUID === '0') this.skip();
      const port = await freePort();
      const file = join(dir, `ok-${port}.yaml`);
      writeFileSync(file, `listen_address: 127.0.0.1\nlisten_port: ${port}\nconfig_table: aqs.config\ndruid:\n  host: 127.0.0.1\n  port: 18082\ncassandra:\n  hosts: [127.0.0.1]\n  consistency: one\n  local_dc: datacenter1\n`);
      const p = runMain(entry(), ['--config', file]);
      const origin = `http://127.0.0.1:${port}`;
      expect(await waitForHealthz(origin), p.err()).to.equal(true);
      const res = await fetch(origin + '/metrics/registered-users/new/en.wikipedia/monthly/20230101/20230401');
      expect(res.status, await res.clone().text()).to.equal(200);
      expect(((await res.json()) as { items: unknown[] }).items).to.have.length(1);
      p.child.kill('SIGTERM');
      expect(await p.exited).to.equal(0);
    });
  }
});
