export * from './reference/areas';
export * from './reference/seed-types';
