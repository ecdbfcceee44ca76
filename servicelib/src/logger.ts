// One JSON object per line in the ECS shape of servicelib-golang (spec kask-gateway-servicelib.md §C.1.2):
// {"@timestamp","message","log":{"level"},"service":{"name"},"ecs":{"version"}}, plus client and trace
// on request-scoped lines.
import { pino, type Logger, type DestinationStream } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger } from 'pino';

const PINO_LEVEL: Record<LogLevel, string> = {
  debug: 'debug', info: 'info', warning: 'warn', error: 'error', fatal: 'fatal',
};
const ECS_LEVEL: Record<string, string> = {
  trace: 'DEBUG', debug: 'DEBUG', info: 'INFO', warn: 'WARNING', error: 'ERROR', fatal: 'FATAL',
};

export function createLogger(serviceName: string, level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level: PINO_LEVEL[level],
      messageKey: 'message',
      errorKey: 'error',
      base: { service: { name: serviceName }, ecs: { version: '1.11.0' } },
      timestamp: () => `,"@timestamp":"${new Date().toISOString()}"`,
      formatters: { level: (label) => ({ log: { level: ECS_LEVEL[label] ?? label.toUpperCase() } }) },
    },
    destination ?? pino.destination({ fd: 1, sync: false }),
  );
}

/** A child logger for one request: client ip/port (port a string, as in Go) and the request id as trace.id. */
export function requestLogger(
  logger: Logger,
  remoteAddress: string | undefined,
  remotePort: number | undefined,
  requestId: string | undefined,
): Logger {
  const bindings: Record<string, unknown> = {
    client: { ip: remoteAddress ?? '', port: remotePort === undefined ? '' : String(remotePort) },
  };
  if (requestId) bindings.trace = { id: requestId };
  return logger.child(bindings);
}
