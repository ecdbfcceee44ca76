// The entry point operators run: `node kask/dist/main.js --config FILE`, and the shipped config.yaml.
import { expect } from 'chai';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, imageLayout, runMain, waitForHealthz } from '@aqs/servicelib/testing';
import { parse } from 'yaml';
import { parseConfig } from '@aqs/servicelib';
import { configSchema } from '../src/config.js';
import { randomKey, request } from './harness.js';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const SERVICE_DIR = fileURLToPath(new URL('..', import.meta.url));
const SHIPPED = fileURLToPath(new URL('../config.yaml', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kask-process-'));

const run = (args: string[]) => runMain(MAIN, args);

describe('kask process', function () {
  this.timeout(30000);

  it('exits non-zero on a bad config file with Go Kask\'s message, naming the key', async () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'default_ttl: -5\n');
    const p = run(['--config', file]);
    expect(await p.exited).to.equal(2);
    expect(p.err()).to.contain('default_ttl: TTL must be a positive integer');
  });

  it('ships a config.yaml that validates: base /sessions/v1/, port 8081, LOCAL_QUORUM / EACH_QUORUM', () => {
    const c = parseConfig(configSchema, parse(readFileSync(SHIPPED, 'utf8')));
    expect(c).to.deep.include({ base_uri: '/sessions/v1/', listen_port: 8081, max_key_bytes: 255, max_value_bytes: 1048576, body_timeout_ms: 5000 });
    expect(c.cassandra).to.deep.include({ consistency: 'localquorum', delete_consistency: 'eachquorum', keyspace: 'kask', table: 'values' });
  });

  it('serves, logs ECS JSON lines, and exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const file = join(dir, 'ok.yaml');
    writeFileSync(file, `base_uri: /sessions/v1\nlisten_address: 127.0.0.1\nlisten_port: ${port}\nlog_level: debug\ncassandra:\n  hosts: [127.0.0.1]\n  local_dc: datacenter1\n`);
    const p = run(['--config', file]);
    const origin = `http://127.0.0.1:${port}`;
    expect(await waitForHealthz(origin, p.child), p.err()).to.equal(true);
    const key = randomKey('proc');
    expect((await request(origin, `/sessions/v1/${key}`, { method: 'POST', body: 'v' })).status).to.equal(201);
    expect((await request(origin, `/sessions/v1/${key}`)).text).to.equal('v');
    p.child.kill('SIGTERM');
    expect(await p.exited).to.equal(0);
    const lines = p.out().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const messages = lines.map((l) => l.message as string);
    expect(messages.some((m) => /^Initializing Kask 0\.1\.0 \(Node version: v/.test(m))).to.equal(true);
    expect(messages).to.include('Cassandra host(s): 127.0.0.1');
    expect(messages).to.include('Cassandra query timeout: 12000ms');
    expect(messages.some((m) => m === `kask listening on http://127.0.0.1:${port}/sessions/v1/`)).to.equal(true);
    expect(messages).to.include('shut down cleanly');
    for (const l of lines) {
      expect(l.service).to.deep.equal({ name: 'kask' });
      expect(l.log.level).to.be.oneOf(['DEBUG', 'INFO', 'WARNING', 'ERROR', 'FATAL']);
    }
  });

  it('runs from the bundled file the image ships (make bundle), with no node_modules needed beside it', async () => {
    const port = await freePort();
    const file = join(dir, 'bundle.yaml');
    writeFileSync(file, `base_uri: /sessions/v1\nlisten_address: 127.0.0.1\nlisten_port: ${port}\ncassandra:\n  hosts: [127.0.0.1]\n  local_dc: datacenter1\n`);
    const p = runMain(imageLayout(SERVICE_DIR, 'kask', ['package.json']), ['--config', file]);
    const origin = `http://127.0.0.1:${port}`;
    expect(await waitForHealthz(origin, p.child), p.err()).to.equal(true);
    const key = randomKey('bundle');
    expect((await request(origin, `/sessions/v1/${key}`, { method: 'POST', body: 'b' })).status).to.equal(201);
    expect((await request(origin, `/sessions/v1/${key}`)).text).to.equal('b');
    expect(JSON.parse((await request(origin, '/healthz')).text).version).to.equal('0.1.0');
    p.child.kill('SIGTERM');
    expect(await p.exited).to.equal(0);
  });
});
