// pnpm schema:write — regenerates schema.graphql; pnpm schema:check — fails when it has drifted.
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { generatedSchemaFile, SCHEMA_FILE } from './schema-file.js';

const generated = await generatedSchemaFile();
if (process.argv.includes('--write')) {
  writeFileSync(SCHEMA_FILE, generated);
  console.log(`Wrote ${SCHEMA_FILE}`);
} else {
  let committed = '';
  try {
    committed = readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    // a missing file counts as drift
  }
  if (committed !== generated) {
    console.error('schema.graphql is out of date: run `pnpm --filter @etik/api schema:write` and commit it.');
    process.exitCode = 1;
  } else {
    console.log('schema.graphql is up to date.');
  }
}
