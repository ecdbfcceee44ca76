// One route, one declaration (design.md §3): the path, zod schemas for the path parameters and the
// response, and a handler that receives the validated parameters and the service's dependencies.
// Declarations are data: building the OpenAPI document from them needs no client.
import type { Context } from 'koa';
import { z } from 'zod';

const zObject = (shape: Record<string, z.ZodType>) => z.object(shape);

export type HttpMethod = 'get' | 'post' | 'put' | 'delete';

export interface RouteDeclaration<P extends z.ZodObject = z.ZodObject, R extends z.ZodType = z.ZodType, D = unknown> {
  method: HttpMethod;
  /** OpenAPI-style template relative to the service's base URI: `/{project}/{access-site}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags?: string[];
  /** One field per path parameter, in path order; `.describe()` and `.meta({ example, pattern })` document them. */
  params: P;
  /** Body of the 200 response. */
  response: R;
  /** Error statuses the route documents, with a line each. */
  errors?: Record<number, string>;
  /** The `detail` a problem of an error status carries when it is a fixed text (the OpenAPI example shows it). */
  problemDetails?: Record<number, string>;
  /** Returns the body to send (the app's responder sends it), or undefined when it wrote ctx itself. */
  // Method syntax on purpose: declarations with specific schemas fit a list of RouteDeclaration.
  handler(params: z.output<P>, deps: D, ctx: Context): Promise<z.input<R> | undefined> | z.input<R> | undefined;
}

/** A route of any parameter and response schema over dependencies D (what lists of routes hold). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute<D> = RouteDeclaration<any, any, D>;

/** Keeps the declaration's types tied together without widening them. */
export function defineRoute<D, P extends z.ZodObject, R extends z.ZodType>(route: RouteDeclaration<P, R, D>): RouteDeclaration<P, R, D> {
  return route;
}

/** The parameter names of a path template, as a type: `ParamNames<'/a/{b}/{c-d}'>` is `'b' | 'c-d'`. */
export type ParamNames<T extends string> = T extends `${string}{${infer N}}${infer Rest}` ? N | ParamNames<Rest> : never;

/** `/a/{b}/{c-d}` → `/a/:b/:"c-d"` for @koa/router (path-to-regexp 8 quotes names that are not identifiers). */
export function toRouterPath(template: string): string {
  return template.replace(/\{([^}]+)\}/g, (_m, name: string) =>
    /^[A-Za-z_$][\w$]*$/.test(name) ? `:${name}` : `:"${name}"`,
  );
}

/** The parameter names of a template, in order. */
export function templateParams<T extends string>(template: T): ParamNames<T>[] {
  return [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]! as ParamNames<T>);
}

/**
 * The params schema of a path, picked from a catalogue of parameter schemas in path order: the
 * route's parameter types follow from its literal path (`paramsFor(P, '/{project}/{start}')`).
 */
export function paramsFor<S extends Record<string, z.ZodType>, T extends string>(catalogue: S, path: T): z.ZodObject<Pick<S, ParamNames<T> & keyof S>> {
  const shape: Record<string, z.ZodType> = {};
  for (const name of templateParams(path)) {
    const schema = catalogue[name];
    if (!schema) throw new Error(`${path}: no schema for path parameter ${name}`);
    shape[name] = schema;
  }
  return zObject(shape) as z.ZodObject<Pick<S, ParamNames<T> & keyof S>>;
}
