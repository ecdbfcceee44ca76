// Starts a built service as its own process, the way operators run it (`node <service>/dist/main.js
// --config FILE`), and waits for /healthz; the benchmarks then read its peak RSS from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));

export async function startServiceProcess(service: string, configYaml: string, port: number): Promise<ChildProcess> {
  const dir = mkdtempSync(join(tmpdir(), `bench-${service}-`));
  const config = join(dir, 'config.yaml');
  writeFileSync(config, configYaml);
  const child = spawn(process.execPath, [join(REPO, `${service}/dist/main.js`), '--config', config], { stdio: ['ignore', 'inherit', 'inherit'] });
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`${service} exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`${service} did not answer /healthz within 10 s`);
}
