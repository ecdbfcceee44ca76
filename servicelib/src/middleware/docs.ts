// /<service>/docs: an interactive page for the service's OpenAPI document (docs-viewer.ts), and its
// assets under /<service>/docs/<file>. Every response gets the viewer's CSP, replacing the stricter
// one the common headers set (which would block the page's scripts).
import type { Middleware } from 'koa';
import { docsPage, DOCS_ASSETS, DOCS_CSP, loadDocsAssets } from '../docs-viewer.js';

/** `base` is the page's path (`/device-analytics/docs`); `specUrl` the document's, relative to the page. */
export function docsPages(base: string, title: string, specUrl: string): Middleware {
  const files = loadDocsAssets(); // at mount, so an image without the assets fails at start, not later
  const page = docsPage({ title, specUrl, assets: `${base.slice(base.lastIndexOf('/') + 1)}/` });
  const prefix = `${base}/`;
  return (ctx, next) => {
    let body: string | Buffer | undefined;
    let type: string | undefined;
    if (ctx.path === base) {
      body = page;
      type = 'text/html; charset=utf-8';
    } else if (ctx.path.startsWith(prefix)) {
      const file = ctx.path.slice(prefix.length);
      body = files.get(file);
      type = DOCS_ASSETS[file];
    }
    if (body === undefined || type === undefined) return next();
    ctx.state.route = ctx.path === base ? base : `${prefix}{file}`;
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      ctx.status = 405;
      ctx.set('allow', 'GET, HEAD, OPTIONS');
      return Promise.resolve();
    }
    for (const h of ['content-security-policy', 'x-content-security-policy', 'x-webkit-csp']) ctx.set(h, DOCS_CSP);
    ctx.set('cache-control', 'max-age=3600');
    ctx.type = type;
    ctx.body = body;
    return Promise.resolve();
  };
}
