// The gateway in-process against the real local Cassandra (or a proxy in front of it), serving the
// built-in datasets as the local config does.
import { CASSANDRA_PORT, startInProcess } from '@aqs/servicelib/testing';
import service from '../src/service.js';

export const SEED_PATH = '/public/image_suggestions/suggestions/anwiki/3326';

export function gatewayConfig(over: Record<string, unknown> = {}, cassandraPort = CASSANDRA_PORT): Record<string, unknown> {
  return {
    datasets: ['image_suggestions', 'commons'],
    context_timeout: 2000,
    cassandra: { hosts: ['127.0.0.1'], port: cassandraPort, consistency: 'one', local_dc: 'datacenter1' },
    ...over,
  };
}

export const startGateway = (over: Record<string, unknown> = {}) => startInProcess(service, gatewayConfig(over));
