export * from './filters.js';
export * from './queries.js';
export * from './shaping.js';
export * from './client.js';
export * from './datasource.js';
export * from './routes.js';
export * from './service.js';
