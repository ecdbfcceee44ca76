import { expect } from 'chai';
import { requestLogger } from '../src/logger.js';
import { memoryLogger } from './helpers.js';

describe('ECS logger (spec §C.1.2)', () => {
  it('writes one JSON object per line with @timestamp, message, log.level, service.name and ecs.version', () => {
    const { logger, lines } = memoryLogger('logtest', 'debug');
    logger.debug('d');
    logger.info('hi');
    logger.warn('w');
    logger.error('e');
    logger.fatal('f');
    const out = lines();
    expect(out.map((l) => (l.log as { level: string }).level)).to.deep.equal(['DEBUG', 'INFO', 'WARNING', 'ERROR', 'FATAL']);
    expect(out[1]).to.deep.include({ message: 'hi', service: { name: 'logtest' }, ecs: { version: '1.11.0' } });
    expect(Date.parse(out[1]!['@timestamp'] as string)).to.be.a('number').and.not.NaN;
  });
  it('drops messages below the level', () => {
    const { logger, lines } = memoryLogger('logtest', 'info');
    logger.debug('hidden');
    logger.info('shown');
    expect(lines().map((l) => l.message)).to.deep.equal(['shown']);
  });
  it('adds client ip, port (a string) and trace.id on request-scoped lines', () => {
    const { logger, lines } = memoryLogger('logtest');
    requestLogger(logger, '127.0.0.1', 54321, 'req-1').info('scoped');
    expect(lines()[0]).to.deep.include({ client: { ip: '127.0.0.1', port: '54321' }, trace: { id: 'req-1' } });
  });
});
