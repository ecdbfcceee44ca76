// What the aqs tests share: the config documents (aqs/config.yaml and each service's own
// config.yaml, pointed at the local stores), and each mounted service's samples.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { StorePorts } from '@aqs/servicelib/testing';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

const readYaml = (path: string) => parseYaml(readFileSync(path, 'utf8')) as Record<string, unknown>;

/** A config document pointed at stores on these ports (the local ones, or a proxy in front). */
function atStores(doc: Record<string, unknown>, stores: StorePorts): Record<string, unknown> {
  const out: Record<string, unknown> = { ...doc, cassandra: { ...(doc.cassandra as object), port: stores.cassandra } };
  if (doc.druid) out.druid = { ...(doc.druid as object), port: stores.druid };
  return out;
}

/** aqs/config.yaml, as make run uses it, against these stores. */
export const aqsConfig = (stores: StorePorts, extra: Record<string, unknown> = {}) => ({ ...atStores(readYaml(`${REPO}aqs/config.yaml`), stores), ...extra });

/** A service's own config.yaml, as make run starts it alone, against these stores. */
export const ownConfig = (service: string, stores: StorePorts) => atStores(readYaml(`${REPO}${service}/config.yaml`), stores);

/** operationId → a path answering 200 on the sample data, from <service>/test/samples.ts. */
export async function samplesOf(service: string): Promise<Record<string, string>> {
  const mod = (await import(`../../${service}/test/samples.js`)) as { SAMPLES: Record<string, string> };
  return mod.SAMPLES;
}
