// Validation rules that bound what one operation may ask for (performance-and-reliability.md §5):
// aliases, directives and a static cost. Fragments are followed (each spread counts again); introspection
// fields are exempt, as in the depth limit.
import {
  getNamedType,
  GraphQLError,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

function fragmentsOf(context: ValidationContext): Fragments {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

function refuse(
  context: ValidationContext,
  node: OperationDefinitionNode,
  message: string,
  extensions: Record<string, unknown>,
) {
  context.reportError(
    new GraphQLError(message, {
      nodes: [node],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...extensions },
    }),
  );
}

/** Counts what `count` returns for every selection, following fragment spreads (once per path). */
function tally(
  selectionSet: SelectionSetNode | undefined,
  fragments: Fragments,
  count: (selection: SelectionSetNode['selections'][number]) => number,
  seen: ReadonlySet<string> = new Set(),
): number {
  if (!selectionSet) return 0;
  let total = 0;
  for (const selection of selectionSet.selections) {
    total += count(selection);
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      if (seen.has(name)) continue;
      total += tally(fragments.get(name)?.selectionSet, fragments, count, new Set([...seen, name]));
    } else {
      total += tally(selection.selectionSet, fragments, count, seen);
    }
  }
  return total;
}

/** Refuses operations with more than `maxAliases` aliased fields: alias batching (brute force, enumeration). */
export function aliasLimit(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context);
    return {
      OperationDefinition(node) {
        const aliases = tally(node.selectionSet, fragments, (selection) =>
          selection.kind === Kind.FIELD && selection.alias ? 1 : 0,
        );
        if (aliases > maxAliases) {
          refuse(context, node, `The operation uses ${aliases} aliases; at most ${maxAliases} are allowed.`, {
            reason: 'ALIAS_LIMIT',
            aliases,
            maxAliases,
          });
        }
      },
    };
  };
}

/** Refuses operations carrying more than `maxDirectives` directives. */
export function directiveLimit(maxDirectives: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context);
    return {
      OperationDefinition(node) {
        const directives =
          (node.directives?.length ?? 0) +
          tally(node.selectionSet, fragments, (selection) => selection.directives?.length ?? 0);
        if (directives > maxDirectives) {
          refuse(
            context,
            node,
            `The operation uses ${directives} directives; at most ${maxDirectives} are allowed.`,
            { reason: 'DIRECTIVE_LIMIT', directives, maxDirectives },
          );
        }
      },
    };
  };
}

export interface CostOptions {
  readonly maxCost: number;
  /** Page size assumed when `first` is a variable (its value is not known during validation). */
  readonly maxPageSize: number;
}

/**
 * A static cost: every field costs its `complexity` (type-graphql's field option; 1 when unset), and a
 * field taking `first` multiplies the cost of its selection by the page size (the literal, the argument's
 * default, or `maxPageSize` for a variable). Refuses operations costing more than `maxCost`.
 */
export function costLimit({ maxCost, maxPageSize }: CostOptions) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context);
    const schema = context.getSchema();

    const pageSizeOf = (field: GraphQLField<unknown, unknown>, node: FieldNode): number => {
      const definition = field.args.find((arg) => arg.name === 'first');
      if (!definition) return 1;
      const clamp = (size: number) => Math.min(Math.max(size, 1), maxPageSize);
      const given = node.arguments?.find((arg) => arg.name.value === 'first')?.value;
      if (given?.kind === Kind.INT) return clamp(Number(given.value));
      if (given === undefined && typeof definition.defaultValue === 'number') {
        return clamp(definition.defaultValue);
      }
      return maxPageSize;
    };

    const costOf = (
      selectionSet: SelectionSetNode | undefined,
      parent: GraphQLCompositeType | undefined,
      seen: ReadonlySet<string>,
    ): number => {
      if (!selectionSet) return 0;
      let total = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue;
          const field =
            parent && (isObjectType(parent) || isInterfaceType(parent))
              ? parent.getFields()[selection.name.value]
              : undefined;
          if (!field) continue; // unknown fields are refused by FieldsOnCorrectTypeRule
          const own = typeof field.extensions.complexity === 'number' ? field.extensions.complexity : 1;
          const child = getNamedType(field.type);
          const inner = isCompositeType(child) ? costOf(selection.selectionSet, child, seen) : 0;
          total += own + pageSizeOf(field, selection) * inner;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition
            ? schema.getType(selection.typeCondition.name.value)
            : parent;
          total += costOf(selection.selectionSet, isCompositeType(condition) ? condition : parent, seen);
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || seen.has(name)) continue;
          const condition = schema.getType(fragment.typeCondition.name.value);
          total += costOf(
            fragment.selectionSet,
            isCompositeType(condition) ? condition : parent,
            new Set([...seen, name]),
          );
        }
      }
      return total;
    };

    return {
      OperationDefinition(node) {
        const root = schema.getRootType(node.operation) ?? undefined;
        const cost = costOf(node.selectionSet, root, new Set());
        if (cost > maxCost) {
          refuse(context, node, `The operation costs ${cost}; at most ${maxCost} is allowed.`, {
            reason: 'COST_LIMIT',
            cost,
            maxCost,
          });
        }
      },
    };
  };
}

/** The API has no subscriptions: refused at validation (HTTP 400), not left to fail in execution. */
export function noSubscriptions() {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      if (node.operation !== 'subscription') return;
      context.reportError(
        new GraphQLError('This API offers no subscriptions.', {
          nodes: [node],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'SUBSCRIPTIONS_NOT_SUPPORTED' },
        }),
      );
    },
  });
}
