// make fuzz: schemathesis against the OpenAPI document every service serves at
// /<service>/api-spec.json (the services with a committed openapi.json, found, never listed: the AQS
// services, Kask, and any that joins). Each service runs from its build on a free loopback port
// against the local stores, with test-env/src/fuzz-setup.ts's changes (Kask: a throwaway keyspace);
// schemathesis sends positive and negative cases with every check, at most FUZZ_EXAMPLES (default 10)
// per operation and phase, through a counting proxy (the figures printed). Exits 1 when any service
// had a failure: a 5xx, a response that breaks its schema, an undocumented status, a valid request
// refused or an invalid one accepted (test-env/schemathesis.toml lists what a valid request may get).
// Usage: node test-env/dist/fuzz.js SCHEMATHESIS_BIN_DIR [service…]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import type { ServiceDescriptor } from '@aqs/servicelib';
import { freePort, runMain, waitForHealthz } from '@aqs/servicelib/testing';
import { REPO, serviceDirs } from './dockerfiles.js';
import { countingProxy } from './counting-proxy.js';
import { FUZZ_SETUP, mergeConfig } from './fuzz-setup.js';

const [bin, ...only] = process.argv.slice(2);
if (!bin) throw new Error('usage: fuzz.js SCHEMATHESIS_BIN_DIR [service…]');
const binDir = resolve(bin);
const EXAMPLES = Number(process.env.FUZZ_EXAMPLES || 10);
if (!Number.isInteger(EXAMPLES) || EXAMPLES < 1) throw new Error(`FUZZ_EXAMPLES must be a whole number from 1: ${process.env.FUZZ_EXAMPLES}`);
const withDruid = process.env.DRUID !== '0';

interface Outcome {
  name: string;
  passed: boolean;
  requests: number;
  byStatus: Map<string, number>;
  seconds: number;
}

function schemathesis(origin: string, spec: string, extra: readonly string[] = []): Promise<number> {
  const args = [
    '--config-file', join(REPO, 'test-env', 'schemathesis.toml'),
    'run', spec,
    '--url', origin,
    '--checks', 'all',
    '--mode', 'all',
    '--max-examples', String(EXAMPLES),
    '--no-color',
    ...extra,
  ];
  // The working folder is the (git-ignored) venv's, so schemathesis's example database stays out of the tree.
  const child = spawn(join(binDir, 'schemathesis'), args, { cwd: join(binDir, '..'), stdio: ['ignore', 'inherit', 'inherit'] });
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code) => done(code ?? 1));
  });
}

/** The make-run ports of every service, from their config.yaml. */
const servicePorts = new Set(
  serviceDirs().map((d) => Number((parseYaml(readFileSync(join(REPO, d, 'config.yaml'), 'utf8')) as { listen_port?: number }).listen_port)),
);

/**
 * Each service is fuzzed alone: a config key naming another service's make-run address
 * (commons-impact-analytics' data_gateway_uri) is left out, so the service reads as it does without it.
 */
function withoutOtherServices(config: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(config).filter(([, v]) => {
      const m = typeof v === 'string' ? /^https?:\/\/(?:127\.0\.0\.1|localhost):(\d+)/.exec(v) : null;
      return !(m && servicePorts.has(Number(m[1])));
    }),
  );
}

async function fuzz(name: string): Promise<Outcome> {
  const began = Date.now();
  const setup = FUZZ_SETUP[name] ?? {};
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), `fuzz-${name}-`));
  const base = parseYaml(readFileSync(join(REPO, name, 'config.yaml'), 'utf8')) as Record<string, unknown>;
  const config = mergeConfig(withoutOtherServices(base), { ...setup.config, listen_address: '127.0.0.1', listen_port: port, log_level: 'error' });
  writeFileSync(join(dir, 'config.yaml'), toYaml(config));
  await setup.before?.();
  const service = runMain(join(REPO, name, 'dist', 'main.js'), ['--config', join(dir, 'config.yaml')]);
  const specPath = `/${name}/api-spec.json`;
  const proxy = await countingProxy(origin, specPath);
  try {
    if (!(await waitForHealthz(origin, service.child))) throw new Error(`${name} did not start:\n${service.out()}${service.err()}`);
    console.log(`\nfuzz: ${name} on ${origin}, ${EXAMPLES} examples per operation and phase\n`);
    const code = await schemathesis(proxy.origin, `${origin}${specPath}`, setup.args);
    const requests = [...proxy.byStatus.values()].reduce((a, b) => a + b, 0);
    // The service logs errors only: a 5xx's stack is what one needs to fix it.
    if (code !== 0 && service.out()) console.log(`fuzz: ${name} logged:\n${service.out().slice(-4000)}`);
    return { name, passed: code === 0, requests, byStatus: proxy.byStatus, seconds: (Date.now() - began) / 1000 };
  } finally {
    await proxy.close();
    service.child.kill('SIGTERM');
    await service.exited;
    rmSync(dir, { recursive: true, force: true });
    await setup.after?.();
  }
}

const targets: string[] = [];
for (const name of serviceDirs()) {
  if (!existsSync(join(REPO, name, 'openapi.json')) || (only.length && !only.includes(name))) continue;
  const { default: d } = (await import(pathToFileURL(join(REPO, name, 'dist', 'service.js')).href)) as { default: ServiceDescriptor };
  if (!withDruid && d.stores.includes('druid')) console.log(`fuzz: ${name} left out (DRUID=0)`);
  else targets.push(name);
}

const began = Date.now();
const outcomes: Outcome[] = [];
for (const name of targets) outcomes.push(await fuzz(name));

const line = (o: Pick<Outcome, 'requests' | 'seconds'>) => `${o.requests} requests in ${o.seconds.toFixed(1)} s`;
console.log('\nfuzz: summary\n');
for (const o of outcomes) {
  const statuses = [...o.byStatus].sort().map(([s, n]) => `${s}: ${n}`).join(', ');
  console.log(`  ${o.name.padEnd(18)} ${o.passed ? 'passed' : 'FAILED'}  ${line(o)}  (${statuses})`);
}
const total = { requests: outcomes.reduce((a, o) => a + o.requests, 0), seconds: (Date.now() - began) / 1000 };
const failed = outcomes.filter((o) => !o.passed).map((o) => o.name);
console.log(`\nfuzz: ${outcomes.length} services, ${line(total)}, FUZZ_EXAMPLES=${EXAMPLES}: ${failed.length ? `FAILED (${failed.join(', ')})` : 'all passed'}`);
process.exit(failed.length ? 1 : 0);
