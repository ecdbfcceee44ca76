// Reading Cassandra directly (data_gateway_uri empty), as the service did before the Data Gateway
// (aqs2-notes §1.1): the same dataset declarations the gateway serves (aqsassist's commons.yaml)
// through servicelib's datasetReader, so the queries, the parameter checks (a 400 in the reader's
// words) and the row encoding are the gateway's own, and a cluster down or slower than
// context_timeout is the 503.
import { COMMONS_DATASETS_FILE } from '@aqs/aqsassist';
import { datasetReader, loadDatasetFile, type CassandraClient, type DatasetDeclaration } from '@aqs/servicelib';
import type { CommonsSource } from './source.js';

export function directSource(client: CassandraClient, timeoutMs: number): CommonsSource {
  const byTable = new Map<string, DatasetDeclaration>(loadDatasetFile(COMMONS_DATASETS_FILE).map((d) => [d.table, d]));
  const reader = datasetReader(client, { timeoutMs });
  return {
    read(table, params) {
      const dataset = byTable.get(table);
      if (!dataset) throw new Error(`${COMMONS_DATASETS_FILE} declares no dataset for table ${table}`);
      return reader.read(dataset, Object.fromEntries(params));
    },
  };
}
