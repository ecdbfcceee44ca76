// Datasets as declarations (the Data Gateway): a YAML list of tables, each published at a route.
export { CQL_SCALARS, cqlTypeText, parseCqlType, type CqlScalar, type CqlType } from './cql-types.js';
export {
  assertDistinct,
  DatasetDeclarationError,
  loadDatasetFile,
  parseDatasets,
  type DatasetColumn,
  type DatasetDeclaration,
} from './declaration.js';
export { DatasetParamError, paramExpectation, parseParam, parseRfc3339 } from './params.js';
export { encoderFor, rowEncoder, shortestFloat32 } from './encode.js';
export { datasetQuery, datasetReader, type DatasetReader } from './reader.js';
export { datasetDocument, rowSchema, rowSchemaName, valueSchema, type DatasetDocumentOptions } from './openapi.js';
export { datasetFilePath } from './files.js';
