// Where a package's dataset files are at run time. In the repository they sit in the package's
// `datasets/` folder, beside its dist/ (or src/ under tsx); in a bundle the module is the bundle, so
// scripts/bundle.sh copies them into `datasets/` beside bundle/main.js, and the image ships that
// folder beside dist/main.js.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `file` beside the running module (a bundle), else in the package's own datasets/ folder. */
export function datasetFilePath(moduleUrl: string, file: string): string {
  const beside = fileURLToPath(new URL(`./datasets/${file}`, moduleUrl));
  return existsSync(beside) ? beside : fileURLToPath(new URL(`../datasets/${file}`, moduleUrl));
}
