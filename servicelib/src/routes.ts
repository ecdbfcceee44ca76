// One route, one declaration (design.md §3): the path, zod schemas for the path parameters and the
// response, and the handler. The app validates parameters with it, the OpenAPI document is generated
// from it, and tests check responses against it.
import type { Context } from 'koa';
import type { z } from 'zod';

export interface RouteDeclaration<P extends z.ZodObject = z.ZodObject, R extends z.ZodType = z.ZodType> {
  method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI-style template: `/metrics/unique-devices/{project}/{access-site}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags?: string[];
  /** One field per path parameter, in path order; `.describe()` and `.meta({ example })` document them. */
  params: P;
  /** Body of the 200 response. */
  response: R;
  /** Error statuses the route documents, with a line each. */
  errors?: Record<number, string>;
  /** Returns the body to send (the app's responder sends it), or undefined when it wrote ctx itself. */
  // Method syntax on purpose: declarations with specific schemas fit a list of RouteDeclaration.
  handler(params: z.output<P>, ctx: Context): Promise<z.input<R> | undefined> | z.input<R> | undefined;
}

/** Keeps the declaration's types tied together without widening them. */
export function defineRoute<P extends z.ZodObject, R extends z.ZodType>(route: RouteDeclaration<P, R>): RouteDeclaration<P, R> {
  return route;
}

/** `/a/{b}/{c-d}` → `/a/:b/:"c-d"` for @koa/router (path-to-regexp 8 quotes names that are not identifiers). */
export function toRouterPath(template: string): string {
  return template.replace(/\{([^}]+)\}/g, (_m, name: string) =>
    /^[A-Za-z_$][\w$]*$/.test(name) ? `:${name}` : `:"${name}"`,
  );
}

/** The parameter names of a template, in order. */
export function templateParams(template: string): string[] {
  return [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
}
