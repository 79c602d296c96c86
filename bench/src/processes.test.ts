import { describe, expect, it } from 'vitest';
import { supergraphFor } from './processes';

describe('the supergraph served to Hive Gateway', () => {
  it('is the checked-in one with every subgraph pointed where the benchmark runs it', () => {
    const text = supergraphFor({
      catalog: 'http://127.0.0.1:5001/graphql',
      cases: 'http://127.0.0.1:5002/graphql',
      duty: 'http://127.0.0.1:5003/graphql',
      inspections: 'http://127.0.0.1:5004/graphql',
      registry: 'http://127.0.0.1:5005/graphql',
    });
    expect(text).toContain('CASES @join__graph(name: "cases", url: "http://127.0.0.1:5002/graphql")');
    expect(text).toContain('INSPECTIONS @join__graph(name: "inspections", url: "http://127.0.0.1:5004/graphql")');
    expect(text).toContain('REGISTRY @join__graph(name: "registry", url: "http://127.0.0.1:5005/graphql")');
    expect(text).not.toMatch(/localhost:400\d/);
  });
});
