// One service's bundle: <service>/dist/main.js (from tsc -b) into one minified ESM file,
// <service>/bundle/main.js, with no node_modules beside it (scripts/bundle.sh calls it per service).
// CommonJS dependencies (cassandra-driver, pino, ...) get a require() through the banner.
//
// A bundle has one import.meta.url, its own. A service's descriptor reads its package.json and
// openapi.json beside its dist/ through import.meta.url, so when a bundle holds other services
// (the one-process aqs mounts them all), their modules get an import.meta.url of their own under
// the bundle, bundle/mounted/<service>/dist/…, and their package.json, shipped files and dataset
// declarations (datasets/*.yaml) are copied to bundle/mounted/<service>/. The image copies the whole bundle directory beside main.js.
// Usage: node scripts/bundle.mjs <service>
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = fileURLToPath(new URL('..', import.meta.url));
const service = process.argv[2];
if (!service) throw new Error('usage: node scripts/bundle.mjs <service>');
const bundleDir = join(repo, service, 'bundle');

/** <repo>/<other service>/dist/<file>.js → [other service, file], when it is another service's module. */
function otherServiceModule(path) {
  const [top, dist, ...rest] = relative(repo, path).split(sep);
  if (dist !== 'dist' || !rest.length || top === service || top === '..') return undefined;
  return existsSync(join(repo, top, 'src', 'service.ts')) ? [top, rest.join('/')] : undefined;
}

const mounted = new Set();
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, (args) => {
      const other = otherServiceModule(args.path);
      if (!other) return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      mounted.add(other[0]);
      const url = `new URL(${JSON.stringify(`./mounted/${other[0]}/dist/${other[1]}`)}, import.meta.url).href`;
      return { contents: text.replaceAll('import.meta.url', url), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

rmSync(join(bundleDir, 'mounted'), { recursive: true, force: true });
await build({
  entryPoints: [join(repo, service, 'dist', 'main.js')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  minify: true,
  logLevel: 'warning',
  outfile: join(bundleDir, 'main.js'),
  banner: { js: "import{createRequire}from'node:module';const require=createRequire(import.meta.url);" },
  plugins: [ownImportMetaUrl],
});
for (const other of mounted) {
  const pkg = JSON.parse(readFileSync(join(repo, other, 'package.json'), 'utf8'));
  mkdirSync(join(bundleDir, 'mounted', other), { recursive: true });
  for (const f of ['package.json', ...(pkg.files ?? [])]) copyFileSync(join(repo, other, f), join(bundleDir, 'mounted', other, f));
  // Its dataset declarations (the gateway's image_suggestions.yaml), where servicelib's
  // datasetFilePath looks from its module: mounted/<service>/datasets/. aqsassist's (commons.yaml)
  // are not a service's: scripts/bundle.sh puts them in the bundle's own datasets/.
  const datasets = join(repo, other, 'datasets');
  if (existsSync(datasets)) {
    mkdirSync(join(bundleDir, 'mounted', other, 'datasets'));
    for (const f of readdirSync(datasets).filter((n) => n.endsWith('.yaml'))) copyFileSync(join(datasets, f), join(bundleDir, 'mounted', other, 'datasets', f));
  }
}
if (mounted.size) console.log(`bundle: ${service}/bundle/mounted/ (${[...mounted].sort().join(', ')})`);
