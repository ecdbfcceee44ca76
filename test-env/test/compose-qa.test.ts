// The QA compose file, checked without Docker: generated from the service list (not stale), every
// service has an entry built from its own Dockerfile with its config mounted, on the port its
// config.yaml listens on (design.md §1); the image tag script and the build arguments agree.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { COMPOSE_FILE, servicePorts, staleComposeFiles } from '../src/compose-qa.js';
import { REPO, serviceDirs } from '../src/dockerfiles.js';

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string; args?: Record<string, string> };
  ports?: string[];
  volumes?: string[];
}
const compose = parseYaml(readFileSync(join(REPO, COMPOSE_FILE), 'utf8')) as { services: Record<string, ComposeService> };
const composeDir = join(REPO, 'test-env');

describe('test-env/docker-compose-qa.yml', () => {
  it('is what the generator writes from the service list (make dockerfiles)', () => {
    expect(staleComposeFiles()).to.deep.equal([]);
  });

  it('has Cassandra and the Druid cluster on the local ports of design.md', () => {
    expect(compose.services.cassandra!.ports).to.deep.equal(['9042:9042']);
    expect(compose.services['druid-broker']!.ports).to.deep.equal(['18082:8082']);
    expect(compose.services['druid-coordinator']!.ports).to.deep.equal(['18081:8081']);
    expect(compose.services['druid-router']!.ports).to.deep.equal(['8888:8888']);
  });

  it('has every service, built from its own Dockerfile, on its config port, with its config mounted', () => {
    const ports = servicePorts();
    expect([...ports.keys()]).to.include.members(['aqs', 'kask', 'device-analytics', 'page-analytics']);
    for (const service of serviceDirs()) {
      const entry = compose.services[service];
      expect(entry, service).to.not.equal(undefined);
      const context = join(composeDir, entry!.build!.context);
      expect(existsSync(join(context, entry!.build!.dockerfile)), `${service} Dockerfile`).to.equal(true);
      expect(entry!.build!.dockerfile).to.equal(`${service}/Dockerfile`);
      expect(readFileSync(join(context, service, 'config.yaml'), 'utf8')).to.contain(`listen_port: ${ports.get(service)}`);
      expect(entry!.ports, service).to.deep.equal([`${ports.get(service)}:8080`]);
      const [source, target] = entry!.volumes![0]!.split(':');
      expect(target).to.equal('/srv/config.yaml');
      const mounted = parseYaml(readFileSync(join(composeDir, source!), 'utf8')) as { listen_port: number; listen_address: string; cassandra?: { hosts: string[] } };
      expect(mounted).to.include({ listen_port: 8080, listen_address: '0.0.0.0' });
      expect(mounted.cassandra?.hosts).to.deep.equal(['cassandra']);
      expect(entry!.build!.args).to.have.keys('BUILD_DATE', 'BUILD_HOST');
    }
  });

  it('puts the services on the ports of design.md: aqs 8080, Kask 8081, the others 8090-8097, none twice', () => {
    const ports = servicePorts();
    expect(ports.get('aqs')).to.equal(8080);
    expect(ports.get('kask')).to.equal(8081);
    for (const [service, port] of ports) if (service !== 'aqs' && service !== 'kask') expect(port, service).to.be.within(8090, 8097);
    expect(new Set(ports.values()).size).to.equal(ports.size);
  });
});

describe('image tags and build arguments', () => {
  const tag = (env: NodeJS.ProcessEnv = {}) => execFileSync('sh', [join(REPO, 'scripts', 'image-tag.sh')], { env: { ...process.env, ...env }, encoding: 'utf8' }).trim();

  it('prints the deploy tag YYYY-MM-DD-HHMMSS-production, of BUILD_DATE when given', () => {
    expect(tag({ BUILD_DATE: '' })).to.match(/^\d{4}-\d{2}-\d{2}-\d{6}-production$/);
    expect(tag({ BUILD_DATE: '2026-11-24T18:30:05Z' })).to.equal('2026-11-24-183005-production');
  });

  it('has every Dockerfile turn the BUILD_DATE and BUILD_HOST build arguments into the variables /healthz reads', () => {
    for (const service of serviceDirs()) {
      const final = readFileSync(join(REPO, service, 'Dockerfile'), 'utf8').split(/^FROM /m).at(-1)!;
      expect(final, service).to.match(/^ARG BUILD_DATE=""$/m).and.match(/^ARG BUILD_HOST=""$/m);
      expect(final, service).to.match(/^ENV .*BUILD_DATE=\$BUILD_DATE BUILD_HOST=\$BUILD_HOST/m);
    }
  });
});
