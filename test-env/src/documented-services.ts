// The services that document themselves, found, never listed: every folder with a src/service.ts
// descriptor and a committed openapi.json (the AQS services, Kask, and any that joins). Each serves
// its document at /<name>/api-spec.json and its docs page at /<name>/docs; the tests start it
// in-process with its own config.yaml (the local stores, as make run does). The docs site, make fuzz
// and the tests of the documents all start from here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { ServiceDescriptor } from '@aqs/servicelib';
import { REPO, serviceDirs } from './dockerfiles.js';

export interface DocumentedService {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  descriptor: ServiceDescriptor<any, any>;
  /** Its config.yaml, as a document (startInProcess adds the listen keys). */
  config: Record<string, unknown>;
}

/** Every documented service; `module` picks the descriptor's file (src/service.ts under tsx, dist/service.js from a build). */
export async function documentedServices(module: 'src/service.ts' | 'dist/service.js' = 'src/service.ts', repo = REPO): Promise<DocumentedService[]> {
  const out: DocumentedService[] = [];
  for (const name of serviceDirs(repo)) {
    if (!existsSync(join(repo, name, 'openapi.json'))) continue;
    const { default: descriptor } = (await import(pathToFileURL(join(repo, name, module)).href)) as { default: DocumentedService['descriptor'] };
    const config = parseYaml(readFileSync(join(repo, name, 'config.yaml'), 'utf8')) as Record<string, unknown>;
    out.push({ name, descriptor, config: { ...config, log_level: 'error' } });
  }
  return out;
}

export interface OpenApiParameter {
  name: string;
  in: string;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
}
export interface OpenApiOperation {
  operationId: string;
  parameters?: OpenApiParameter[];
  requestBody?: { content: Record<string, { example?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: unknown; example?: unknown }> }>;
}
export type OpenApiPathItem = Record<string, OpenApiOperation | OpenApiParameter[]>;
export interface OpenApiDocument {
  paths: Record<string, OpenApiPathItem>;
  components?: Record<string, unknown>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

export interface DocumentedOperation {
  method: string;
  template: string;
  operation: OpenApiOperation;
  /** The template with every path parameter's example filled in (percent-encoded unless it is already). */
  path: string;
}

const exampleOf = (p: OpenApiParameter): unknown => p.example ?? Object.values(p.examples ?? {})[0]?.value;

/** Every operation of a document with its example path; throws naming a path parameter that has no example. */
export function documentedOperations(doc: OpenApiDocument): DocumentedOperation[] {
  const out: DocumentedOperation[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    const shared = (item.parameters as OpenApiParameter[] | undefined) ?? [];
    for (const method of METHODS) {
      const operation = item[method] as OpenApiOperation | undefined;
      if (!operation) continue;
      const params = [...shared, ...(operation.parameters ?? [])];
      const path = template.replace(/\{([^}]+)\}/g, (_m, name: string) => {
        const p = params.find((q) => q.in === 'path' && q.name === name);
        const example = p && exampleOf(p);
        if (example === undefined) throw new Error(`${operation.operationId}: no example for {${name}}`);
        const text = String(example);
        return /%[0-9A-Fa-f]{2}/.test(text) ? text : encodeURIComponent(text);
      });
      out.push({ method, template, operation, path });
    }
  }
  return out;
}
