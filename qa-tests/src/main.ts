#!/usr/bin/env node
// make qa: the black-box suite against the local services, or BASE_URL, or one URL per service
// (README "QA suite"). Prints a line per case and a summary; exits 1 on any failure.
//   BASE_URL=http://host:8080          one base URL for every service (e.g. the one-process aqs)
//   PAGE_ANALYTICS_URL=…, KASK_URL=…   one service (the variable is the service name, upper case, _URL)
//   QA_CONFIG=file.json                {"baseUrl": "…", "services": {"page-analytics": "…"}}
//   TAGS=pageviews,sessions            only these datasets
//   QA_REQUIRE=kask,page-analytics     these must be reachable (else they fail instead of being skipped);
//                                      unset: every service (`none`: report the unreachable as skipped)
//   QA_DATA=file.json                  target-specific values (src/local-data.ts)
//   QA_TODAY=YYYY-MM-DD                the day dates are computed from
import { targetData } from './local-data.js';
import { report, runFailed, runSuite } from './run.js';
import { SERVICES, TAGS, urlSettingsFrom, type Tag } from './targets.js';

const list = (v: string | undefined) => (v ?? '').split(/[\s,]+/).filter(Boolean);
const tags = list(process.env.TAGS);
const unknown = tags.filter((t) => !(TAGS as readonly string[]).includes(t));
if (unknown.length) {
  console.error(`qa: unknown tag(s) ${unknown.join(', ')}; the tags are ${TAGS.join(', ')}`);
  process.exit(2);
}
const summary = await runSuite({
  settings: urlSettingsFrom(process.env),
  data: targetData(),
  tags: tags as Tag[],
  // A service that does not answer fails the run unless the caller says which may be missing: a QA
  // run that passes with a service down would pass a release with that service broken.
  require: process.env.QA_REQUIRE === undefined ? SERVICES.map((t) => t.name) : list(process.env.QA_REQUIRE).filter((n) => n !== 'none'),
  log: (line) => console.log(line),
});
report(summary, (line) => console.log(line));
process.exit(runFailed(summary) ? 1 : 0);
