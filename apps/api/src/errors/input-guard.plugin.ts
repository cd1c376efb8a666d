// Refuses input the storage cannot take, before any resolver runs, the same way on both databases
// (BAD_USER_INPUT, HTTP 400) instead of failing deep inside a query:
// - a NUL character (U+0000) anywhere: PostgreSQL text cannot hold it and SQLite statements end at it;
// - text longer than its field allows: an ID at most 64 characters (every id column), other text at most
//   2,000 unless the field says otherwise with `@Extensions({ maxLength })` (names fit their 255-character
//   columns; chronologies and reasons may be long);
// - lists longer than 100 items unless the field says otherwise with `@Extensions({ maxItems })`.
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
  visit,
  type DocumentNode,
  type FieldNode,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../context.js';

const NUL = '\u0000';
export const MAX_ID_LENGTH = 64;
export const MAX_TEXT_LENGTH = 2_000;
export const MAX_LIST_ITEMS = 100;
/** `@Extensions(NAME_TEXT)`: a person's or body's name (255-character columns). */
export const NAME_TEXT = { maxLength: 255 } as const;
/** `@Extensions(LONG_TEXT)`: chronologies, reasons, summaries, considerations. */
export const LONG_TEXT = { maxLength: 50_000 } as const;

const refusal = (message: string, extensions: Record<string, unknown>) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions, http: { status: 400 } } });

/** The path of the first string holding a NUL, walking without recursion (variables may nest deeply). */
export function findNul(value: unknown): string | undefined {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [item, path] = stack.pop()!;
    if (typeof item === 'string') {
      if (item.includes(NUL)) return path;
    } else if (Array.isArray(item)) {
      item.forEach((child, index) => stack.push([child, `${path}[${index}]`]));
    } else if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        if (key.includes(NUL)) return `${path}.${key}`;
        stack.push([child, path ? `${path}.${key}` : key]);
      }
    }
  }
  return undefined;
}

const literalHasNul = (document: DocumentNode): boolean => {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes(NUL)) found = true;
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
    const maxLength =
      limitOf(definition, 'maxLength') ?? (nullable.name === 'ID' ? MAX_ID_LENGTH : MAX_TEXT_LENGTH);
    if (value.length > maxLength) {
      throw refusal(`${path} is longer than ${maxLength} characters.`, { field: path, maxLength });
    }
  }
}

/** The root fields an operation selects, through fragments. */
function rootFieldsOf(
  selectionSet: SelectionSetNode,
  document: DocumentNode,
  seen = new Set<string>(),
): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFieldsOf(selection.selectionSet, document, seen);
    const name = selection.name.value;
    const fragment = document.definitions.find(
      (definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === name,
    );
    if (seen.has(name) || fragment?.kind !== Kind.FRAGMENT_DEFINITION) return [];
    seen.add(name);
    return rootFieldsOf(fragment.selectionSet, document, seen);
  });
}

function checkLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): void {
  const root: GraphQLObjectType | null | undefined = schema.getRootType(operation.operation);
  if (!root) return;
  // Invalid variables and arguments are refused by graphql-js itself when the operation executes.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) return;
  for (const node of rootFieldsOf(operation.selectionSet, document)) {
    const field = root.getFields()[node.name.value];
    if (!field || field.args.length === 0) continue;
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(field, node, coerced.coerced);
    } catch {
      continue;
    }
    for (const arg of field.args) checkValue(values[arg.name], arg.type, arg, arg.name);
  }
}

export function inputGuardPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ schema }) {
      return {
        async didResolveOperation({ request, document, operation }) {
          const variable = findNul(request.variables ?? {});
          if (variable !== undefined || literalHasNul(document)) {
            throw refusal('Text may not contain NUL characters.', {
              reason: 'NUL_CHARACTER',
              ...(variable !== undefined ? { variable } : {}),
            });
          }
          if (operation) checkLimits(schema, document, operation, request.variables ?? {});
        },
      };
    },
  };
}
