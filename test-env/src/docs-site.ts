// make docs: the combined documentation site, a static folder (docs-site/, git-ignored) that works
// offline: an index of the API families, one viewer page per family on the service's committed
// openapi.json (copied into specs/), and the viewer's assets. `make run` serves it on 8089.
// Usage: node test-env/dist/docs-site.js [dir]
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docsPage, writeDocsAssets } from '@aqs/servicelib';
import { REPO, serviceDirs } from './dockerfiles.js';

export const DOCS_SITE = join(REPO, 'docs-site');

// The families of the public analytics API docs; a service not named here gets a page under its own name.
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
      const pkg = JSON.parse(readFileSync(join(repo, service, 'package.json'), 'utf8')) as { description: string; aqs?: { title?: string } };
      const family = FAMILIES[service] ?? { page: service, name: service };
      return { service, ...family, title: pkg.aqs?.title ?? service, description: pkg.description };
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
<title>Wikimedia Analytics API</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="assets/docs.css">
</head>
<body class="docs-index">
<h1>Wikimedia Analytics API</h1>
<p>Open data about Wikimedia projects: pageviews, unique devices, media requests, edits and editors.
Each family below has its reference: every endpoint's parameters (with their patterns and examples),
its response and its errors. Each service serves the same page at <code>/&lt;service&gt;/docs</code>,
where "Try it out" calls the service.</p>
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
  const nav = [{ href: 'index.html', text: 'Wikimedia Analytics API' }, ...all.map((f) => ({ href: `${f.page}.html`, text: f.name }))];
  for (const f of all) {
    copyFileSync(join(repo, f.service, 'openapi.json'), join(dir, 'specs', `${f.service}.json`));
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
