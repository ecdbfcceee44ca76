// The real Data Gateway for the integration tests: the image-suggestions service, started as a
// process from its build with its own config.yaml (it serves the commons datasets), on a free port,
// against the local Cassandra. Services never import each other, so it is run, not imported.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { CASSANDRA_PORT, freePort, runMain, waitForHealthz, type ServiceProcess } from '@aqs/servicelib/testing';

const GATEWAY_DIR = fileURLToPath(new URL('../../image-suggestions/', import.meta.url));

export interface RunningGateway {
  port: number;
  /** What data_gateway_uri is set to: `http://127.0.0.1:<port>/public/commons`. */
  uri: string;
  proc: ServiceProcess;
  stop(): Promise<void>;
}

/** Starts the gateway on `port` (a free one by default), against Cassandra on `cassandraPort`, and waits for its /healthz. */
export async function startGateway(port?: number, cassandraPort = CASSANDRA_PORT): Promise<RunningGateway> {
  const p = port ?? (await freePort());
  const config = parseYaml(readFileSync(join(GATEWAY_DIR, 'config.yaml'), 'utf8')) as Record<string, any>;
  const file = join(mkdtempSync(join(tmpdir(), 'commons-gateway-')), 'config.yaml');
  writeFileSync(
    file,
    toYaml({
      ...config,
      listen_address: '127.0.0.1',
      listen_port: p,
      log_level: 'error',
      cassandra: { ...config.cassandra, hosts: ['127.0.0.1'], port: cassandraPort },
    }),
  );
  const proc = runMain(join(GATEWAY_DIR, 'dist', 'main.js'), ['--config', file]);
  const origin = `http://127.0.0.1:${p}`;
  if (!(await waitForHealthz(origin, proc.child))) {
    proc.child.kill('SIGKILL');
    throw new Error(`the Data Gateway (image-suggestions) did not start: ${proc.err()}`);
  }
  return {
    port: p,
    uri: `${origin}/public/commons`,
    proc,
    stop: async () => {
      if (proc.child.exitCode === null) proc.child.kill('SIGTERM');
      await proc.exited;
    },
  };
}
