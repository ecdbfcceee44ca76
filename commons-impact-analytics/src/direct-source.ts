// PLACEHOLDER until the servicelib datasets engine lands (issue 11).
import type { CassandraClient } from '@aqs/servicelib';
import { HttpProblem } from '@aqs/servicelib';
import type { CommonsSource } from './source.js';

export function directSource(_client: CassandraClient, _timeoutMs: number): CommonsSource {
  return {
    read: async () => {
      throw new HttpProblem({ status: 503, detail: 'direct reads are not available yet' });
    },
  };
}
