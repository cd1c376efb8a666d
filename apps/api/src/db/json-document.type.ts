// A JSON document kept as its text in JavaScript (shared/json.ts encodes and decodes it, Dates included):
// `jsonb` on PostgreSQL, so the database refuses what is not JSON and reports need no `::jsonb` cast; `text`
// on SQLite, whose JSON functions read text. jsonb keeps neither key order nor whitespace: nothing may hash
// the stored text (the audit chain hashes its own rows).
import { Type, type EntityProperty, type Platform } from '@mikro-orm/core';

const isJsonb = (platform: Platform): boolean => platform.getJsonDeclarationSQL() === 'jsonb';

export class JsonDocumentType extends Type<string, string> {
  override getColumnType(_prop: EntityProperty, platform: Platform): string {
    return isJsonb(platform) ? 'jsonb' : 'text';
  }

  // Read as text: node-postgres would otherwise parse jsonb only for decodeJson to parse it again. The
  // empty key MikroORM probes with gives '' on SQLite: no conversion there.
  override convertToJSValueSQL(key: string, platform: Platform): string {
    return isJsonb(platform) ? `${key}::text` : key;
  }

  // Typed in the statement: a batch update's CASE would otherwise make the parameter text.
  override convertToDatabaseValueSQL(key: string, platform: Platform): string {
    return isJsonb(platform) ? `${key}::jsonb` : key;
  }

  /**
   * On PostgreSQL every `?` becomes the JSON escape `\u003f`: the ORM writes the typed value into its
   * statement, where the query builder would take a `?` for a binding (and escape it as `\?`, which is no
   * JSON). In JSON text a `?` can only stand inside a string, so the document jsonb stores is the same.
   */
  override convertToDatabaseValue(value: string, platform: Platform): string {
    return isJsonb(platform) ? value.replaceAll('?', '\\u003f') : value;
  }

  /** Text as it is; a value read without the conversion above (a raw row) comes parsed: back to text. */
  override convertToJSValue(value: unknown): string {
    return typeof value === 'string' ? value : JSON.stringify(value);
  }

  override compareAsType(): string {
    return 'string';
  }
}
