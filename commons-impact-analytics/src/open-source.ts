// The one place that decides where the service reads: through the Data Gateway when
// `data_gateway_uri` is set (production), else directly from Cassandra with the same dataset
// declarations the gateway serves. Either way a read is bounded by context_timeout.
import { openCassandra, type Host, type Opened } from '@aqs/servicelib';
import type { CommonsConfig } from './config.js';
import { directSource } from './direct-source.js';
import { gatewaySource } from './gateway-source.js';
import type { CommonsSource } from './source.js';

export function openSource(config: CommonsConfig, host: Host): Opened<CommonsSource> {
  if (config.data_gateway_uri) {
    host.logger.info(`reading through the Data Gateway at ${config.data_gateway_uri}`);
    return { deps: gatewaySource(config.data_gateway_uri, config.context_timeout), close: async () => {} };
  }
  host.logger.info('reading Cassandra directly (data_gateway_uri is empty)');
  const cassandra = openCassandra(config, host);
  return { deps: directSource(cassandra.deps, config.context_timeout), close: cassandra.close };
}
