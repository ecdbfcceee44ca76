// The entry point operators and QA script against: `node device-analytics/dist/main.js --config FILE`.
import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, imageLayout, runMain, waitForHealthz } from '@aqs/servicelib/testing';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const SERVICE_DIR = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'device-analytics-process-'));

const run = (args: string[]) => runMain(MAIN, args);

describe('device-analytics process', function () {
  this.timeout(30000);

  it('exits 2 on a bad config file, naming the key', async () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'listen_port: 8090\ncassandra:\n  consistency: sometimes\n');
    const p = run(['--config', file]);
    expect(await p.exited).to.equal(2);
    expect(p.err()).to.contain('cassandra.consistency: Unsupported consistency level: sometimes');
  });

  it('exits 2 when the config file is missing', async () => {
    const p = run(['--config', join(dir, 'nope.yaml')]);
    expect(await p.exited).to.equal(2);
    expect(p.err()).to.contain('cannot read configuration file');
  });

  it('serves, logs ECS JSON lines, and exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const file = join(dir, 'ok.yaml');
    writeFileSync(file, `listen_address: 127.0.0.1\nlisten_port: ${port}\ncontext_timeout: 2000\ncassandra:\n  hosts: [127.0.0.1]\n  consistency: one\n  local_dc: datacenter1\n`);
    const p = run(['--config', file]);
    expect(await waitForHealthz(`http://127.0.0.1:${port}`, p.child), p.err()).to.equal(true);
    const res = await fetch(`http://127.0.0.1:${port}/metrics/unique-devices/en.wikipedia/all-sites/daily/20200101/20200102`);
    expect(res.status).to.equal(200);
    p.child.kill('SIGTERM');
    expect(await p.exited).to.equal(0);
    const lines = p.out().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(lines.some((l) => /listening on http:\/\/127\.0\.0\.1/.test(l.message))).to.equal(true);
    expect(lines.some((l) => l.message === 'shut down cleanly')).to.equal(true);
    for (const l of lines) {
      expect(l).to.have.property('@timestamp');
      expect(l.service).to.deep.equal({ name: 'device-analytics' });
      expect(l.log.level).to.be.oneOf(['DEBUG', 'INFO', 'WARNING', 'ERROR', 'FATAL']);
    }
  });

  it('runs from the bundled file the image ships (make bundle), serving its committed OpenAPI document', async () => {
    const port = await freePort();
    const file = join(dir, 'bundle.yaml');
    writeFileSync(file, `listen_address: 127.0.0.1\nlisten_port: ${port}\ncontext_timeout: 2000\ncassandra:\n  hosts: [127.0.0.1]\n  consistency: one\n  local_dc: datacenter1\n`);
    const b = runMain(imageLayout(SERVICE_DIR, 'device-analytics', ['package.json', 'openapi.json']), ['--config', file]);
    const origin = `http://127.0.0.1:${port}`;
    expect(await waitForHealthz(origin, b.child), b.err()).to.equal(true);
    expect((await fetch(`${origin}/metrics/unique-devices/en.wikipedia/all-sites/daily/20200101/20200102`)).status).to.equal(200);
    expect(((await (await fetch(`${origin}/device-analytics/api-spec.json`)).json()) as { openapi: string }).openapi).to.equal('3.1.0');
    b.child.kill('SIGTERM');
    expect(await b.exited).to.equal(0);
  });
});
