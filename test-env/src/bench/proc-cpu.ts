// CPU time of processes (user + system, from /proc/<pid>/stat) and per-request meters built on it.
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

/** A meter started now: given the requests served since, the milliseconds of CPU each cost. */
export type CpuMeter = (requests: number) => number;

/** CPU per request of process `pid` from now on. */
export function processCpuMeter(pid: number): CpuMeter {
  const before = cpuSeconds(pid);
  return (requests) => ((cpuSeconds(pid) - before) * 1000) / Math.max(1, requests);
}

/** CPU per request of this process from now on (the load generator, when autocannon runs in it). */
export function ownCpuMeter(): CpuMeter {
  const before = process.cpuUsage();
  return (requests) => {
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000 / Math.max(1, requests);
  };
}

/** The local Cassandra's pid (test-env/cassandra keeps it in its data dir), or undefined if it is not ours or not running. */
function localCassandraPid(): number | undefined {
  const dataDir = process.env.CASSANDRA_DATA_DIR ?? fileURLToPath(new URL('../../.data/cassandra', import.meta.url));
  try {
    const pid = Number(readFileSync(`${dataDir}/cassandra.pid`, 'utf8').trim());
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('org.apache.cassandra.service.CassandraDaemon') ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The local Cassandra's CPU per request from now on, when it is ours and running. */
export function cassandraCpuMeter(): CpuMeter | undefined {
  const pid = localCassandraPid();
  return pid === undefined ? undefined : processCpuMeter(pid);
}
