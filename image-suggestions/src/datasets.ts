// The datasets a process serves, from the config's `datasets:` list: a built-in name, or a
// declaration file (a path relative to the config file). Names and routes must not repeat.
import { dirname, resolve } from 'node:path';
import { COMMONS_DATASETS_FILE } from '@aqs/aqsassist';
import { assertDistinct, configFileOf, datasetFilePath, loadDatasetFile, type DatasetDeclaration } from '@aqs/servicelib';

/** The declarations shipped with the gateway, by the name a config gives them. */
export const BUILT_IN_DATASETS: Readonly<Record<string, () => string>> = {
  image_suggestions: () => datasetFilePath(import.meta.url, 'image_suggestions.yaml'),
  commons: () => COMMONS_DATASETS_FILE,
};

export function datasetFiles(entries: readonly string[], configFile: string | undefined): string[] {
  const base = configFile ? dirname(resolve(configFile)) : process.cwd();
  return entries.map((e) => BUILT_IN_DATASETS[e]?.() ?? resolve(base, e));
}

/** Every declaration the config lists; throws DatasetDeclarationError naming the file and the entry. */
export function loadDatasets(config: { datasets: readonly string[] }): DatasetDeclaration[] {
  const datasets = datasetFiles(config.datasets, configFileOf(config)).flatMap(loadDatasetFile);
  assertDistinct(datasets, 'datasets');
  return datasets;
}

/** Routes under /private/ need an authorized client certificate (when a client CA is configured). */
export const isPrivate = (d: DatasetDeclaration) => d.route.startsWith('/private/');
