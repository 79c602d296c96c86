import type {
  FieldDefinitionNode,
  GraphQLField,
  GraphQLInputField,
  GraphQLSchema,
  GraphQLType,
  InputValueDefinitionNode,
  TypeNode,
} from 'graphql';
import { graphql } from './graphql';

const {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isRequiredInputField,
  Kind,
  parse,
  print,
} = graphql;

/**
 * The names the platform's contract promises, transcribed from ../shared/CONTRACT.md's "Names that must exist
 * (federated through the gateway)" (CONTRACT.md lives outside the repository, so CI cannot parse it); keep the two
 * together. Written as an excerpt of the API schema, with today's types where CONTRACT.md only names a field:
 * a proposed schema must have every type, field, argument and enum value below, with a type its users can still rely
 * on (an output at least as non-null, an argument or input field accepting at least what is written here).
 * `input Period` comes from CONTRACT.md's "Time" section.
 */
export const CONTRACT_SDL = /* GraphQL */ `
  # catalog
  type Department {
    id: ID!
    code: String!
    name: String!
  }
  type Matter {
    id: ID!
    code: String!
    name: String!
    department: Department!
    kind: MatterKind!
    category: MatterCategory!
    legalLimitDays: Int!
    committedLimitDays: Int!
    materials: [Material!]!
    status: MatterStatus!
  }
  enum MatterKind {
    INSTANT
    COMMITTED
  }
  type Query {
    departments: [Department!]
    matters: [Matter!]!
    matter(id: ID!): Matter
  }
  # "mutations to create, update, publish and withdraw a department's matters"
  type Mutation {
    createMatter: Matter!
    updateMatter(id: ID!): Matter!
    publishMatter(id: ID!): Matter!
    withdrawMatter(id: ID!): Matter!
  }

  # cases
  type Case {
    id: ID!
    number: String!
    matter: Matter
    department: Department
    status: CaseStatus!
    dueAt: DateTime
    visits: Int!
    warning: Warning!
    events: [CaseEvent!]!
  }
  enum Warning {
    NONE
    PRE
    YELLOW
    RED
  }
  # "cursor-paginated": today's connection
  type CaseConnection {
    nodes: [Case!]!
    endCursor: String
    hasNextPage: Boolean!
  }
  extend type Query {
    cases(first: Int, after: String): CaseConnection!
    case(id: ID!): Case
    caseProgress(number: String!, phoneTail: String!): CaseProgress
    caseStats(period: Period!): CaseStats
    evaluationStats(period: Period!): EvaluationStats
  }
  # "one mutation per lifecycle transition; evaluateCase, fileComplaint; importCases"
  extend type Mutation {
    registerCase: Case!
    requestSupplement(id: ID!): Case!
    resubmitCase(id: ID!): Case!
    acceptCase(id: ID!): Case!
    rejectCase(id: ID!): Case!
    referCase(id: ID!): Case!
    startReview(id: ID!): Case!
    suspendCase(id: ID!): Case!
    resumeCase(id: ID!): Case!
    decideCase(id: ID!): Case!
    completeCase(id: ID!): Case!
    deliverCase(id: ID!): Case!
    withdrawCase(id: ID!): Case!
    evaluateCase: Evaluation!
    fileComplaint: Complaint!
    importCases: ImportReport!
  }
  extend type Department {
    caseStats(period: Period!): CaseStats
    evaluationStats(period: Period!): EvaluationStats
  }
  type CaseStats {
    accepted: Int!
    completed: Int!
    completionRate: Float
    completedOnTime: Int!
    onTimeRate: Float
    instantCount: Int!
    oneVisitRate: Float
    twoVisitRate: Float
    threeVisitRate: Float
    preWarnings: Int!
    yellowCards: Int!
    redCards: Int!
  }
  type EvaluationStats {
    total: Int!
    byLevel: [LevelCount!]!
    satisfactionRate: Float
    goodRate: Float
    badRate: Float
    evaluationRate: Float
  }
  type LevelCount {
    level: Int!
    count: Int!
  }

  # duty
  type Staff {
    id: ID!
  }
  type Window {
    id: ID!
  }
  extend type Department {
    staff: [Staff!]
    windows: [Window!]
    dutyStats(period: Period!): DutyStats
  }
  extend type Query {
    onDuty(at: DateTime!): [OnDuty!]!
  }
  type DutyStats {
    shifts: Int!
    attended: Int!
    attendanceRate: Float
    late: Int!
    absent: Int!
    unattendedIncidents: Int!
  }

  # inspections
  type Supervisor
  type Inspection {
    id: ID!
    window: Window
    department: Department
    visitedAt: DateTime
    score: Float
    findings: [Finding!]!
    status: InspectionStatus!
  }
  type Rectification
  extend type Department {
    inspectionStats(period: Period!): InspectionStats
  }
  extend type Window {
    inspectionStats(period: Period!): InspectionStats
  }
  type InspectionStats {
    inspections: Int!
    averageScore: Float
    findings: Int!
    openRectifications: Int!
    overdueRectifications: Int!
  }

  # "Time"
  input Period {
    from: Date!
    to: Date!
  }
`;

/** What of the contract a schema lacks or has retyped: `Case.number is missing`, `Case.status is retyped: …`. */
export function checkContract(schema: GraphQLSchema, contractSdl: string = CONTRACT_SDL): string[] {
  const problems: string[] = [];
  for (const definition of parse(contractSdl).definitions) {
    switch (definition.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.OBJECT_TYPE_EXTENSION: {
        const name = definition.name.value;
        const type = schema.getType(name);
        if (!type) problems.push(`${name} is missing`);
        else if (!isObjectType(type) && !isInterfaceType(type)) problems.push(`${name} is no longer an object type`);
        else for (const field of definition.fields ?? []) problems.push(...checkField(name, type.getFields()[field.name.value], field));
        break;
      }
      case Kind.ENUM_TYPE_DEFINITION: {
        const name = definition.name.value;
        const type = schema.getType(name);
        if (!type) problems.push(`${name} is missing`);
        else if (!isEnumType(type)) problems.push(`${name} is no longer an enum`);
        else
          for (const value of definition.values ?? [])
            if (!type.getValue(value.name.value)) problems.push(`${name}.${value.name.value} is missing`);
        break;
      }
      case Kind.INPUT_OBJECT_TYPE_DEFINITION: {
        const name = definition.name.value;
        const type = schema.getType(name);
        if (!type) problems.push(`${name} is missing`);
        else if (!isInputObjectType(type)) problems.push(`${name} is no longer an input type`);
        else {
          const fields = type.getFields();
          for (const field of definition.fields ?? [])
            problems.push(...checkInput(`${name}.${field.name.value}`, fields[field.name.value], field));
          const listed = new Set(definition.fields?.map((field) => field.name.value));
          for (const field of Object.values(fields))
            if (isRequiredInputField(field) && !listed.has(field.name))
              problems.push(`${name}.${field.name} is required but not in the contract: inputs written to the contract are refused`);
        }
        break;
      }
      default:
        throw new Error(`the contract has a ${definition.kind}, which checkContract does not know`);
    }
  }
  return problems;
}

function checkField(typeName: string, actual: GraphQLField<unknown, unknown> | undefined, wanted: FieldDefinitionNode): string[] {
  const coordinate = `${typeName}.${wanted.name.value}`;
  if (!actual) return [`${coordinate} is missing`];
  const problems = outputFits(actual.type, wanted.type)
    ? []
    : [`${coordinate} is retyped: ${String(actual.type)}, the contract has ${print(wanted.type)}`];
  for (const argument of wanted.arguments ?? [])
    problems.push(
      ...checkInput(
        `${coordinate}(${argument.name.value}:)`,
        actual.args.find((arg) => arg.name === argument.name.value),
        argument,
      ),
    );
  return problems;
}

function checkInput(coordinate: string, actual: Pick<GraphQLInputField, 'type'> | undefined, wanted: InputValueDefinitionNode): string[] {
  if (!actual) return [`${coordinate} is missing`];
  return inputFits(actual.type, wanted.type)
    ? []
    : [`${coordinate} is retyped: ${String(actual.type)}, the contract has ${print(wanted.type)}`];
}

/** An output still fits when it gives what the contract promises: the same type, at least as non-null. */
function outputFits(actual: GraphQLType, wanted: TypeNode): boolean {
  if (wanted.kind === Kind.NON_NULL_TYPE) return isNonNullType(actual) && outputFits(actual.ofType, wanted.type);
  if (isNonNullType(actual)) return outputFits(actual.ofType, wanted);
  if (wanted.kind === Kind.LIST_TYPE) return isListType(actual) && outputFits(actual.ofType, wanted.type);
  return !isListType(actual) && actual.name === wanted.name.value;
}

/** An argument or input field still fits when it accepts what the contract promises: the same type, at most as non-null. */
function inputFits(actual: GraphQLType, wanted: TypeNode): boolean {
  if (isNonNullType(actual)) return wanted.kind === Kind.NON_NULL_TYPE && inputFits(actual.ofType, wanted.type);
  if (wanted.kind === Kind.NON_NULL_TYPE) return inputFits(actual, wanted.type);
  if (wanted.kind === Kind.LIST_TYPE) return isListType(actual) && inputFits(actual.ofType, wanted.type);
  return !isListType(actual) && actual.name === wanted.name.value;
}
