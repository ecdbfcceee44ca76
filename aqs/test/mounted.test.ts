// No AQS service can be forgotten by the one process: every service folder whose descriptor can be
// mounted (it has `mount`) is in aqs/src/mounted.ts, in aqs/package.json and in aqs/tsconfig.json.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serviceDirs } from '../../test-env/src/dockerfiles.js';
import { MOUNTED } from '../src/mounted.js';
import { REPO } from './harness.js';

async function mountable(): Promise<string[]> {
  const names: string[] = [];
  for (const dir of serviceDirs(REPO).filter((d) => d !== 'aqs')) {
    const mod = (await import(pathToFileURL(join(REPO, dir, 'dist', 'service.js')).href)) as { default: { mount?: unknown } };
    if (typeof mod.default.mount === 'function') names.push(dir);
  }
  return names;
}

describe('aqs mounts every AQS service', () => {
  it('lists every mountable service in aqs/src/mounted.ts, aqs/package.json and aqs/tsconfig.json', async () => {
    const all = await mountable();
    expect(all).to.include.members(['device-analytics', 'page-analytics', 'edit-analytics']);
    expect(all).to.not.include('kask'); // its own process: other clients, other security model
    const pkg = JSON.parse(readFileSync(join(REPO, 'aqs', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const tsconfig = JSON.parse(readFileSync(join(REPO, 'aqs', 'tsconfig.json'), 'utf8')) as { references: { path: string }[] };
    for (const name of all) {
      const line = `add ${name}: \`import … from '@aqs/${name}'\` in aqs/src/mounted.ts, "@aqs/${name}" in aqs/package.json dependencies, "../${name}" in aqs/tsconfig.json references`;
      expect(MOUNTED.map((s) => s.name), line).to.include(name);
      expect(Object.keys(pkg.dependencies), line).to.include(`@aqs/${name}`);
      expect(tsconfig.references.map((r) => r.path), line).to.include(`../${name}`);
    }
    expect(MOUNTED.map((s) => s.name)).to.have.members(all);
  });
});
