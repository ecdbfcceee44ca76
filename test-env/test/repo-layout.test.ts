// What keeps "adding a service touches only its own folder" true: services are found by their
// descriptor, and their Dockerfiles come from one template.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, renderDockerfile, serviceDirs, staleDockerfiles } from '../src/dockerfiles.js';

describe('repository layout', () => {
  it('finds the services by their src/service.ts', () => {
    expect(serviceDirs()).to.include.members(['device-analytics', 'edit-analytics', 'editor-analytics', 'kask']);
    expect(serviceDirs()).to.not.include.members(['servicelib', 'aqsassist', 'test-env']);
  });
  it('has every Dockerfile as the template renders it (make dockerfiles)', () => {
    expect(staleDockerfiles()).to.deep.equal([]);
  });
  it('names no other service in a service Dockerfile', () => {
    for (const s of serviceDirs()) {
      const text = readFileSync(join(REPO, s, 'Dockerfile'), 'utf8');
      for (const other of serviceDirs().filter((o) => o !== s)) expect(text, `${s}/Dockerfile`).to.not.contain(other);
    }
  });
  it('ships what the package lists in "files" beside the bundle', () => {
    expect(renderDockerfile('kask')).to.contain('COPY --from=build /src/kask/package.json /src/kask/openapi.yaml kask/');
    // …and where the Kask image kept it before the template, for configs naming /srv/openapi.yaml.
    expect(renderDockerfile('kask')).to.contain('for f in openapi.yaml; do ln -s "/srv/kask/$f" "/srv/$f"; done');
  });
});
