// Starts a service as its own process the way its image runs it: the bundled file
// (`make bundle`) with the image's NODE_OPTIONS, `--config FILE`; waits for /healthz. The
// benchmarks then read its peak RSS from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitForHealthz } from '@aqs/servicelib/testing';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** The NODE_OPTIONS a service's Dockerfile sets (`ENV ... NODE_OPTIONS="..."`), or "" when it sets none. */
export function imageNodeOptions(service: string): string {
  // BENCH_NODE_OPTIONS measures other heap settings without editing the Dockerfile.
  if (process.env.BENCH_NODE_OPTIONS !== undefined) return process.env.BENCH_NODE_OPTIONS;
  const instructions = readFileSync(join(REPO, service, 'Dockerfile'), 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n');
  return /NODE_OPTIONS="([^"]*)"/.exec(instructions)?.[1] ?? '';
}

export async function startServiceProcess(service: string, configYaml: string, port: number): Promise<ChildProcess> {
  const dir = mkdtempSync(join(tmpdir(), `bench-${service}-`));
  const config = join(dir, 'config.yaml');
  writeFileSync(config, configYaml);
  const env = { ...process.env, NODE_OPTIONS: imageNodeOptions(service) };
  // BENCH_NODE_ARGS: node flags NODE_OPTIONS refuses, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` for a
  // CPU profile of the service under the load (written when the bench stops it).
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  // BENCH_ENTRY=dist runs the unbundled build instead, so a profile shows readable names.
  const entry = process.env.BENCH_ENTRY === 'dist' ? `${service}/dist/main.js` : `${service}/bundle/main.js`;
  const child = spawn(process.execPath, [...nodeArgs, join(REPO, entry), '--config', config], { stdio: ['ignore', 'inherit', 'inherit'], env });
  if (await waitForHealthz(`http://127.0.0.1:${port}`, child)) return child;
  if (child.exitCode !== null) throw new Error(`${service} exited with ${child.exitCode}`);
  child.kill();
  throw new Error(`${service} did not answer /healthz within 10 s`);
}
