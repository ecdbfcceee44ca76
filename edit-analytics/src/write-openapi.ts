// Regenerates openapi.json from the route declarations (make openapi).
import { writeFileSync } from 'node:fs';
import { VERSION } from './app.js';
import { openApiDocument } from './openapi.js';

writeFileSync(new URL('../openapi.json', import.meta.url), `${JSON.stringify(openApiDocument(VERSION), null, 2)}\n`);
