// The OpenAPI document a service serves, used as the contract: which operation a request path
// matches, and whether a response's status, content type and body are what that operation documents.
// Bodies are checked with ajv (JSON Schema 2020-12, which OpenAPI 3.1 schemas are; the 3.0 schemas
// Kask serves use no keyword that reads differently there).
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse as parseYaml } from 'yaml';

// ajv-formats is CommonJS: its default export arrives as the module object under NodeNext.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => void;

type Json = Record<string, unknown>;

export interface Operation {
  method: string;
  template: string;
  operationId: string;
}

export interface ResponseVerdict {
  /** What is wrong, empty when the response is what the document says. */
  problems: string[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const escapePointer = (s: string) => s.replaceAll('~', '~0').replaceAll('/', '~1');

export class ServedSpec {
  readonly operations: Operation[] = [];
  private readonly ajv: Ajv2020;
  private readonly matchers: { template: string; re: RegExp }[] = [];
  private readonly validators = new Map<string, ValidateFunction>();
  private static count = 0;
  private readonly id: string;

  constructor(
    readonly url: string,
    readonly doc: Json,
  ) {
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
    addFormats(this.ajv);
    this.id = `qa-spec-${++ServedSpec.count}`;
    this.ajv.addSchema(doc, this.id);
    const paths = (doc.paths ?? {}) as Record<string, Json>;
    for (const [template, item] of Object.entries(paths)) {
      const pattern = template
        .split(/(\{[^}]+\})/)
        .map((part) => (part.startsWith('{') ? '([^/]+)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
      this.matchers.push({ template, re: new RegExp(`^${pattern}$`) });
      for (const method of METHODS) {
        const op = item[method] as Json | undefined;
        if (op) this.operations.push({ method: method.toUpperCase(), template, operationId: String(op.operationId ?? `${method} ${template}`) });
      }
    }
  }

  /** Parses a served document, JSON or YAML. */
  static parse(url: string, text: string): ServedSpec {
    const doc = (text.trimStart().startsWith('{') ? JSON.parse(text) : parseYaml(text)) as Json;
    if (!doc || typeof doc !== 'object' || !('openapi' in doc) || typeof doc.paths !== 'object') throw new Error('not an OpenAPI document');
    return new ServedSpec(url, doc);
  }

  /** The documented path template the (still percent-encoded) request path falls under, if any. */
  templateOf(path: string): string | undefined {
    const bare = path.split('?')[0]!;
    // Literal templates first: /a/literal beats /a/{param}.
    const hits = this.matchers.filter((m) => m.re.test(bare));
    hits.sort((a, b) => a.template.split('{').length - b.template.split('{').length);
    return hits[0]?.template;
  }

  operationOf(method: string, path: string): Operation | undefined {
    const template = this.templateOf(path);
    const m = method === 'HEAD' ? 'GET' : method;
    return this.operations.find((o) => o.template === template && o.method === m);
  }

  /** Follows a local $ref (`#/components/...`), returning the object and its JSON pointer. */
  private deref(node: Json, pointer: string): [Json, string] {
    let n = node;
    let p = pointer;
    for (let i = 0; i < 10 && typeof n.$ref === 'string'; i++) {
      p = n.$ref.replace(/^#/, '');
      n = p.split('/').slice(1).reduce<Json>((acc, k) => acc?.[k.replaceAll('~1', '/').replaceAll('~0', '~')] as Json, this.doc);
      if (!n) throw new Error(`unresolvable $ref ${p}`);
    }
    return [n, p];
  }

  /** Checks status, content type and body against the operation the request matched. */
  checkResponse(op: Operation, status: number, contentType: string | null, body: string): ResponseVerdict {
    const problems: string[] = [];
    const opPointer = `/paths/${escapePointer(op.template)}/${op.method.toLowerCase()}`;
    const responses = (this.deref(this.doc, '')[0].paths as Record<string, Record<string, Json>>)[op.template]![op.method.toLowerCase()]!.responses as Record<string, Json> | undefined;
    const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => responses?.[k]);
    if (!key) {
      problems.push(`status ${status} is not documented for ${op.operationId} (documented: ${Object.keys(responses ?? {}).join(', ')})`);
      return { problems };
    }
    const [response, responsePointer] = this.deref(responses![key]!, `${opPointer}/responses/${escapePointer(key)}`);
    const content = response.content as Record<string, Json> | undefined;
    if (!content || Object.keys(content).length === 0) {
      if (body.length > 0) problems.push(`${op.operationId} ${status} documents no body, got ${body.length} bytes`);
      return { problems };
    }
    const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
    if (!content[mediaType]) {
      problems.push(`content-type ${contentType ?? '(none)'} is not documented for ${op.operationId} ${status} (documented: ${Object.keys(content).join(', ')})`);
      return { problems };
    }
    if (!content[mediaType]!.schema || !/json/.test(mediaType)) return { problems };
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      problems.push(`${op.operationId} ${status}: the body is not JSON: ${body.slice(0, 120)}`);
      return { problems };
    }
    const schemaRef = `${this.id}#${responsePointer}/content/${escapePointer(mediaType)}/schema`;
    let validate = this.validators.get(schemaRef);
    if (!validate) {
      validate = this.ajv.getSchema(schemaRef);
      if (!validate) throw new Error(`cannot compile ${schemaRef}`);
      this.validators.set(schemaRef, validate);
    }
    if (!validate(parsed)) {
      const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
      problems.push(`${op.operationId} ${status} body does not match the served schema: ${errors.join('; ')}`);
    }
    return { problems };
  }
}
