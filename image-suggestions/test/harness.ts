// The gateway in-process against the real local Cassandra (or a proxy in front of it), serving the
// built-in datasets as the local config does.
import { cassandraTestConfig, CASSANDRA_PORT, LOCAL_STORES, startInProcess } from '@aqs/servicelib/testing';
import service from '../src/service.js';

export const SEED_PATH = '/public/image_suggestions/suggestions/anwiki/3326';

export function gatewayConfig(over: Record<string, unknown> = {}, cassandraPort = CASSANDRA_PORT): Record<string, unknown> {
  return {
    datasets: ['image_suggestions', 'commons'],
    ...cassandraTestConfig({ ...LOCAL_STORES, cassandra: cassandraPort }),
    ...over,
  };
}

export const startGateway = (over: Record<string, unknown> = {}) => startInProcess(service, gatewayConfig(over));
