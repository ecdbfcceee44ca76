// The gateway's configuration: the Go gateway's keys and defaults (spec §B.2.1; service_name now
// defaults to image-suggestions, not the scaffold's name), plus what the Go service lacked: the
// datasets the process serves, a query timeout (context_timeout, milliseconds, named as in the AQS
// services, since Go's gateway had no key and gocql's 11 s applied), and HTTPS with client
// certificates for the private routes (Kask's keys, servicelib's tls.ts).
import { checkListenerTls, listenerTlsKeys, serviceConfigSchema } from '@aqs/servicelib';
import { z } from 'zod';

export const SERVICE_NAME = 'image-suggestions';

export const configSchema = serviceConfigSchema({ service_name: SERVICE_NAME, base_uri: '' })
  .extend({
    /** The whole read, every page included, within this many ms, else a 503. */
    context_timeout: z.number().int().positive().default(5000),
    /** Built-in dataset names (image_suggestions, commons) or declaration files relative to the config file. */
    datasets: z.array(z.string().min(1)).min(1).default(['image_suggestions']),
    ...listenerTlsKeys,
  })
  .superRefine((c, ctx) => checkListenerTls(c, ctx, 'image-suggestions'));

export type GatewayConfig = z.infer<typeof configSchema>;
