// CQL column types as the dataset declarations write them (`int`, `set<text>`, `map<text, bigint>`,
// `frozen<list<int>>`), parsed once into a small tree the parameter parser, the row encoder and the
// OpenAPI schemas walk. Only the types a published table is expected to hold are known; any other
// name is refused when the declaration is loaded, never met at request time.

export const CQL_SCALARS = [
  'ascii', 'text', 'varchar',
  'tinyint', 'smallint', 'int', 'bigint', 'counter',
  'float', 'double',
  'boolean',
  'uuid', 'timeuuid',
  'timestamp', 'date',
  'blob', 'inet',
] as const;
export type CqlScalar = (typeof CQL_SCALARS)[number];

export type CqlType =
  | { kind: 'scalar'; name: CqlScalar }
  | { kind: 'set' | 'list'; element: CqlType }
  | { kind: 'map'; key: CqlType; value: CqlType };

/** Types a path parameter can bind (a key or range column): scalars with a text form. */
export const PARAM_SCALARS: ReadonlySet<CqlScalar> = new Set<CqlScalar>([
  'ascii', 'text', 'varchar', 'tinyint', 'smallint', 'int', 'bigint', 'float', 'double', 'boolean', 'uuid', 'timeuuid', 'timestamp', 'date',
]);

/**
 * Map key types whose JS object property names the driver writes readably (it names a map's
 * properties after String(key), which for a Date or a float is not the stored value).
 */
export const MAP_KEY_SCALARS: ReadonlySet<CqlScalar> = new Set<CqlScalar>([
  'ascii', 'text', 'varchar', 'tinyint', 'smallint', 'int', 'bigint', 'boolean', 'uuid', 'timeuuid', 'inet',
]);

export class CqlTypeError extends Error {
  override name = 'CqlTypeError';
}

/** Splits `a, map<b, c>` at its top-level commas. */
function splitArgs(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '<') depth++;
    else if (c === '>') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

export function parseCqlType(text: string): CqlType {
  const t = text.trim().toLowerCase();
  const generic = /^([a-z]+)\s*<(.*)>$/s.exec(t);
  if (!generic) {
    if ((CQL_SCALARS as readonly string[]).includes(t)) return { kind: 'scalar', name: t as CqlScalar };
    throw new CqlTypeError(`unsupported CQL type '${text}' (known: ${CQL_SCALARS.join(', ')}, set<…>, list<…>, map<…, …>)`);
  }
  const [, outer, inner] = generic;
  const args = splitArgs(inner!);
  if (outer === 'frozen' && args.length === 1) return parseCqlType(args[0]!);
  if ((outer === 'set' || outer === 'list') && args.length === 1) return { kind: outer, element: parseCqlType(args[0]!) };
  if (outer === 'map' && args.length === 2) {
    const key = parseCqlType(args[0]!);
    if (key.kind !== 'scalar' || !MAP_KEY_SCALARS.has(key.name))
      throw new CqlTypeError(`map key type '${args[0]}' is not supported (known: ${[...MAP_KEY_SCALARS].join(', ')})`);
    return { kind: 'map', key, value: parseCqlType(args[1]!) };
  }
  throw new CqlTypeError(`unsupported CQL type '${text}'`);
}

export function cqlTypeText(t: CqlType): string {
  switch (t.kind) {
    case 'scalar':
      return t.name;
    case 'set':
    case 'list':
      return `${t.kind}<${cqlTypeText(t.element)}>`;
    case 'map':
      return `map<${cqlTypeText(t.key)}, ${cqlTypeText(t.value)}>`;
  }
}
