import { GraphQLError } from 'graphql';

/**
 * A client mistake in an argument: the message names the argument and the bad value, and the
 * `extensions` carry both for clients that want to highlight the field.
 */
export function badInput(argument: string, value: unknown, reason: string): GraphQLError {
  return new GraphQLError(`Invalid value for argument "${argument}": ${JSON.stringify(value)}. ${reason}`, {
    extensions: { code: 'BAD_USER_INPUT', argument, value },
  });
}

/** An id that names nothing: `plan(id: "km-2099")` -> 'Unknown plan "km-2099" for argument "id".' */
export function unknown(thing: string, argument: string, value: unknown, known?: readonly string[]): GraphQLError {
  const hint = known && known.length > 0 && known.length <= 40 ? ` Known values: ${known.join(', ')}.` : '';
  return new GraphQLError(`Unknown ${thing} ${JSON.stringify(value)} for argument "${argument}".${hint}`, {
    extensions: { code: 'BAD_USER_INPUT', argument, value },
  });
}
