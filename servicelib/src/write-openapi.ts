// make openapi: regenerates <service>/openapi.json from the declarations of each service named on
// the command line (a folder whose dist/service.js exports a descriptor with openApi).
// Usage: node servicelib/dist/write-openapi.js <service-dir> [...]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ServiceDescriptor } from './descriptor.js';
import { openApiText } from './openapi.js';

for (const dir of process.argv.slice(2)) {
  const mod = (await import(pathToFileURL(resolve(dir, 'dist/service.js')).href)) as { default: ServiceDescriptor };
  const doc = mod.default.openApi?.();
  if (!doc) continue;
  writeFileSync(resolve(dir, 'openapi.json'), openApiText(doc));
  console.log(`openapi: ${dir}/openapi.json`);
}
