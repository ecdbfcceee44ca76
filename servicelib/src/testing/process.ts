// Running a built service the way operators do (`node <service>/dist/main.js --config FILE`) from a
// test: capture its output, wait for /healthz by polling, and find a free loopback port for it.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ServiceProcess {
  child: ChildProcess;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  out(): string;
  err(): string;
}

export function runMain(mainJs: string, args: string[], env?: NodeJS.ProcessEnv): ServiceProcess {
  const child = spawn(process.execPath, [mainJs, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: env && { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

export async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

/**
 * Polls `${origin}/healthz` every 100 ms until it answers 200: false after 10 s, or as soon as
 * `child` (the service's process, when given) has exited.
 */
export async function waitForHealthz(origin: string, child?: ChildProcess): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (child && child.exitCode !== null) return false;
    if (await fetch(`${origin}/healthz`).then((r) => r.ok, () => false)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/**
 * Lays out a service as its image does, outside the repository (so no node_modules can be found):
 * `<dir>/<service>/dist/main.js` = the bundle and its docs-assets/, plus the listed files beside package.json.
 * Returns the path of the entry point.
 */
export function imageLayout(serviceDir: string, service: string, files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), `${service}-image-`));
  mkdirSync(join(root, service, 'dist'), { recursive: true });
  // The image copies the whole bundle directory: main.js, docs-assets/, and mounted/ (aqs).
  cpSync(join(serviceDir, 'bundle'), join(root, service, 'dist'), { recursive: true });
  for (const f of files) copyFileSync(join(serviceDir, f), join(root, service, f));
  return join(root, service, 'dist', 'main.js');
}
