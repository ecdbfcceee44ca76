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
import { startInProcess } from '@aqs/servicelib/testing';
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
  /** The template with every path parameter's example filled in (percent-encoded unless it is already); undefined when one has none. */
  path: string | undefined;
  /** The path parameter without an example, if any. */
  missing?: string;
}

const exampleOf = (p: OpenApiParameter): unknown => p.example ?? Object.values(p.examples ?? {})[0]?.value;

/** Every operation of a document with its example path (none where a path parameter has no example). */
export function documentedOperations(doc: OpenApiDocument): DocumentedOperation[] {
  const out: DocumentedOperation[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    const shared = (item.parameters as OpenApiParameter[] | undefined) ?? [];
    for (const method of METHODS) {
      const operation = item[method] as OpenApiOperation | undefined;
      if (!operation) continue;
      const params = [...shared, ...(operation.parameters ?? [])];
      let missing: string | undefined;
      const path = template.replace(/\{([^}]+)\}/g, (_m, name: string) => {
        const p = params.find((q) => q.in === 'path' && q.name === name);
        const example = p && exampleOf(p);
        if (example === undefined) missing ??= name;
        const text = String(example);
        return /%[0-9A-Fa-f]{2}/.test(text) ? text : encodeURIComponent(text);
      });
      out.push({ method, template, operation, path: missing === undefined ? path : undefined, ...(missing === undefined ? {} : { missing }) });
    }
  }
  return out;
}

type Running = Awaited<ReturnType<typeof startInProcess>>;

const LOCAL_URL = /^https?:\/\/(?:127\.0\.0\.1|localhost):(\d+)(\/.*)?$/;

/**
 * Starts every service in-process, those a config names by its make-run address first: a config value
 * `http://127.0.0.1:<port>/…` where <port> is another documented service's listen_port points at that
 * service's in-process origin instead (commons-impact-analytics → the Data Gateway); one naming a port no
 * documented service has is left out, so the service reads as it does without it.
 */
export async function startDocumented(services: readonly DocumentedService[]): Promise<Map<string, Running>> {
  const byPort = new Map(services.map((s) => [Number(s.config.listen_port), s.name]));
  const refs = (s: DocumentedService) =>
    Object.entries(s.config).flatMap(([key, v]) => {
      const m = typeof v === 'string' ? LOCAL_URL.exec(v) : null;
      return m ? [{ key, target: byPort.get(Number(m[1])), rest: m[2] ?? '' }] : [];
    });
  const running = new Map<string, Running>();
  const pending = [...services];
  try {
    while (pending.length) {
      const i = pending.findIndex((s) => refs(s).every((r) => r.target === undefined || running.has(r.target)));
      if (i < 0) throw new Error(`services name each other in their configs: ${pending.map((s) => s.name).join(', ')}`);
      const s = pending.splice(i, 1)[0]!;
      const { listen_port: _port, listen_address: _address, ...config } = s.config;
      for (const r of refs(s)) {
        if (r.target === undefined) delete config[r.key];
        else config[r.key] = running.get(r.target)!.origin + r.rest;
      }
      running.set(s.name, await startInProcess(s.descriptor, config));
    }
  } catch (err) {
    await Promise.all([...running.values()].map((r) => r.close()));
    throw err;
  }
  return running;
}
