// The start-up every service shares: `node <service>/dist/main.js --config FILE` (default
// ./config.yaml). Reads and validates the config (a bad one exits 2 naming the key), builds the
// logger, applies CASSANDRA_USERNAME/PASSWORD, opens the service's dependencies, listens, and on
// SIGTERM drains, closes the pool and exits 0.
import { applyCassandraEnv, ConfigError, configPathFromArgs, readConfigFile } from './config.js';
import type { Host, RunnableConfig, ServiceDescriptor } from './descriptor.js';
import { createLogger, type Logger } from './logger.js';
import { createRegistry } from './metrics.js';
import { exitOnSignals, listen, type RunningServer } from './server.js';

/** Builds a service in this process from a parsed config and listens: what main and tests share. */
export async function startService<C extends RunnableConfig, D>(
  service: ServiceDescriptor<C, D>,
  config: C,
  host: Host,
  listenAt: { address: string; port: number } = { address: config.listen_address, port: config.listen_port },
): Promise<RunningServer & { deps: D; scheme: 'http' | 'https' }> {
  const opened = service.open(config, host);
  try {
    const app = service.app(config, opened.deps, host);
    const tls = service.tls?.(config);
    const running = await listen(app, listenAt.address, listenAt.port, [() => opened.close()], undefined, tls);
    return Object.assign(running, { deps: opened.deps, scheme: tls ? ('https' as const) : ('http' as const) });
  } catch (err) {
    await opened.close();
    throw err;
  }
}

function readConfigOrExit<C extends RunnableConfig>(service: ServiceDescriptor<C, unknown>, argv: readonly string[]): C {
  try {
    return readConfigFile(service.configSchema, configPathFromArgs(argv));
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
}

function applyEnvironment(config: RunnableConfig, logger: Logger): void {
  for (const note of applyCassandraEnv(config.cassandra).notes) {
    if (note.level === 'warning') logger.warn(note.message);
    else logger.info(note.message);
  }
}

export async function main<C extends RunnableConfig, D>(service: ServiceDescriptor<C, D>, argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const config = readConfigOrExit(service, argv);
  const logger = createLogger(config.service_name, config.log_level);
  applyEnvironment(config, logger);
  try {
    const running = await startService(service, config, { logger, registry: createRegistry(), shared: {} });
    exitOnSignals(running, logger);
    logger.info(`${config.service_name} listening on ${running.scheme}://${config.listen_address}:${running.port}${config.base_uri}`);
  } catch (err) {
    logger.fatal({ err }, `${config.service_name} failed to start: ${(err as Error).message}`);
    logger.flush();
    process.exitCode = 1;
    setImmediate(() => process.exit(1));
  }
}
