// What `make run` prints once everything answers: one row per process (the stores, every service
// including the one-process aqs, the docs site), where it listens, whether it answers, and one URL to
// try. Pure, so test-env/test/run-table.test.ts checks its shape.

export interface RunRow {
  what: string;
  where: string;
  state: string;
  /** One thing to try (a curl line), or a note. */
  example: string;
}

export interface ServiceRun {
  name: string;
  scheme: string;
  port: number;
  ready: boolean;
  examples: readonly string[];
}

const NOTES: Readonly<Record<string, string>> = { aqs: 'aqs (every AQS service)' };

/** Rows for the services, by port: aqs (8080) and Kask (8081) first, then 8090…8097. */
export function serviceRows(services: readonly ServiceRun[]): RunRow[] {
  return [...services]
    .sort((a, b) => a.port - b.port)
    .map((s) => {
      const origin = `${s.scheme}://localhost:${s.port}`;
      const example = s.examples[0] ?? '/healthz';
      return {
        what: NOTES[s.name] ?? s.name,
        where: origin,
        state: s.ready ? 'ready' : 'NOT ANSWERING /healthz',
        example: `curl${s.scheme === 'https' ? ' -k' : ''} '${origin}${example}'`,
      };
    });
}

export function renderTable(rows: readonly RunRow[]): string {
  const head: RunRow = { what: 'what', where: 'where', state: 'state', example: 'try' };
  const all = [head, ...rows];
  const width = (k: keyof RunRow) => Math.max(...all.map((r) => r[k].length));
  const [w, h, s] = [width('what'), width('where'), width('state')];
  const line = (r: RunRow) => `  ${r.what.padEnd(w)}  ${r.where.padEnd(h)}  ${r.state.padEnd(s)}  ${r.example}`.trimEnd();
  const rule = `  ${'-'.repeat(w)}  ${'-'.repeat(h)}  ${'-'.repeat(s)}  ${'-'.repeat(3)}`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}
