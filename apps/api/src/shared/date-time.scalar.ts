// The one date-time scalar of the API: graphql-scalars' DateTimeISO (same name, same wire format), limited
// to instants both databases can store. PostgreSQL's timestamptz refuses year 0 and years past 294276, and
// a JavaScript Date reaches ±275760, so an input outside years 1–9999 is BAD_USER_INPUT, not a crash.
import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';

export const EARLIEST_INSTANT = new Date('0001-01-01T00:00:00.000Z');
export const LATEST_INSTANT = new Date('9999-12-31T23:59:59.999Z');

/** The instant is one the API accepts and stores. */
export const isStorableInstant = (at: Date): boolean =>
  !Number.isNaN(at.getTime()) && at >= EARLIEST_INSTANT && at <= LATEST_INSTANT;

function inRange(at: Date, node?: ValueNode): Date {
  if (isStorableInstant(at)) return at;
  throw new GraphQLError('Date-times must lie between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z.', {
    ...(node ? { nodes: [node] } : {}),
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

const base = DateTimeISOResolver.toConfig();

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  ...base,
  parseValue: (value) => inRange(base.parseValue!(value) as Date),
  parseLiteral: (node, variables) => inRange(base.parseLiteral!(node, variables) as Date, node),
});
