// Service configuration: YAML with the Go services' keys (spec kask-gateway-servicelib.md §B.2, §D.1),
// validated by zod so that a bad file names the bad key. Unknown keys are ignored, as Go's yaml
// decoder ignores them, so existing deploy values keep working.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export const LOG_LEVELS = ['debug', 'info', 'warning', 'error', 'fatal'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const CONSISTENCY_LEVELS = [
  'any', 'one', 'two', 'three', 'quorum', 'all', 'localquorum', 'eachquorum', 'localone',
] as const;
export type ConsistencyName = (typeof CONSISTENCY_LEVELS)[number];

/** A case-insensitive choice among names, lower-cased on the way in (Go accepts `QuOruM`). */
function caseInsensitiveEnum<T extends readonly [string, ...string[]]>(values: T, message: string, normalize = (v: string) => v.toLowerCase()) {
  return z
    .string()
    .transform(normalize)
    .refine((v): v is T[number] => (values as readonly string[]).includes(v), {
      error: (issue) => `${message}: ${String(issue.input)}`,
    }) as unknown as z.ZodType<T[number], string>;
}

export const logLevelSchema = caseInsensitiveEnum(LOG_LEVELS, 'Unsupported log level');
// `localQuorum` (the Go services' spelling) and `LOCAL_QUORUM` (CQL's and gocql's) both name one level.
export const consistencySchema = caseInsensitiveEnum(CONSISTENCY_LEVELS, 'Unsupported consistency level', (v) =>
  v.toLowerCase().replaceAll('_', ''),
);

/** `base_uri` always starts with `/` (Go prepends one when it is missing). */
export const baseUriSchema = (fallback: string) =>
  z.string().default(fallback).transform((v) => (v.startsWith('/') ? v : `/${v}`));

const nonEmptyPath = z.string().min(1);

export const cassandraConfigSchema = z.object({
  hosts: z.array(z.string().min(1)).min(1).default(['localhost']),
  port: z.number().int().min(1).max(65535).default(9042),
  consistency: consistencySchema.default('quorum'),
  local_dc: z.string().default(''),
  authentication: z
    .object({ username: z.string().default(''), password: z.string().default('') })
    .prefault({}),
  tls: z
    .object({ ca: z.string().default(''), cert: z.string().default(''), key: z.string().default('') })
    .prefault({})
    .refine((t) => !t.cert === !t.key, { error: 'cert and key must be set together' }),
});
export type CassandraConfig = z.infer<typeof cassandraConfigSchema>;

/** The keys every service shares. Services extend it with their own. */
export function serviceConfigSchema(defaults: { service_name: string; base_uri: string; listen_port?: number }) {
  return z.object({
    service_name: z.string().min(1).default(defaults.service_name),
    base_uri: baseUriSchema(defaults.base_uri),
    listen_address: z.string().min(1).default('localhost'),
    listen_port: z.number().int().min(0).max(65535).default(defaults.listen_port ?? 8080),
    log_level: logLevelSchema.default('info'),
    /** Milliseconds allowed for one storage query (Go default 40). */
    context_timeout: z.number().int().positive().default(40),
    cassandra: cassandraConfigSchema.prefault({}),
  });
}
export type ServiceConfig = z.infer<ReturnType<typeof serviceConfigSchema>>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** One line per problem, each naming the key: `cassandra.port: expected number, received string`. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(root)'}: ${i.message}`)
    .join('\n');
}

/** Validate an already-parsed document; throws ConfigError naming every bad key. */
export function parseConfig<S extends z.ZodType>(schema: S, doc: unknown, source = 'config'): z.infer<S> {
  const result = schema.safeParse(doc ?? {});
  if (!result.success) throw new ConfigError(`${source}: invalid configuration\n${describeIssues(result.error.issues)}`);
  return result.data;
}

/** `--config PATH` or `--config=PATH` from argv, else `./config.yaml`. */
export function configPathFromArgs(argv: readonly string[]): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--config' || arg === '-config') {
      const next = argv[i + 1];
      if (!next) throw new ConfigError(`${arg} needs a file path`);
      return next;
    }
    if (arg.startsWith('--config=')) return arg.slice('--config='.length);
  }
  return './config.yaml';
}

const CONFIG_FILE = Symbol('config file');

/** The file a config was read from (readConfigFile), for keys that name files relative to it. */
export function configFileOf(config: object): string | undefined {
  return (config as { [CONFIG_FILE]?: string })[CONFIG_FILE];
}

/** Records that `config` was read from `path` (a host that reads a service's config out of its own file). */
export function setConfigFile(config: object, path: string): void {
  Object.defineProperty(config, CONFIG_FILE, { value: path, enumerable: false, configurable: true });
}

/**
 * A YAML file's document; `fail` makes the error to throw (its message says what went wrong with
 * which file: `cannot read <what> (ENOENT)`, `not valid YAML: …`).
 */
export function readYamlFile(path: string, what: string, fail: (message: string) => Error): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw fail(`${path}: cannot read ${what} (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  try {
    return parseYaml(text);
  } catch (err) {
    throw fail(`${path}: not valid YAML: ${(err as Error).message}`);
  }
}

export function readConfigFile<S extends z.ZodType>(schema: S, path: string): z.infer<S> {
  const doc = readYamlFile(path, 'configuration file', (message) => new ConfigError(message));
  const config = parseConfig(schema, doc, path);
  if (config && typeof config === 'object') setConfigFile(config, path);
  return config;
}

export interface EnvOverrideResult {
  /** What happened, for the caller to log once the logger exists. */
  notes: { level: 'info' | 'warning'; message: string }[];
}

/**
 * CASSANDRA_USERNAME and CASSANDRA_PASSWORD override the file when both are set, as in the Go
 * gateway (spec §B.2.2); one without the other keeps the file's values and says so, and so does an
 * empty username (in Go both set to empty strings disabled authentication without a word).
 */
export function applyCassandraEnv(
  cassandra: Pick<CassandraConfig, 'authentication'>,
  env: NodeJS.ProcessEnv = process.env,
): EnvOverrideResult {
  const user = env.CASSANDRA_USERNAME;
  const pass = env.CASSANDRA_PASSWORD;
  if (user !== undefined && pass !== undefined) {
    // Go's gateway took two empty values as credentials, which silently turned authentication off.
    if (user === '')
      return { notes: [{ level: 'warning', message: 'CASSANDRA_USERNAME env var provided but empty, using values from configuration file.' }] };
    cassandra.authentication = { username: user, password: pass };
    return { notes: [{ level: 'info', message: 'Cassandra login credentials configured from environment' }] };
  }
  if (user !== undefined)
    return { notes: [{ level: 'warning', message: 'CASSANDRA_USERNAME env var provided but CASSANDRA_PASSWORD unset, using values from configuration file.' }] };
  if (pass !== undefined)
    return { notes: [{ level: 'warning', message: 'CASSANDRA_PASSWORD env var provided but CASSANDRA_USERNAME unset, using values from configuration file.' }] };
  return { notes: [] };
}
