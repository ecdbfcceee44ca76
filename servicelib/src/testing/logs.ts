// A logger that keeps its lines in memory, parsed, for tests that assert what a service logs.
import { Writable } from 'node:stream';
import type { LogLevel } from '../config.js';
import { createLogger, type Logger } from '../logger.js';

export function memoryLogger(name = 'test', level: LogLevel = 'info'): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return {
    logger: createLogger(name, level, sink),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

/** A logger that drops every line, for services started by tests that do not look at logs. */
export function silentLogger(name = 'test'): Logger {
  return createLogger(name, 'fatal', new Writable({ write: (_chunk, _enc, done) => done() }));
}
