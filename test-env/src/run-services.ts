// make run: every service in the foreground with its own config.yaml, as operators run them
// (`node <service>/dist/main.js --config <service>/config.yaml`); services are the folders with a
// src/service.ts descriptor. Once each answers /healthz it prints what runs where, with example
// URLs. Ctrl-C or SIGTERM stops them all; if one exits on its own the others are stopped too.
// The combined docs site (make docs) is written again and served on DOCS_PORT.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { ServiceDescriptor } from '@aqs/servicelib';
import { CASSANDRA_PORT, DRUID_BROKER_PORT, waitForHealthz } from '@aqs/servicelib/testing';
import { REPO, serviceDirs } from './dockerfiles.js';
import { DOCS_SITE, writeDocsSite } from './docs-site.js';
import { renderTable, serviceRows, type RunRow } from './run-table.js';
import { staticServer } from './static-server.js';

const DOCS_PORT = 8089;

interface Running {
  name: string;
  port: number;
  scheme: string;
  examples: readonly string[];
  child: ChildProcess;
}

const withDruid = process.env.DRUID !== '0'; // make run DRUID=0 leaves out the Druid-backed services

async function describeService(name: string) {
  const mod = (await import(pathToFileURL(join(REPO, name, 'dist', 'service.js')).href)) as { default: ServiceDescriptor & { examples?: readonly string[] } };
  const config = parseYaml(readFileSync(join(REPO, name, 'config.yaml'), 'utf8')) as { listen_port: number; tls?: { cert?: string } };
  return { descriptor: mod.default, port: config.listen_port, scheme: config.tls?.cert ? 'https' : 'http' };
}

const children: Running[] = [];
let stopping = false;
let failed = 0;
const stopAll = () => {
  stopping = true;
  for (const r of children) if (r.child.exitCode === null) r.child.kill('SIGTERM');
};

const exits: Promise<void>[] = [];
for (const name of serviceDirs()) {
  const { descriptor, port, scheme } = await describeService(name);
  if (!withDruid && descriptor.stores.includes('druid')) {
    console.log(`run: ${name} left out (DRUID=0)`);
    continue;
  }
  const child = spawn(process.execPath, [join(REPO, name, 'dist', 'main.js'), '--config', join(name, 'config.yaml')], {
    cwd: REPO,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.push({ name, port, scheme, examples: descriptor.examples ?? [], child });
  exits.push(
    new Promise<void>((resolve) =>
      child.on('exit', (code, signal) => {
        if (!stopping) {
          console.error(`run: ${name} exited (${signal ?? code}); stopping the others`);
          failed = 1;
          stopAll();
        }
        resolve();
      }),
    ),
  );
}
writeDocsSite();
// The site forwards /services/<name>/… to each service, so its "Try it out" calls them.
const docsServer = staticServer(DOCS_SITE, Object.fromEntries(children.map((r) => [r.name, `${r.scheme}://localhost:${r.port}`])));
const docsListening = await new Promise<boolean>((resolve) => {
  docsServer.once('error', () => resolve(false));
  docsServer.listen(DOCS_PORT, 'localhost', () => resolve(true));
});
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);

const ready = await Promise.all(children.map((r) => (r.scheme === 'http' ? waitForHealthz(`http://localhost:${r.port}`, r.child) : Promise.resolve(true))));
if (!stopping) {
  const rows: RunRow[] = [
    { what: 'cassandra', where: `127.0.0.1:${CASSANDRA_PORT}`, state: 'store', example: `cqlsh 127.0.0.1 ${CASSANDRA_PORT}` },
    ...(withDruid ? [{ what: 'druid (broker, router)', where: `127.0.0.1:${DRUID_BROKER_PORT}, :8888`, state: 'store', example: 'http://localhost:8888/ (Druid console)' }] : []),
    ...serviceRows(children.map((r, i) => ({ ...r, ready: ready[i]! }))),
    { what: 'docs site', where: `http://localhost:${DOCS_PORT}/`, state: docsListening ? 'ready' : `NOT SERVED (port ${DOCS_PORT} taken)`, example: `open http://localhost:${DOCS_PORT}/` },
  ];
  console.log('\nrun: what runs where (Ctrl-C stops them all; make env-down stops the stores)\n');
  console.log(renderTable(rows));
  console.log();
}
await Promise.all(exits);
docsServer.close();
process.exit(failed);
