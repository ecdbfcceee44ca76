// After test-env/cassandra/start.sh (and test-env/druid/start.sh unless DRUID=0): create every
// keyspace and table, load each sample for today's window unless it is already there (a stale one
// is replaced; `--reload` writes it again), ingest the Druid sample and record its datasource in aqs.config. Prints progress throughout.
import { fileURLToPath } from 'node:url';
import cassandra from 'cassandra-driver';
import { applySchemaDir } from './cql.js';
import { UNIQUE_DEVICES_SAMPLE } from './sample-unique-devices.js';
import { loadDruidSample, retireOtherSamples } from './druid-load.js';
import { PAGEVIEWS_SAMPLE } from './sample-pageviews.js';
import { DRUID_DATASOURCE_PARAM } from './sample-mediawiki-history.js';
import { loadWindowedSample } from './windowed-sample.js';
import { GEO_SAMPLE } from './sample-geoeditors.js';
import { MEDIA_SAMPLE } from './sample-mediarequests.js';
import { COMMONS_SAMPLE } from './sample-commons.js';
import { IMAGE_SUGGESTIONS_SAMPLE } from './sample-image-suggestions.js';

const dataRoot = fileURLToPath(new URL('../.data/druid', import.meta.url));
const withDruid = process.env.DRUID !== '0';

const log = (msg: string) => process.stdout.write(`test-env: ${msg}\n`);
const schemaDir = fileURLToPath(new URL('../schema', import.meta.url));

async function main() {
  const reload = process.argv.includes('--reload');
  const client = new cassandra.Client({
    contactPoints: [process.env.CASSANDRA_HOST ?? '127.0.0.1'],
    localDataCenter: 'datacenter1',
    protocolOptions: { port: Number(process.env.CASSANDRA_PORT ?? 9042) },
    socketOptions: { readTimeout: 30000 },
  });
  try {
    await client.connect();
    await applySchemaDir(client, schemaDir, log);
    await loadWindowedSample(client, UNIQUE_DEVICES_SAMPLE, { reload, log });
    await loadWindowedSample(client, PAGEVIEWS_SAMPLE, { reload, log });
    await loadWindowedSample(client, GEO_SAMPLE, { reload, log });
    await loadWindowedSample(client, MEDIA_SAMPLE, { reload, log });
    await loadWindowedSample(client, COMMONS_SAMPLE, { reload, log });
    await loadWindowedSample(client, IMAGE_SUGGESTIONS_SAMPLE, { reload, log });
    if (withDruid) {
      const snapshot = await loadDruidSample({ dataRoot, reload });
      await client.execute('INSERT INTO aqs.config (param, value) VALUES (?, ?)', [DRUID_DATASOURCE_PARAM, snapshot], { prepare: true });
      log(`aqs.config: ${DRUID_DATASOURCE_PARAM} = ${snapshot}`);
      await retireOtherSamples({ dataRoot, current: snapshot });
    }
  } finally {
    await client.shutdown();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`test-env: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
