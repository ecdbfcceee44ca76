// The gateway's OpenAPI 3.1 document, generated from the datasets it serves (the Go gateway's
// /openapi documented only /healthz, §B.7): one GET per dataset with its typed path parameters and
// a schema per row, the private routes marked as needing a client certificate (mutualTLS), and
// /healthz. The committed openapi.json is the document of the built-in datasets.
import { datasetDocument, type DatasetDeclaration } from '@aqs/servicelib';
import { z } from 'zod';
import { isPrivate } from './datasets.js';
import { problemSchema } from './problems.js';

export const API_TITLE = 'Data Gateway (image-suggestions)';

const toJsonSchema = (s: z.ZodType) => {
  const out = z.toJSONSchema(s, { target: 'draft-2020-12' }) as Record<string, unknown>;
  delete out.$schema;
  return out;
};

/** `mounted`: inside another process (the one-process aqs), whose /healthz is the process's, not the gateway's. */
export function gatewayOpenApi(datasets: readonly DatasetDeclaration[], info: { version: string; description: string }, mounted = false) {
  const { paths, schemas } = datasetDocument(datasets, {
    problemRef: '#/components/schemas/Problem',
    moreResponses: (d): Record<string, string> =>
      isPrivate(d) ? { '401': 'No client certificate, or one the service does not accept (when a client CA is configured).' } : {},
  });
  for (const d of datasets) {
    if (!isPrivate(d)) continue;
    const op = (paths[d.route] as { get: Record<string, unknown> }).get;
    op.security = [{ clientCertificate: [] }];
  }
  return {
    openapi: '3.1.0',
    info: { title: API_TITLE, version: info.version, description: info.description, license: { name: 'Apache 2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0.html' } },
    paths: {
      ...paths,
      ...(mounted ? {} : { '/healthz': {
        get: {
          operationId: 'healthz',
          summary: 'Establishes service readiness (does not check Cassandra)',
          tags: ['system'],
          responses: { '200': { description: 'Build metadata', content: { 'application/json': { schema: { $ref: '#/components/schemas/Healthz' } } } } },
        },
      } }),
    },
    components: {
      schemas: {
        Problem: toJsonSchema(problemSchema),
        Healthz: {
          type: 'object',
          properties: { version: { type: 'string' }, build_date: { type: 'string' }, build_host: { type: 'string' }, go_version: { type: 'string' } },
          required: ['version', 'build_date', 'build_host', 'go_version'],
        },
        ...schemas,
      },
      securitySchemes: {
        clientCertificate: { type: 'mutualTLS', description: 'A client certificate signed by the CA in tls.client_ca (and, when set, a subject CN in authorized_clients).' },
      },
    },
  };
}
