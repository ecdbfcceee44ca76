// test-env/docker-compose-qa.yml, for QA engineers with Docker: Cassandra, Druid and every service
// image, each built from its own Dockerfile, on the ports of design.md (the host port is the one the
// service's config.yaml listens on, 8080 inside the container), each with its config mounted. The
// file and the configs it mounts (test-env/qa-config/<service>.yaml: the service's config.yaml with
// the container's addresses) are generated from the service list, so a new service cannot be
// forgotten: `make dockerfiles` writes them, test-env/test/compose-qa.test.ts fails when stale.
// Usage: node test-env/dist/compose-qa.js [--check]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { REPO, serviceDirs } from './dockerfiles.js';

export const COMPOSE_FILE = 'test-env/docker-compose-qa.yml';
export const QA_CONFIG_DIR = 'test-env/qa-config';
const DRUID_IMAGE = 'apache/druid:33.0.0';

type Doc = Record<string, unknown>;
const readConfig = (service: string, repo: string) => parseYaml(readFileSync(join(repo, service, 'config.yaml'), 'utf8')) as Doc;

/** The port each service's config.yaml listens on (design.md §1). */
export function servicePorts(repo = REPO): Map<string, number> {
  return new Map(serviceDirs(repo).map((s) => [s, Number(readConfig(s, repo).listen_port)]));
}

/**
 * A service's config inside the compose network: it listens on 0.0.0.0:8080, reaches Cassandra at
 * `cassandra`, the Druid broker at `druid-broker`, and another service (commons → the Data Gateway)
 * by its name on 8080 instead of localhost:<its port>.
 */
export function qaConfig(service: string, repo = REPO): Doc {
  const byPort = new Map([...servicePorts(repo)].map(([s, p]) => [p, s]));
  const local = /\b(?:localhost|127\.0\.0\.1):(\d+)/g;
  const rewrite = (v: unknown): unknown => {
    if (typeof v === 'string') return v.replace(local, (m, port: string) => (byPort.has(Number(port)) ? `${byPort.get(Number(port))}:8080` : m));
    if (Array.isArray(v)) return v.map(rewrite);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rewrite(x)]));
    return v;
  };
  const doc = rewrite(readConfig(service, repo)) as Doc;
  doc.listen_address = '0.0.0.0';
  doc.listen_port = 8080;
  if (doc.cassandra) doc.cassandra = { ...(doc.cassandra as Doc), hosts: ['cassandra'], port: 9042 };
  if (doc.druid) doc.druid = { ...(doc.druid as Doc), host: 'druid-broker', port: 8082 };
  return doc;
}

const druidEnv = {
  DRUID_XMX: '512m',
  DRUID_XMS: '512m',
  DRUID_MAXDIRECTMEMORYSIZE: '400m',
  druid_zk_service_host: 'druid-zookeeper',
  druid_metadata_storage_type: 'derby',
  druid_metadata_storage_connector_connectURI: 'jdbc:derby://druid-coordinator:1527/var/druid/metadata.db;create=true',
  druid_storage_type: 'local',
  druid_storage_storageDirectory: '/opt/shared/segments',
  druid_indexer_logs_directory: '/opt/shared/indexing-logs',
  druid_coordinator_asOverlord_enabled: 'true',
  druid_coordinator_asOverlord_overlordService: 'druid/overlord',
  druid_processing_numThreads: '2',
  druid_processing_buffer_sizeBytes: '50000000',
  druid_worker_capacity: '2',
};
/** One Druid process of the cluster Druid's own compose file describes, on the local port of design.md §1. */
const druidNode = (command: string, hostPort: number, port: number, extra: Doc = {}) => ({
  image: DRUID_IMAGE,
  command,
  environment: druidEnv,
  volumes: ['druid-shared:/opt/shared', ...((extra.volumes as string[]) ?? [])],
  ports: [`${hostPort}:${port}`],
  depends_on: ['druid-zookeeper', ...(command === 'coordinator' ? [] : ['druid-coordinator'])],
});

export function composeDocument(repo = REPO): Doc {
  const services: Doc = {
    cassandra: {
      image: 'cassandra:5.0',
      ports: ['9042:9042'],
      environment: { MAX_HEAP_SIZE: '1G', HEAP_NEWSIZE: '200M', CASSANDRA_DC: 'datacenter1' },
      healthcheck: { test: ['CMD', 'cqlsh', '-e', 'describe keyspaces'], interval: '10s', retries: 30 },
    },
    'druid-zookeeper': { image: 'zookeeper:3.8', ports: ['2181:2181'], environment: { ZOO_MY_ID: '1' } },
    'druid-coordinator': druidNode('coordinator', 18081, 8081),
    'druid-broker': druidNode('broker', 18082, 8082),
    'druid-historical': druidNode('historical', 18083, 8083),
    // The sample ingestion reads files make env-up writes on the host: the indexer sees them at the same path.
    'druid-indexer': druidNode('middleManager', 18091, 8091, { volumes: ['${AQS_REPO:?set AQS_REPO=$PWD, the repository root}/test-env/.data/druid:${AQS_REPO}/test-env/.data/druid'] }),
    'druid-router': druidNode('router', 8888, 8888),
  };
  for (const [service, port] of servicePorts(repo)) {
    const druid = readConfig(service, repo).druid !== undefined;
    services[service] = {
      build: {
        context: '..',
        dockerfile: `${service}/Dockerfile`,
        args: { BUILD_DATE: '${BUILD_DATE:-}', BUILD_HOST: '${BUILD_HOST:-}' },
      },
      image: `${service}:\${IMAGE_TAG:-qa}`,
      ports: [`${port}:8080`],
      volumes: [`./qa-config/${service}.yaml:/srv/config.yaml:ro`],
      depends_on: { cassandra: { condition: 'service_healthy' }, ...(druid ? { 'druid-broker': { condition: 'service_started' } } : {}) },
      restart: 'on-failure',
    };
  }
  return { name: 'aqs-qa', services, volumes: { 'druid-shared': {} } };
}

const HEADER = `# QA environment for people with Docker: Cassandra, Druid and every service image on the ports of
# design.md (aqs 8080, Kask 8081, 8090-8097), each built from its own Dockerfile, with its config
# mounted (qa-config/<service>.yaml). GENERATED by \`make dockerfiles\` from the service list
# (test-env/src/compose-qa.ts); a test fails when it is stale, so edit the generator, not this file.
#
#   export AQS_REPO=$PWD BUILD_DATE=$(date -u +%Y-%m-%dT%H:%M:%SZ) BUILD_HOST=$(hostname)
#   export IMAGE_TAG=$(make -s image-tag)
#   docker compose -f test-env/docker-compose-qa.yml up -d --build
#   make build && node test-env/dist/env-up.js      # schema and sample data into the containers
#   make qa                                         # the black-box suite against them
`;

/** The files this generator owns, path → text. */
export function composeFiles(repo = REPO): Map<string, string> {
  const files = new Map<string, string>([[COMPOSE_FILE, HEADER + toYaml(composeDocument(repo), { lineWidth: 0, aliasDuplicateObjects: false })]]);
  for (const service of serviceDirs(repo)) {
    files.set(`${QA_CONFIG_DIR}/${service}.yaml`, `# ${service} in the QA compose network (generated from ${service}/config.yaml by make dockerfiles)\n${toYaml(qaConfig(service, repo), { lineWidth: 0 })}`);
  }
  return files;
}

/** Files that differ from what the generator writes, or that it would no longer write. */
export function staleComposeFiles(repo = REPO): string[] {
  const files = composeFiles(repo);
  const stale = [...files].filter(([path, text]) => !existsSync(join(repo, path)) || readFileSync(join(repo, path), 'utf8') !== text).map(([p]) => p);
  const dir = join(repo, QA_CONFIG_DIR);
  const extra = existsSync(dir) ? readdirSync(dir).map((f) => `${QA_CONFIG_DIR}/${f}`).filter((p) => !files.has(p)) : [];
  return [...stale, ...extra];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const stale = staleComposeFiles();
    if (stale.length) {
      console.error(`stale QA compose files (run make dockerfiles): ${stale.join(', ')}`);
      process.exit(1);
    }
  } else {
    rmSync(join(REPO, QA_CONFIG_DIR), { recursive: true, force: true });
    mkdirSync(join(REPO, QA_CONFIG_DIR), { recursive: true });
    for (const [path, text] of composeFiles()) writeFileSync(join(REPO, path), text);
    console.log(`compose: ${COMPOSE_FILE}, ${QA_CONFIG_DIR}/ (${serviceDirs().join(', ')})`);
  }
}
