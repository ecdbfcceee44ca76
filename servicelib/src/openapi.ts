// The OpenAPI 3.1 document, generated from the route declarations (design.md §3). Services commit
// the result as openapi.json; a test fails when the committed file differs from this output.
import { z } from 'zod';
import { templateParams, type AnyRoute } from './routes.js';

export interface OpenApiInfo {
  title: string;
  version: string;
  description?: string;
  license?: { name: string; url?: string };
}

export interface OpenApiOptions {
  info: OpenApiInfo;
  routes: readonly AnyRoute<never>[];
  /** The base URI the declared paths are relative to (the config default). */
  prefix?: string;
  /** The JSON schema of the service's problem body, documented on every error response. */
  problemSchema?: z.ZodType;
  /**
   * A realistic problem body for an error status of a route (the document's example, which the viewer
   * shows instead of placeholder values); `path` is the route's full template.
   */
  problemExample?(route: AnyRoute<never>, status: number, path: string): unknown;
  /** Extra, hand-written paths (e.g. /healthz) merged into the document. */
  extraPaths?: Record<string, unknown>;
}

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const out = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  delete out.$schema;
  return out;
}

function parameterObject(name: string, schema: z.ZodType): JsonSchema {
  const s = jsonSchema(schema, 'input');
  const { description, example, examples, ...rest } = s as JsonSchema & { examples?: unknown[] };
  const param: JsonSchema = { name, in: 'path', required: true };
  if (description !== undefined) param.description = description;
  param.schema = rest;
  if (example !== undefined) param.example = example;
  else if (Array.isArray(examples) && examples.length) param.example = examples[0];
  return param;
}

export function buildOpenApi(opts: OpenApiOptions): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  const components: JsonSchema = { schemas: {} as JsonSchema };
  if (opts.problemSchema) (components.schemas as JsonSchema).Problem = jsonSchema(opts.problemSchema, 'output');

  for (const route of opts.routes) {
    const shape = route.params.shape as Record<string, z.ZodType>;
    const path = (opts.prefix ?? '') + route.path;
    const names = templateParams(path);
    const missing = names.filter((n) => !(n in shape));
    if (missing.length) throw new Error(`${route.operationId}: no schema for path parameter(s) ${missing.join(', ')}`);

    const responses: Record<string, unknown> = {
      '200': {
        description: 'Success',
        content: { 'application/json': { schema: jsonSchema(route.response, 'output') } },
      },
    };
    for (const [status, description] of Object.entries(route.errors ?? {})) {
      const example = opts.problemExample?.(route, Number(status), path);
      const media: JsonSchema = { schema: opts.problemSchema ? { $ref: '#/components/schemas/Problem' } : {} };
      if (example !== undefined) media.example = example;
      responses[status] = { description, content: { 'application/problem+json': media } };
    }
    const operation: JsonSchema = {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      ...(route.tags ? { tags: route.tags } : {}),
      parameters: names.map((n) => parameterObject(n, shape[n]!)),
      responses,
    };
    (paths[path] ??= {})[route.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: opts.info,
    paths: { ...paths, ...(opts.extraPaths ?? {}) },
    components,
  };
}

/** The document as committed: 2-space JSON and a trailing newline. */
export const openApiText = (doc: unknown): string => `${JSON.stringify(doc, null, 2)}\n`;
