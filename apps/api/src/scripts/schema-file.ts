// schema.graphql as committed: the printed schema, formatted by the repository's Prettier config so
// that `prettier --check` and `schema:check` agree. Dev tooling only (the server never imports it).
import { format, resolveConfig } from 'prettier';
import { fileURLToPath } from 'node:url';
import { buildEtikSchema, printEtikSchema } from '../schema.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

export async function generatedSchemaFile(): Promise<string> {
  const options = (await resolveConfig(SCHEMA_FILE)) ?? {};
  return format(printEtikSchema(await buildEtikSchema()), { ...options, parser: 'graphql' });
}
