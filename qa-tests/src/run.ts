// Runs the cases against the targets: finds each service's served OpenAPI document (a service whose
// document does not answer is reported "not reachable, skipped", never passed), sends each case's
// requests, applies the checks every response of that service owes (checks.ts), validates bodies
// against the document, and checks that every documented operation got a passing 2xx case.
import { aqsHeaders, aqsProblem, aqsSuccess, gatewayProblem, kaskProblem, notModified } from './checks.js';
import type { Case, Step } from './case.js';
import { allCases } from './cases/index.js';
import { parseJson, send, type Reply } from './http.js';
import type { TargetData } from './local-data.js';
import { ServedSpec } from './spec.js';
import { SERVICES, urlOf, type ServiceTarget, type Tag, type UrlSettings } from './targets.js';

export interface RunOptions {
  settings: UrlSettings;
  data: TargetData;
  /** Only these tags (all when empty). */
  tags?: readonly Tag[];
  /** Services that must be reachable: one that is not fails the run instead of being skipped. */
  require?: readonly string[];
  concurrency?: number;
  log?: (line: string) => void;
}

export type Verdict = 'pass' | 'fail' | 'skip';

export interface Outcome {
  case: Case;
  verdict: Verdict;
  problems: string[];
  requests: number;
}

export interface ServiceState {
  target: ServiceTarget;
  url: string;
  spec?: ServedSpec | undefined;
  /** Why it was skipped. */
  unreachable?: string | undefined;
  /** Documented operations no passing 2xx case reached. */
  uncovered: string[];
}

export interface Summary {
  outcomes: Outcome[];
  services: ServiceState[];
  failed: number;
  passed: number;
  skipped: number;
  requests: number;
  seconds: number;
}

async function findSpec(target: ServiceTarget, url: string): Promise<{ spec?: ServedSpec; reason?: string }> {
  const origin = new URL(url).origin;
  const candidates = [...target.specPaths.map((p) => url + p), ...(origin !== url ? target.specPaths.map((p) => origin + p) : [])];
  const reasons: string[] = [];
  for (const candidate of candidates) {
    try {
      const r = await send('GET', candidate);
      if (r.status !== 200) {
        reasons.push(`${candidate}: ${r.status}`);
        continue;
      }
      const spec = ServedSpec.parse(candidate, r.text);
      if (!spec.operations.some((o) => target.routePrefixes.some((p) => o.template.startsWith(p)))) {
        reasons.push(`${candidate}: documents none of ${target.routePrefixes.join(', ')}`);
        continue;
      }
      return { spec };
    } catch (e) {
      reasons.push(`${candidate}: ${(e as Error).cause ? String((e as Error & { cause: Error }).cause.message ?? (e as Error).cause) : (e as Error).message}`);
    }
  }
  return { reason: reasons.join('; ') };
}

function problemDetail(r: Reply): unknown {
  return (parseJson(r) as { detail?: unknown } | undefined)?.detail;
}

async function runStep(state: ServiceState, step: Step, covered: Set<string>): Promise<{ problems: string[]; requests: number }> {
  const method = step.method ?? 'GET';
  if (step.onlyIfDocumented && !state.spec!.operationOf(method, step.path)) return { problems: [], requests: 0 };
  const r = await send(method, state.url + step.path, { body: step.body, headers: step.headers });
  let requests = 1;
  const problems: string[] = [];
  if (r.status !== step.status) problems.push(`expected status ${step.status}, got ${r.status}: ${r.text.slice(0, 300)}`);
  const flavour = state.target.flavour;
  if (flavour === 'aqs') {
    problems.push(...aqsHeaders(r));
    if (r.status === 200 && method === 'GET' && step.successHeaders) {
      for (const [name, want] of Object.entries(step.successHeaders)) {
        if (r.headers.get(name) !== want) problems.push(`header ${name}: expected ${JSON.stringify(want)}, got ${JSON.stringify(r.headers.get(name))}`);
      }
    } else if (r.status === 200 && method === 'GET') {
      problems.push(...aqsSuccess(r));
      const etag = r.headers.get('etag');
      if (etag) {
        const again = await send('GET', state.url + step.path, { headers: { 'if-none-match': etag } });
        requests++;
        problems.push(...notModified(r, again));
      }
    }
    if (r.status >= 400) problems.push(...aqsProblem(r, step.path));
  } else if (r.status >= 400) {
    problems.push(...(flavour === 'kask' ? kaskProblem(r, step.path) : gatewayProblem(r)));
  }
  if (step.detail !== undefined && r.status >= 400) {
    const detail = problemDetail(r);
    const ok = typeof step.detail === 'string' ? detail === step.detail : typeof detail === 'string' && step.detail.test(detail);
    if (!ok) problems.push(`problem detail: expected ${String(step.detail)}, got ${JSON.stringify(detail)}`);
  }
  const op = state.spec!.operationOf(method, step.path);
  if (op && method !== 'OPTIONS') {
    problems.push(...state.spec!.checkResponse(op, r.status, r.headers.get('content-type'), method === 'HEAD' ? '' : r.text).problems);
    if (step.status >= 200 && step.status < 300 && r.status === step.status) covered.add(`${op.method} ${op.template}`);
  } else if (r.status >= 200 && r.status < 300 && method !== 'OPTIONS') {
    problems.push(`${method} ${step.path.split('?')[0]} answered ${r.status} but the served document has no such operation`);
  }
  problems.push(...(step.check?.(r) ?? []));
  return { problems, requests };
}

async function runCase(c: Case, state: ServiceState, covered: Set<string>): Promise<Outcome> {
  if (!state.spec) return { case: c, verdict: 'skip', problems: [`${state.target.name} not reachable at ${state.url}, skipped`], requests: 0 };
  const problems: string[] = [];
  let requests = 0;
  for (const [i, step] of c.steps.entries()) {
    try {
      const done = await runStep(state, step, covered);
      requests += done.requests;
      const prefix = c.steps.length > 1 ? `step ${i + 1} (${step.method ?? 'GET'} ${step.path}): ` : '';
      problems.push(...done.problems.map((p) => prefix + p));
    } catch (e) {
      problems.push(`${step.method ?? 'GET'} ${step.path}: ${(e as Error).message}${(e as Error).cause ? ` (${String((e as Error & { cause: { message?: string } }).cause.message)})` : ''}`);
      break;
    }
  }
  return { case: c, verdict: problems.length ? 'fail' : 'pass', problems, requests };
}

async function pool<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await work(items[i]!);
      }
    }),
  );
  return out;
}

export async function runSuite(opts: RunOptions): Promise<Summary> {
  const began = Date.now();
  const log = opts.log ?? (() => {});
  const tags = opts.tags?.length ? new Set(opts.tags) : undefined;
  const cases = allCases(opts.data).filter((c) => !tags || tags.has(c.tag));
  const selected = SERVICES.filter((s) => (!tags || tags.has(s.tag)) && cases.some((c) => c.service === s.name));

  const states = new Map<string, ServiceState>();
  await Promise.all(
    selected.map(async (target) => {
      const url = urlOf(target, opts.settings);
      const found = await findSpec(target, url);
      states.set(target.name, { target, url, spec: found.spec, unreachable: found.reason, uncovered: [] });
    }),
  );
  for (const target of selected) {
    const st = states.get(target.name)!;
    log(st.spec ? `qa: ${target.name.padEnd(25)} ${st.url}  (document ${st.spec.url})` : `qa: ${target.name.padEnd(25)} ${st.url}  NOT REACHABLE, its cases are skipped (${st.unreachable})`);
  }

  const covered = new Map(selected.map((s) => [s.name, new Set<string>()]));
  const outcomes = await pool(cases, opts.concurrency ?? 4, (c) => runCase(c, states.get(c.service)!, covered.get(c.service)!));

  // A required service that is not reachable is a failure, not a skip.
  for (const o of outcomes) {
    if (o.verdict === 'skip' && opts.require?.includes(o.case.service)) o.verdict = 'fail';
  }
  for (const st of states.values()) {
    if (!st.spec) continue;
    const hit = covered.get(st.target.name)!;
    st.uncovered = st.spec.operations.filter((o) => !hit.has(`${o.method} ${o.template}`)).map((o) => `${o.method} ${o.template} (${o.operationId})`);
  }
  const count = (v: Verdict) => outcomes.filter((o) => o.verdict === v).length;
  const uncovered = [...states.values()].reduce((n, st) => n + st.uncovered.length, 0);
  return {
    outcomes,
    services: [...states.values()],
    passed: count('pass'),
    skipped: count('skip'),
    failed: count('fail') + uncovered,
    requests: outcomes.reduce((n, o) => n + o.requests, 0),
    seconds: (Date.now() - began) / 1000,
  };
}

/** The report: a line per case, the failures in full, skipped services, uncovered operations, totals. */
/** Failures, or nothing checked at all (every service unreachable), fail the run. */
export const runFailed = (s: Summary): boolean => s.failed > 0 || s.passed === 0;

export function report(s: Summary, log: (line: string) => void): void {
  let service = '';
  for (const o of s.outcomes) {
    if (o.case.service !== service) {
      service = o.case.service;
      log(`\n  [${o.case.tag}] ${service}`);
      const st = s.services.find((x) => x.target.name === service);
      if (st && !st.spec) {
        const n = s.outcomes.filter((x) => x.case.service === service).length;
        log(`    ${o.verdict === 'fail' ? 'FAIL' : 'skip'} all ${n} cases: not reachable at ${st.url} (${st.unreachable})`);
      }
    }
    if (o.verdict !== 'pass' && !s.services.find((x) => x.target.name === service)?.spec) continue;
    const mark = o.verdict === 'pass' ? 'ok  ' : o.verdict === 'skip' ? 'skip' : 'FAIL';
    const step = o.case.steps[0]!;
    log(`    ${mark} ${o.case.name}  (${step.method ?? 'GET'} ${step.path}${o.case.steps.length > 1 ? ` +${o.case.steps.length - 1}` : ''})`);
    if (o.verdict === 'fail') for (const p of o.problems) log(`         - ${p}`);
  }
  const skippedServices = s.services.filter((st) => !st.spec);
  const uncovered = s.services.filter((st) => st.uncovered.length);
  if (uncovered.length) {
    log('\n  documented operations without a passing 2xx case (FAIL):');
    for (const st of uncovered) for (const u of st.uncovered) log(`    ${st.target.name}: ${u}`);
  }
  log('');
  for (const st of skippedServices) {
    const mine = s.outcomes.filter((o) => o.case.service === st.target.name);
    const required = mine.some((o) => o.verdict === 'fail');
    log(`  ${st.target.name}: NOT REACHABLE at ${st.url}, ${mine.length} cases ${required ? 'FAILED (required: QA_REQUIRE)' : 'skipped'}`);
  }
  const byTag = new Map<string, { pass: number; fail: number; skip: number }>();
  for (const o of s.outcomes) {
    const t = byTag.get(o.case.tag) ?? { pass: 0, fail: 0, skip: 0 };
    t[o.verdict]++;
    byTag.set(o.case.tag, t);
  }
  for (const [tag, t] of byTag) log(`  ${tag.padEnd(18)} ${t.pass} passed, ${t.fail} failed, ${t.skip} skipped`);
  const verdict = s.failed ? 'FAILED' : !s.passed ? 'FAILED (nothing was checked)' : s.skipped ? 'passed, with services NOT REACHABLE and skipped' : 'all passed';
  log(`\nqa: ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped; ${s.requests} requests in ${s.seconds.toFixed(1)} s: ${verdict}`);
}
