// An AQS service as a descriptor: its routes (declared relative to base_uri), how it opens its
// dependencies, and its OpenAPI document; name, title, base URI, stores and examples come from its
// package.json. Alone it runs in the AQS preset app; a host that owns the
// app (the one-process aqs, the mount test) takes `mount` instead.
import { readFileSync } from 'node:fs';
import compose from 'koa-compose';
import type { Middleware } from 'koa';
import type { z } from 'zod';
import {
  buildOpenApi,
  declaredRoutes,
  docsPages,
  jsonDocument,
  type AnyRoute,
  type Host,
  type Opened,
  serviceConfigSchema,
  type ServiceConfig,
  type ServiceDescriptor,
} from '@aqs/servicelib';
import { openCassandraStore, type CassandraStore } from './cassandra-store.js';
import { respondAqs } from './headers.js';
import { aqsApp } from './preset.js';
import { aqsProblemExample } from './problem-examples.js';
import { aqsInvalidParams, aqsProblemSchema } from './problems.js';

/**
 * What a service's package.json says of it, besides name, version and description (the OpenAPI
 * description): the `aqs` block. Data, so that a service's descriptor is one call.
 */
export interface AqsManifest {
  name: string;
  version: string;
  description: string;
  aqs: {
    /** The OpenAPI document's title. */
    title: string;
    /** The config's default base_uri: the OpenAPI document's paths hang under it. */
    baseUri: string;
    stores: ServiceDescriptor['stores'];
    /** Paths worth a curl on the sample data (make run prints them). */
    examples?: string[];
    /** Other paths the REST gateway looks for the spec at (aqs2-notes §2.2). */
    specPaths?: string[];
  };
}

export interface AqsServiceDefinition<C extends ServiceConfig, D> {
  /** `import.meta.url` of a module in the service's dist/: package.json and openapi.json sit beside dist/. */
  module: string;
  routes: readonly AnyRoute<D>[];
  /** The config schema, from the defaults the manifest gives (serviceConfigSchema: the AQS keys alone). */
  config(defaults: { service_name: string; base_uri: string }): z.ZodType<C, unknown>;
  open(config: C, host: Host): Opened<D>;
  /** The longest one storage call may take (default: context_timeout); the request timeout follows it. */
  storageTimeoutMs?(config: C): number;
}

export interface AqsServiceDescriptor<C extends ServiceConfig = ServiceConfig, D = unknown> extends ServiceDescriptor<C, D> {
  routes: readonly AnyRoute<D>[];
  /** The base URI the declared paths hang under when the config does not say (the OpenAPI paths use it). */
  defaultBaseUri: string;
  /** The service's routes and api-spec as one middleware, for an app built by aqsApp. */
  mount(config: C, deps: D): Middleware;
}

/** Reads a JSON file that ships beside a service's dist/ (package.json, openapi.json). */
export function readPackageJson<T = Record<string, unknown>>(moduleUrl: string, file: string): T {
  return JSON.parse(readFileSync(new URL(`../${file}`, moduleUrl), 'utf8')) as T;
}

export function defineAqsService<C extends ServiceConfig, D>(def: AqsServiceDefinition<C, D>): AqsServiceDescriptor<C, D> {
  const manifest = readPackageJson<AqsManifest>(def.module, 'package.json');
  const { version, aqs } = manifest;
  const name = manifest.name.replace(/^@aqs\//, '');
  const defaultBaseUri = aqs.baseUri;
  const defaults = { service_name: name, base_uri: defaultBaseUri };
  const configSchema = def.config(defaults);
  const descriptor: AqsServiceDescriptor<C, D> = {
    name,
    version,
    configSchema,
    stores: aqs.stores,
    routes: def.routes,
    defaultBaseUri,
    examples: [...(aqs.examples ?? []), `/${name}/api-spec.json`, `/${name}/docs`],
    open: def.open,
    mount(config, deps) {
      const storageTimeoutMs = def.storageTimeoutMs?.(config) ?? config.context_timeout;
      return compose([
        jsonDocument([`/${name}/api-spec.json`, ...(aqs.specPaths ?? [])], readPackageJson(def.module, 'openapi.json')),
        docsPages(`/${name}/docs`, aqs.title, 'api-spec.json'),
        declaredRoutes({
          prefix: config.base_uri,
          routes: def.routes,
          deps,
          // A safety net behind the per-query deadline, which answers first.
          timeoutMs: storageTimeoutMs * 2 + 1000,
          invalidParams: aqsInvalidParams,
          respond: respondAqs,
        }),
      ]);
    },
    app: (config, deps, host) => aqsApp(host, { serviceName: config.service_name, version }, [descriptor.mount(config, deps)]),
    openApi: () =>
      buildOpenApi({
        info: {
          title: aqs.title,
          version,
          description: manifest.description,
          license: { name: 'Apache 2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0.html' },
        },
        routes: def.routes,
        prefix: defaultBaseUri,
        problemSchema: aqsProblemSchema,
        problemExample: aqsProblemExample,
      }),
  };
  return descriptor;
}

/** A Cassandra-backed AQS service: the AQS config keys, reads bounded by context_timeout. */
export const defineCassandraService = (module: string, routes: readonly AnyRoute<CassandraStore>[]) =>
  defineAqsService({ module, routes, config: serviceConfigSchema, open: openCassandraStore });
