// Applying the .cql schema files: split into statements (comments dropped), run each in order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type cassandra from 'cassandra-driver';

export function splitStatements(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .map((line) => line.replace(/^\s*(--|\/\/).*$/, ''))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function applySchemaDir(client: cassandra.Client, dir: string, progress: (msg: string) => void): Promise<number> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cql')).sort();
  let count = 0;
  for (const file of files) {
    for (const statement of splitStatements(readFileSync(join(dir, file), 'utf8'))) {
      await client.execute(statement);
      count++;
    }
  }
  progress(`schema: ${files.length} keyspace files, ${count} statements applied`);
  return count;
}
