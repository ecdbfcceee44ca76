// The Commons Impact Metrics tables as Data Gateway dataset declarations (datasets/commons.yaml):
// data, not code. The gateway (image-suggestions) serves them under /public/commons/…, and
// commons-impact-analytics reads them in-process with servicelib's datasetReader.
import { datasetFilePath } from '@aqs/servicelib';

/** Absolute path of aqsassist/datasets/commons.yaml (or its copy beside a bundle). */
export const COMMONS_DATASETS_FILE = datasetFilePath(import.meta.url, 'commons.yaml');
