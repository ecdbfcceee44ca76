// Small Koa middleware a service composes into its app (the AQS preset in aqsassist, Kask's own).
export { requestId } from './request-id.js';
export { commonHeaders } from './common-headers.js';
export { observeRequests } from './observe.js';
export { problemErrors, requestLog, RequestTimeout, type ProblemErrorsOptions } from './problems.js';
export { conditionalGet } from './conditional-get.js';
export { declaredRoutes, type DeclaredRoutesOptions } from './routes.js';
export { exactGet, healthz, metricsPage, jsonDocument, routeKey } from './system.js';
export { docsPages } from './docs.js';
