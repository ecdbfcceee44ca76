// AQS problem bodies: {type, title, method, status, detail, uri} (design.md §1). `detail` is always a
// string; several date errors are joined with "; ". Message texts follow spec/aqs-endpoints.md §1.9
// with the original typos fixed.
import type { Context } from 'koa';
import { HttpProblem, statusText, STORE_DOWN_DETAIL, StoreUnavailable, type ProblemInit, type ProblemRenderer } from '@aqs/servicelib';
import { z } from 'zod';

export const aqsProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  method: z.string(),
  status: z.number().int(),
  detail: z.string(),
  uri: z.string(),
});
export type AqsProblemBody = z.infer<typeof aqsProblemSchema>;

export const renderAqsProblem: ProblemRenderer = (p: ProblemInit, ctx: Context): AqsProblemBody => ({
  type: p.type ?? 'about:blank',
  title: p.title ?? statusText(p.status),
  method: ctx.method.toLowerCase(),
  status: p.status,
  detail: p.detail,
  uri: ctx.originalUrl,
});

/** The 404 for a query that found no rows (spec §1.9; the two spaces after "yet." are production's). */
export const NO_DATA_DETAIL =
  'The date(s) you used are valid, but we either do not have data for those date(s), or the project you asked for is not loaded yet.  Please check https://wikimedia.org/api/rest_v1/?doc for more information.';

export const invalidRequest = (detail: string | readonly string[]): HttpProblem =>
  new HttpProblem({ status: 400, detail: typeof detail === 'string' ? detail : detail.join('; ') });

export const notFoundNoData = (): HttpProblem => new HttpProblem({ status: 404, detail: NO_DATA_DETAIL });

export { STORE_DOWN_DETAIL };

/** A store that is down or slow (Cassandra, Druid, the Data Gateway): servicelib's 503, which the AQS renderer shapes. */
export const storageUnavailable = (cause: unknown): HttpProblem => new StoreUnavailable(cause);

/** JS-identifier names print as `.name`, others in brackets: `data.params['access-site']` (ajv's form, §1.9). */
function paramRef(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `data.params.${name}` : `data.params['${name}']`;
}

/**
 * The 400 for path parameters that fail their declaration. Like the AQS validator, only the first
 * failing parameter (in declaration order) is reported.
 */
export function aqsInvalidParams(issues: readonly z.core.$ZodIssue[]): ProblemInit {
  const issue = issues[0]!;
  const name = String(issue.path[0] ?? 'params');
  if (issue.code === 'invalid_value') {
    return { status: 400, detail: `${paramRef(name)} should be equal to one of the allowed values: [${issue.values.map(String).join(', ')}]` };
  }
  return { status: 400, detail: `${paramRef(name)} ${issue.message}` };
}
