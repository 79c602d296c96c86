declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server on which each test file creates its own throwaway database. */
    testServerUrl: string;
  }
}

export {};
