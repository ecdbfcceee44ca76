// scripts/bundle.sh: copies the docs viewer's assets into <dir> (<service>/bundle/docs-assets), which
// the image ships beside the bundled main.js, where /<service>/docs finds them.
// Usage: node servicelib/dist/write-docs-assets.js <dir>
import { writeDocsAssets } from './docs-viewer.js';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: write-docs-assets.js <dir>');
  process.exit(2);
}
writeDocsAssets(dir);
