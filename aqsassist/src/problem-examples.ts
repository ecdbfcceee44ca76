// The example problem body of each documented error of an AQS route (the OpenAPI document's
// examples, which the docs page shows): the body the service sends, built the way it builds it.
// 400: the first parameter, in path order, that the value `invalid` breaks, with the route's own
// validator message for it (the message a client gets for that URL); where no parameter's schema
// refuses it, the last parameter set to `invalid` with the route's problemDetails[400] (its handler
// rule's text), else no example. Other statuses: the detail the route declares in problemDetails, else the fixed AQS
// text of that status. test-env/test/documented-examples.int.test.ts sends every 400 example.
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

export function aqsProblemExample(route: AnyRoute<never>, status: number, path: string): AqsProblemBody | undefined {
  const shape = route.params.shape as Record<string, z.ZodType>;
  const values: Record<string, string> = {};
  for (const [name, schema] of Object.entries(shape)) {
    const example = exampleOf(schema);
    if (example !== undefined) values[name] = example;
  }
  let detail = route.problemDetails?.[status] ?? AQS_DETAILS[status] ?? route.errors?.[status] ?? statusText(status);
  let uri = fill(path, values);
  if (status === 400) {
    const names = Object.keys(shape);
    const broken = names.find((name) => !(route.params as z.ZodType).safeParse({ ...values, [name]: BAD_VALUE }).success);
    if (broken !== undefined) {
      const bad = { ...values, [broken]: BAD_VALUE };
      detail = aqsInvalidParams((route.params as z.ZodType).safeParse(bad).error!.issues).detail;
      uri = fill(path, bad);
    } else if (names.length && route.problemDetails?.[400] !== undefined) {
      // No schema refuses `invalid`: the handler's rule does, with the detail the route declares.
      uri = fill(path, { ...values, [names.at(-1)!]: BAD_VALUE });
    } else return undefined; // no example rather than one whose URL would not be a 400
  }
  return { type: 'about:blank', title: statusText(status), method: route.method, status, detail, uri };
}
