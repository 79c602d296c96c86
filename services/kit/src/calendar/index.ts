export * from './days';
export * from './holidays';
export * from './working-days';
export * from './period';
