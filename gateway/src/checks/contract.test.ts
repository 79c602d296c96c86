import { describe, expect, it } from 'vitest';
import { checkContract } from './contract';
import { graphql } from './graphql';

const { buildSchema } = graphql;

// The contract's rules on small schemas; check.test.ts checks CONTRACT_SDL itself against the platform's schemas.
const CONTRACT = /* GraphQL */ `
  type Query {
    case(id: ID!): Case
    cases(first: Int): [Case!]!
  }
  type Case {
    number: String!
    warning: Warning
  }
  enum Warning {
    NONE
    RED
  }
  input Period {
    from: String!
  }
`;

function problems(sdl: string): string[] {
  return checkContract(buildSchema(sdl), CONTRACT);
}

describe('the contract check', () => {
  it('passes a schema with every name, an output made stricter and an argument made looser', () => {
    expect(
      problems(`
        type Query { case(id: ID): Case!, cases(first: Int, after: String): [Case!]!, extra: Int }
        type Case { number: String!, warning: Warning!, other: Int }
        enum Warning { NONE RED PRE }
        input Period { from: String, to: String }
      `),
    ).toEqual([]);
  });

  it('names what is missing or retyped: types, fields, arguments, enum values, nullability in either direction', () => {
    expect(
      problems(`
        type Query { case(ident: ID!): Case, cases(first: Int!): [Case] }
        type Case { warning: String }
        enum Warning { NONE }
        input Period { from: String!, zone: String! }
      `),
    ).toEqual([
      'Query.case(id:) is missing',
      'Query.cases is retyped: [Case], the contract has [Case!]!',
      'Query.cases(first:) is retyped: Int!, the contract has Int',
      'Case.number is missing',
      'Case.warning is retyped: String, the contract has Warning',
      'Warning.RED is missing',
      'Period.zone is required but not in the contract: inputs written to the contract are refused',
    ]);
    expect(problems('type Query { cases: Int }')).toEqual(
      expect.arrayContaining(['Case is missing', 'Warning is missing', 'Period is missing']),
    );
  });
});
