// The gateway's RFC 7807 body, in the seed's shape and order: {status, type, title, detail}
// (seeds/data-gateway.txt), served as application/problem+json.
import { statusText, type ProblemRenderer } from '@aqs/servicelib';
import { z } from 'zod';

export const renderGatewayProblem: ProblemRenderer = (p) => ({
  status: p.status,
  type: p.type ?? 'about:blank',
  title: p.title ?? statusText(p.status),
  detail: p.detail,
});

/** The body as the OpenAPI document describes it. */
export const problemSchema = z.object({
  status: z.number().int(),
  type: z.string(),
  title: z.string(),
  detail: z.string(),
});

export const NOT_AUTHORIZED = {
  status: 401,
  detail: 'This route needs a client certificate signed by the configured client CA, with an authorized subject.',
};
