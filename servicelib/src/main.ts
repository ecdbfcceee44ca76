// The start-up every service shares: read `--config PATH` (default ./config.yaml), validate it, build
// the logger, apply the environment, start the service, listen, and shut down cleanly on SIGTERM.
// A bad config file exits 2 with a message that names the key.
import type { ServerOptions as TlsServerOptions } from 'node:https';
import type Koa from 'koa';
import type { z } from 'zod';
import { applyCassandraEnv, ConfigError, configPathFromArgs, readConfigFile, type CassandraConfig, type LogLevel } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { exitOnSignals, listen } from './server.js';

export interface StartedService {
  app: Koa;
  /** Run after the HTTP server has drained (close the Cassandra pool, …). */
  closers: (() => Promise<unknown>)[];
  /** Serve HTTPS only, with these settings (Kask with tls.cert and tls.key). */
  tls?: TlsServerOptions;
}

/** What runService reads from a service's configuration; each service's schema has more. */
export interface RunnableConfig {
  service_name: string;
  base_uri: string;
  listen_address: string;
  listen_port: number;
  log_level: LogLevel;
  cassandra: Pick<CassandraConfig, 'authentication'>;
}

export async function runService<S extends z.ZodType<RunnableConfig>>(opts: {
  schema: S;
  argv?: readonly string[];
  start: (config: z.infer<S>, logger: Logger) => Promise<StartedService> | StartedService;
}): Promise<void> {
  let config: z.infer<S>;
  try {
    config = readConfigFile(opts.schema, configPathFromArgs(opts.argv ?? process.argv.slice(2)));
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.service_name, config.log_level);
  for (const note of applyCassandraEnv(config.cassandra).notes) {
    if (note.level === 'warning') logger.warn(note.message);
    else logger.info(note.message);
  }
  try {
    const { app, closers, tls } = await opts.start(config, logger);
    const running = await listen(app, config.listen_address, config.listen_port, closers, undefined, tls);
    exitOnSignals(running, logger);
    const scheme = tls ? 'https' : 'http';
    logger.info(`${config.service_name} listening on ${scheme}://${config.listen_address}:${running.port}${config.base_uri}`);
  } catch (err) {
    logger.fatal({ err }, `${config.service_name} failed to start: ${(err as Error).message}`);
    logger.flush();
    process.exitCode = 1;
    setImmediate(() => process.exit(1));
  }
}
