// Starts a service in this process from a config document, on a free loopback port, the way main
// does (descriptor, config schema, open, app, listen), with a logger that keeps its lines.
import { startService } from '../main.js';
import type { Host, RunnableConfig, ServiceDescriptor } from '../descriptor.js';
import { createRegistry } from '../metrics.js';
import { parseConfig } from '../config.js';
import { memoryLogger } from './logs.js';
import { getJson } from './http.js';

export async function startInProcess<C extends RunnableConfig, D>(service: ServiceDescriptor<C, D>, doc: Record<string, unknown>, host?: Partial<Host>) {
  const config = parseConfig(service.configSchema, { listen_address: '127.0.0.1', listen_port: 0, ...doc });
  const log = memoryLogger(service.name, 'debug');
  const running = await startService(service, config, { logger: log.logger, registry: createRegistry(), shared: {}, ...host }, { address: '127.0.0.1', port: 0 });
  const origin = `${running.scheme}://127.0.0.1:${running.port}`;
  return { ...running, config, origin, logs: log.lines, get: (path: string, init?: RequestInit) => getJson(origin + path, init) };
}
