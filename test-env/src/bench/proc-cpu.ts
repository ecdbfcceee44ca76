// CPU time a process has used so far (user + system), from /proc/<pid>/stat, in seconds.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** The local Cassandra's pid (test-env/cassandra keeps it in its data dir), or undefined if it is not ours or not running. */
export function localCassandraPid(): number | undefined {
  const dataDir = process.env.CASSANDRA_DATA_DIR ?? fileURLToPath(new URL('../../.data/cassandra', import.meta.url));
  try {
    const pid = Number(readFileSync(`${dataDir}/cassandra.pid`, 'utf8').trim());
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('org.apache.cassandra.service.CassandraDaemon') ? pid : undefined;
  } catch {
    return undefined;
  }
}
