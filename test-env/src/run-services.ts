// make run: every built service in the foreground with its own config.yaml, as operators run them
// (`node <service>/dist/main.js --config <service>/config.yaml`). Ctrl-C or SIGTERM stops them all;
// if one exits on its own the others are stopped too, and the exit code says which failed.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './bench/service-process.js';

// DRUID=0 (make run DRUID=0) leaves out the Druid-backed services.
const SERVICES = process.env.DRUID === '0' ? ['device-analytics', 'kask'] : ['device-analytics', 'edit-analytics', 'editor-analytics', 'kask'];

const children = new Map<string, ChildProcess>();
let stopping = false;
const stopAll = (signal: NodeJS.Signals) => {
  stopping = true;
  for (const child of children.values()) if (child.exitCode === null) child.kill(signal);
};

let failed = 0;
const exits = SERVICES.map((name) => {
  const child = spawn(process.execPath, [join(REPO, name, 'dist/main.js'), '--config', join(name, 'config.yaml')], {
    cwd: REPO,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children.set(name, child);
  return new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      if (!stopping) {
        console.error(`run: ${name} exited (${signal ?? code}); stopping the others`);
        failed = 1;
        stopAll('SIGTERM');
      }
      resolve();
    }),
  );
});
process.on('SIGINT', () => stopAll('SIGTERM'));
process.on('SIGTERM', () => stopAll('SIGTERM'));
await Promise.all(exits);
process.exit(failed);
