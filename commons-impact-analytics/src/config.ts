// The config keys of the AQS services plus the one commons-impact-analytics has had since it reads
// through the Data Gateway (aqs2-notes §1.1): `data_gateway_uri`, e.g.
// `http://127.0.0.1:6038/public/commons` in production. Empty: read Cassandra directly.
import { serviceConfigSchema } from '@aqs/servicelib';
import { z } from 'zod';

const gatewayUri = z
  .string()
  .default('')
  .refine((v) => v === '' || URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), {
    error: (issue) => `not an http(s) URL: ${String(issue.input)}`,
  });

export const commonsConfigSchema = (defaults: { service_name: string; base_uri: string }) =>
  serviceConfigSchema(defaults).extend({ data_gateway_uri: gatewayUri });

export type CommonsConfig = z.infer<ReturnType<typeof commonsConfigSchema>>;
