// Refuses input the storage cannot take, before any resolver runs, the same way on both databases
// (HTTP 400) instead of failing deep inside a query:
// - text that is not well formed, in any argument of any field of the operation (INVALID_INPUT, with the
//   argument's path as `field`): a NUL character (PostgreSQL text and jsonb cannot hold it, SQLite
//   statements end at it) or a lone UTF-16 surrogate (jsonb refuses its escape: one such case used to break
//   every report over it); anywhere else in the variables too (`variable` names it);
// - text longer than its field allows: an ID at most 64 characters (every id column), other text at most
//   2,000 unless the field says otherwise with `@Extensions({ maxLength })` (names fit their 255-character
//   columns; chronologies and reasons may be long);
// - lists longer than 100 items unless the field says otherwise with `@Extensions({ maxItems })`
// (BAD_USER_INPUT for these two).
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getNullableType,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  isListType,
  isScalarType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Context } from '../context.js';
import { illFormedMessage, illFormedReason } from '../shared/well-formed-text.js';

export const MAX_ID_LENGTH = 64;
export const MAX_TEXT_LENGTH = 2_000;
export const MAX_LIST_ITEMS = 100;
/** `@Extensions(NAME_TEXT)`: a person's or body's name (255-character columns). */
export const NAME_TEXT = { maxLength: 255 } as const;
/** `@Extensions(LONG_TEXT)`: chronologies, reasons, summaries, considerations. */
export const LONG_TEXT = { maxLength: 50_000 } as const;

const refusal = (message: string, extensions: Record<string, unknown>, code = 'BAD_USER_INPUT') =>
  new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });

const illFormed = (path: string | undefined, reason: string, key: 'field' | 'variable' = 'field') =>
  refusal(
    illFormedMessage(path || 'The request'),
    { ...(path ? { [key]: path } : {}), reason },
    'INVALID_INPUT',
  );

/**
 * The path and reason of the first ill-formed string (or object key), walking without recursion
 * (variables may nest deeply).
 */
export function findIllFormed(value: unknown): { path: string; reason: string } | undefined {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [item, path] = stack.pop()!;
    if (typeof item === 'string') {
      const reason = illFormedReason(item);
      if (reason) return { path, reason };
    } else if (Array.isArray(item)) {
      item.forEach((child, index) => stack.push([child, `${path}[${index}]`]));
    } else if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        const reason = illFormedReason(key);
        if (reason) return { path: `${path}.${key}`, reason };
        stack.push([child, path ? `${path}.${key}` : key]);
      }
    }
  }
  return undefined;
}

/** The reason of the first ill-formed string literal of the document (graphql-js refuses lone surrogates). */
const literalIllFormed = (document: DocumentNode): string | undefined => {
  let found: string | undefined;
  visit(document, {
    [Kind.STRING]: (node) => {
      found ??= illFormedReason(node.value);
    },
  });
  return found;
};

type Definition = GraphQLArgument | GraphQLInputField;

const limitOf = (definition: Definition, key: 'maxLength' | 'maxItems'): number | undefined => {
  const value = (definition.extensions as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'number' ? value : undefined;
};

/** Checks a coerced value against the limits of its definition; throws the first refusal. */
function checkValue(value: unknown, type: GraphQLInputType, definition: Definition, path: string): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? value : [value];
    const maxItems = limitOf(definition, 'maxItems') ?? MAX_LIST_ITEMS;
    if (items.length > maxItems) {
      throw refusal(`${path} has more than ${maxItems} items.`, { field: path, maxItems });
    }
    items.forEach((item, index) => checkValue(item, nullable.ofType, definition, `${path}[${index}]`));
  } else if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (field) checkValue(item, field.type, field, `${path}.${name}`);
    }
  } else if (isScalarType(nullable) && typeof value === 'string') {
    const reason = illFormedReason(value);
    if (reason) throw illFormed(path, reason);
    const maxLength =
      limitOf(definition, 'maxLength') ?? (nullable.name === 'ID' ? MAX_ID_LENGTH : MAX_TEXT_LENGTH);
    if (value.length > maxLength) {
      throw refusal(`${path} is longer than ${maxLength} characters.`, { field: path, maxLength });
    }
  }
}

/**
 * Checks the arguments of every field the operation selects, nested ones and those in fragments included,
 * as graphql-js will pass them to the resolvers (variables and literals alike). A root field's arguments
 * are named by their path (`input.complaint.chronology`), a nested field's with the field's name first.
 */
function checkArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): void {
  const root = schema.getRootType(operation.operation);
  if (!root) return;
  // Invalid variables and arguments are refused by graphql-js itself when the operation executes.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) return;
  const typeInfo = new TypeInfo(schema);
  const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
  for (const definition of [operation, ...fragments]) {
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        [Kind.FIELD]: (node) => {
          const field = typeInfo.getFieldDef();
          if (!field || field.args.length === 0) return;
          let values: Record<string, unknown>;
          try {
            values = getArgumentValues(field, node, coerced.coerced);
          } catch {
            return;
          }
          const prefix = typeInfo.getParentType() === root ? '' : `${node.name.value}.`;
          for (const arg of field.args) checkValue(values[arg.name], arg.type, arg, `${prefix}${arg.name}`);
        },
      }),
    );
  }
}

export function inputGuardPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ schema }) {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (operation) checkArguments(schema, document, operation, request.variables ?? {});
          // What no argument took: variables the operation does not use, keys, literals elsewhere.
          const variable = findIllFormed(request.variables ?? {});
          if (variable) throw illFormed(variable.path, variable.reason, 'variable');
          const literal = literalIllFormed(document);
          if (literal) throw illFormed(undefined, literal);
        },
      };
    },
  };
}
