// The OpenAPI viewer behind /<service>/docs and `make docs`: Swagger UI (swagger-ui-dist), served from
// our own files under a strict CSP. The viewer's two files plus our init script are all a page loads;
// the init script is a file, not inline, so script-src needs no 'unsafe-inline'.
// Where the files come from: beside the running module in `docs-assets/` (scripts/bundle.sh copies
// them beside bundle/main.js, the image ships that folder beside dist/main.js), else swagger-ui-dist
// in node_modules (the tsc build in the repository).
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder name of the copied assets, beside the bundle. */
export const DOCS_ASSET_DIR = 'docs-assets';

const VIEWER_FILES = ['swagger-ui-bundle.js', 'swagger-ui.css'] as const;

// showCommonExtensions shows parameters' pattern, min/max; validatorUrl null keeps the page from
// calling validator.swagger.io; with no `servers` in the document "try it" calls the page's origin.
const INIT_JS = `// Starts Swagger UI on the document named by <body data-spec>.
window.ui = SwaggerUIBundle({
  url: document.body.dataset.spec,
  dom_id: '#swagger-ui',
  deepLinking: true,
  displayOperationId: true,
  showCommonExtensions: true,
  defaultModelsExpandDepth: 0,
  defaultModelExpandDepth: 3,
  validatorUrl: null,
  supportedSubmitMethods: ['get'],
});
`;

const PAGE_CSS = `body { margin: 0; }
.docs-nav { font-family: sans-serif; padding: 8px 20px; background: #1b1b1b; }
.docs-nav a { color: #fff; margin-right: 16px; text-decoration: none; }
.docs-index { font-family: sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; color: #3b4151; }
.docs-index ul { padding: 0; }
.docs-index li { list-style: none; border-top: 1px solid #ddd; }
`;

/**
 * The viewer's CSP: nothing inline, no eval, nothing from another origin. Swagger UI 5 runs under it
 * (its React components set styles through the CSSOM, which style-src does not govern); its CSS
 * embeds its icons as data: images. "Try it" fetches the service itself (connect-src 'self').
 */
export const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** File name → contents type of every asset a docs page loads. */
export const DOCS_ASSETS: Readonly<Record<string, string>> = {
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
  'swagger-ui.css': 'text/css; charset=utf-8',
  'docs-init.js': 'application/javascript; charset=utf-8',
  'docs.css': 'text/css; charset=utf-8',
};

function viewerDir(): string {
  const beside = fileURLToPath(new URL(`./${DOCS_ASSET_DIR}/`, import.meta.url));
  if (existsSync(join(beside, VIEWER_FILES[0]))) return beside;
  return dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
}

/** Every asset's bytes, read once; throws when the viewer's files are nowhere (an image without them). */
export function loadDocsAssets(): Map<string, Buffer> {
  const dir = viewerDir();
  const assets = new Map<string, Buffer>(VIEWER_FILES.map((f) => [f, readFileSync(join(dir, f))]));
  assets.set('docs-init.js', Buffer.from(INIT_JS));
  assets.set('docs.css', Buffer.from(PAGE_CSS));
  return assets;
}

/** Writes every asset into `dir`. */
export function writeDocsAssets(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const source = viewerDir();
  for (const f of VIEWER_FILES) copyFileSync(join(source, f), join(dir, f));
  writeFileSync(join(dir, 'docs-init.js'), INIT_JS);
  writeFileSync(join(dir, 'docs.css'), PAGE_CSS);
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface DocsPageOptions {
  title: string;
  /** URL of the OpenAPI document, relative to the page. */
  specUrl: string;
  /** URL of the assets folder, relative to the page, with its trailing slash. */
  assets: string;
  /** Links shown above the viewer (the combined site's navigation). */
  nav?: readonly { href: string; text: string }[];
}

/** The HTML of a docs page: no inline script or style. */
export function docsPage(o: DocsPageOptions): string {
  const nav = o.nav?.length ? `<nav class="docs-nav">${o.nav.map((l) => `<a href="${escapeHtml(l.href)}">${escapeHtml(l.text)}</a>`).join('')}</nav>\n` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(o.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${o.assets}swagger-ui.css">
<link rel="stylesheet" href="${o.assets}docs.css">
</head>
<body data-spec="${escapeHtml(o.specUrl)}">
${nav}<div id="swagger-ui"></div>
<script src="${o.assets}swagger-ui-bundle.js"></script>
<script src="${o.assets}docs-init.js"></script>
</body>
</html>
`;
}

