export * from './problems.js';
export * from './project.js';
export * from './titles.js';
export * from './dates.js';
export * from './headers.js';
export * from './cassandra-read.js';
export * from './service.js';
export * from './druid/index.js';
