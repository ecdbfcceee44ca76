// Every service's Dockerfile comes from one template (scripts/Dockerfile.template): a service is a
// folder with src/service.ts; its image ships package.json and the files its package.json lists in
// "files" (openapi.json, openapi.yaml) beside the bundle. `make dockerfiles` writes them; the
// repository-layout test fails when one is stale.
// Usage: node test-env/dist/dockerfiles.js [--check]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** The services of the repository: folders with a src/service.ts descriptor, sorted. */
export function serviceDirs(repo = REPO): string[] {
  return readdirSync(repo, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(repo, d.name, 'src', 'service.ts')))
    .map((d) => d.name)
    .sort();
}

export function renderDockerfile(service: string, repo = REPO): string {
  const template = readFileSync(join(repo, 'scripts', 'Dockerfile.template'), 'utf8');
  const pkg = JSON.parse(readFileSync(join(repo, service, 'package.json'), 'utf8')) as { files?: string[] };
  const shipped = ['package.json', ...(pkg.files ?? [])].map((f) => `/src/${service}/${f}`).join(' ');
  return template.replaceAll('{{service}}', service).replaceAll('{{shipped}}', shipped).replaceAll('{{files}}', (pkg.files ?? []).join(' '));
}

/** The services whose Dockerfile differs from the template's rendering. */
export function staleDockerfiles(repo = REPO): string[] {
  return serviceDirs(repo).filter((s) => {
    const path = join(repo, s, 'Dockerfile');
    return !existsSync(path) || readFileSync(path, 'utf8') !== renderDockerfile(s, repo);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const stale = staleDockerfiles();
    if (stale.length) {
      console.error(`stale Dockerfiles (run make dockerfiles): ${stale.join(', ')}`);
      process.exit(1);
    }
  } else {
    for (const s of serviceDirs()) writeFileSync(join(REPO, s, 'Dockerfile'), renderDockerfile(s));
    console.log(`dockerfiles: ${serviceDirs().join(', ')}`);
  }
}
