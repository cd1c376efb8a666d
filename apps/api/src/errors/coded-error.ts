// A business "no" or a refusal as a value, free of any GraphQL import: services return these, and only
// resolvers and REST routes turn them into GraphQL or HTTP errors (see to-graphql-error.ts).

export interface CodedError {
  readonly code: string;
  readonly [field: string]: unknown;
}
