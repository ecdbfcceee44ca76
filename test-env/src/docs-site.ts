// make docs: the combined documentation site, a static folder (docs-site/, git-ignored) that works
// offline: an index of the API families, one viewer page per family on the service's committed
// openapi.json (copied into specs/, with /services/<service> as its server), and the viewer's assets.
// Every service with a committed openapi.json gets a page: found, never listed. `make run` serves the
// site on 8089 and forwards /services/<service>/… to the service (static-server.ts), so "Try it out"
// on the site calls the services.
// Usage: node test-env/dist/docs-site.js [dir]
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docsPage, writeDocsAssets } from '@aqs/servicelib';
import { REPO, serviceDirs } from './dockerfiles.js';
import { servicePrefix } from './static-server.js';

export const DOCS_SITE = join(REPO, 'docs-site');

// The families of the public analytics API docs; a service not named here gets a page under its own
// name, titled by its document.
const FAMILIES: Readonly<Record<string, { page: string; name: string }>> = {
  'device-analytics': { page: 'unique-devices', name: 'Unique devices' },
  'page-analytics': { page: 'pageviews', name: 'Pageviews' },
  'media-analytics': { page: 'mediarequests', name: 'Media requests' },
  'edit-analytics': { page: 'edits', name: 'Edits' },
  'editor-analytics': { page: 'editors', name: 'Editors' },
  'geo-analytics': { page: 'geo', name: 'Editors by country' },
  'commons-impact-analytics': { page: 'commons-analytics', name: 'Commons Impact Metrics' },
};

export interface Family {
  service: string;
  page: string;
  name: string;
  title: string;
  description: string;
}

/** Every service that has a committed OpenAPI document (the AQS services), as a family. */
export function families(repo = REPO): Family[] {
  return serviceDirs(repo)
    .filter((s) => existsSync(join(repo, s, 'openapi.json')))
    .map((service) => {
      const pkg = JSON.parse(readFileSync(join(repo, service, 'package.json'), 'utf8')) as { description?: string };
      const { info } = JSON.parse(readFileSync(join(repo, service, 'openapi.json'), 'utf8')) as { info: { title: string; description?: string } };
      const family = FAMILIES[service] ?? { page: service, name: info.title };
      return { service, ...family, title: info.title, description: pkg.description ?? info.description ?? '' };
    });
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function indexPage(all: readonly Family[]): string {
  const items = all
    .map(
      (f) => `<li><h2><a href="${f.page}.html">${escapeHtml(f.name)}</a></h2>
<p>${escapeHtml(f.description)}</p>
<p>${escapeHtml(f.title)} · served by <code>${f.service}</code> at <code>/${f.service}/docs</code> · <a href="specs/${f.service}.json">OpenAPI document</a></p></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Wikimedia APIs (local)</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="assets/docs.css">
</head>
<body class="docs-index">
<h1>Wikimedia APIs</h1>
<p>The services of this repository: the analytics API (open data about Wikimedia projects: pageviews,
unique devices, media requests, edits, editors), and the others beside it. Each has its reference
below: every endpoint's parameters (with their patterns and examples), its response and its errors.
"Try it out" here goes through this site to the service (<code>make run</code> starts them); each
service also serves the same page itself at <code>/&lt;service&gt;/docs</code>.</p>
<ul>
${items}
</ul>
</body>
</html>
`;
}

export function writeDocsSite(dir = DOCS_SITE, repo = REPO): Family[] {
  const all = families(repo);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'specs'), { recursive: true });
  writeDocsAssets(join(dir, 'assets'));
  const nav = [{ href: 'index.html', text: 'Wikimedia APIs' }, ...all.map((f) => ({ href: `${f.page}.html`, text: f.name }))];
  for (const f of all) {
    const doc = JSON.parse(readFileSync(join(repo, f.service, 'openapi.json'), 'utf8')) as Record<string, unknown>;
    doc.servers = [{ url: servicePrefix(f.service), description: `${f.service}, through this site (make run)` }];
    writeFileSync(join(dir, 'specs', `${f.service}.json`), JSON.stringify(doc));
    writeFileSync(join(dir, `${f.page}.html`), docsPage({ title: `${f.name}: ${f.title}`, specUrl: `specs/${f.service}.json`, assets: 'assets/', nav }));
  }
  writeFileSync(join(dir, 'index.html'), indexPage(all));
  return all;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? DOCS_SITE);
  const all = writeDocsSite(dir);
  console.log(`docs: ${dir} (${all.map((f) => `${f.page}.html`).join(', ')})`);
}
