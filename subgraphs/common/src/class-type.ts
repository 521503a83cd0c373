/**
 * A class (its constructor), as TypeORM takes entities and migrations and type-graphql takes resolvers and types.
 * `never[]` arguments: any constructor fits, whatever its parameters, without typing them as `any`.
 */
export type ClassType = abstract new (...args: never[]) => unknown;
