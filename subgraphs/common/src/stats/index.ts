export * from './intervals';
export * from './change';
export * from './rag';
