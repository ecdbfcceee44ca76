// The example problem body of each documented error of an AQS route (the OpenAPI document's
// examples, which the docs page shows): the body the service sends, built the way it builds it.
// 400: the first parameter, in path order, that the value `invalid` breaks, with the route's own
// validator message for it (the message a client gets for that URL); other statuses: the detail the
// route declares in problemDetails, else the fixed AQS text of that status.
import { statusText, type AnyRoute } from '@aqs/servicelib';
import { z } from 'zod';
import { STORED_LIST_INVALID } from './stored-list.js';
import { aqsInvalidParams, NO_DATA_DETAIL, STORE_DOWN_DETAIL, type AqsProblemBody } from './problems.js';

/** The fixed details of the AQS statuses (a route's problemDetails take precedence). */
const AQS_DETAILS: Readonly<Record<number, string>> = {
  404: NO_DATA_DETAIL,
  500: STORED_LIST_INVALID,
  503: STORE_DOWN_DETAIL,
};

const BAD_VALUE = 'invalid';

function exampleOf(schema: z.ZodType): string | undefined {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { example?: unknown; examples?: unknown[] };
  const example = json.example ?? json.examples?.[0];
  return example === undefined ? undefined : String(example);
}

/** The template filled with `values` (examples already percent-encoded are kept as they are). */
function fill(path: string, values: Record<string, string>): string {
  return path.replace(/\{([^}]+)\}/g, (m, name: string) => {
    const v = values[name];
    if (v === undefined) return m;
    return /%[0-9A-Fa-f]{2}/.test(v) ? v : encodeURIComponent(v);
  });
}

export function aqsProblemExample(route: AnyRoute<never>, status: number, path: string): AqsProblemBody {
  const shape = route.params.shape as Record<string, z.ZodType>;
  const values: Record<string, string> = {};
  for (const [name, schema] of Object.entries(shape)) {
    const example = exampleOf(schema);
    if (example !== undefined) values[name] = example;
  }
  let detail = route.problemDetails?.[status] ?? AQS_DETAILS[status] ?? route.errors?.[status] ?? statusText(status);
  let uri = fill(path, values);
  if (status === 400 && route.problemDetails?.[400] === undefined) {
    for (const name of Object.keys(shape)) {
      const bad = { ...values, [name]: BAD_VALUE };
      const parsed = (route.params as z.ZodType).safeParse(bad);
      if (parsed.success) continue;
      detail = aqsInvalidParams(parsed.error.issues).detail;
      uri = fill(path, bad);
      break;
    }
  }
  return { type: 'about:blank', title: statusText(status), method: route.method, status, detail, uri };
}
