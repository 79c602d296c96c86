// Suite 1, nested (issue 13 item 3: every field authorizes itself). Every Query and Mutation field of every subgraph,
// its payload walked down every object-typed field to depth 3, as every role, through the gateway (supergraph types)
// and directly at each subgraph (its own types: entities another subgraph owns come back as references). Every object
// found at any path is judged by its type's rule (support/access-rules.ts): the role may see it, or it is null (or
// refused with FORBIDDEN); masked fields are masked; restricted fields show nothing.
//
// Mutations run for real, once per request, on this file's own platform (its own throwaway databases), after every
// query has been walked on the untouched demo hall. The walk needs real payloads, because a payload type's resolvers
// are only reached with a real record: the public has no query that returns an Evaluation or a Complaint, so
// `evaluateCase` and `fileComplaint` themselves are the only paths to judge. So mutations get disposable targets:
// each `evaluateCase` request evaluates a case completed on the spot for it, each case step (acceptCase, withdrawCase,
// …) acts on a case registered for it, `registerCase` and `fileComplaint` create new records; the other mutations act
// on the authorization matrix's targets (the first allowed role changes them; later ones may get CONFLICT, and their
// payload types are walked through the queries that return them).
import { localSubgraphs } from '@hall/db';
import { startPlatform, type RunningPlatform } from '@hall/gateway/testing';
import { appendFileSync, writeFileSync } from 'node:fs';
import { queryLimitsFromEnv } from '@hall/service-kit';
import { isObjectType, print, type GraphQLSchema } from 'graphql';
import { tokenFor } from '@hall/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARGUMENT_OVERRIDES } from './authorization-matrix';
import { FactOracle, judge, OWN_PAYLOAD, type Viewer } from './support/access-rules';
import { argumentsFor } from './support/arguments';
import { reportFigures } from './support/figures';
import { codesOf, post, type GraphQLResponse } from './support/graphql';
import { castOfDemoUsers, ROLE_KEYS, type Cast, type RoleKey } from './support/identities';
import { readAllSchemas, type SchemaField, type SubgraphSchema } from './support/schema';
import { discoverTargets, type Targets } from './support/targets';
import {
  countFields,
  estimateCost,
  fieldsOf,
  mergedArgumentSchema,
  objectsIn,
  packSelection,
  pageArguments,
  operationFor,
  payloadSelection,
  payloadTypeOf,
  rootShapeOf,
  splitSelection,
  subgraphWalkSchema,
  supergraphWalkSchema,
  type Selection,
} from './support/walk';

const DEPTH = 3;
/** Every paginated list (root or nested) is asked for its first items only: what they show stands for the rest. */
const PAGE_SIZE = 5;

// The walk asks the public operations far more often than a person would; the rate limits are not what is tested here.
for (const operation of ['CASE_PROGRESS', 'EVALUATION_INVITATION', 'EVALUATE_CASE', 'FILE_COMPLAINT', 'ISSUE_TICKET']) {
  process.env[`RATE_LIMIT_${operation}_ADDRESS`] = '100000/60/1';
  process.env[`RATE_LIMIT_${operation}_SUBJECT`] = '100000/60/1';
}

type Target = 'gateway' | string;

/** Every subgraph of this repository in the platform's list (subgraphs.json). */
const SUBGRAPHS = localSubgraphs().map((entry) => entry.name);
const schemas = readAllSchemas();
const argumentSchemas = new Map<string, SubgraphSchema>(schemas.map((schema) => [schema.service, schema]));
const mergedArguments = mergedArgumentSchema(schemas);
const walkSchemas = new Map<Target, GraphQLSchema>([
  ['gateway', supergraphWalkSchema()],
  ...SUBGRAPHS.map((service) => [service, subgraphWalkSchema(service)] as const),
]);

let platform: RunningPlatform;
let cast: Cast;
let targets: Targets;
let oracle: FactOracle;
let viewers: Record<RoleKey, Viewer>;
let instantMatterId: string;
let caseProgressTail: string;
let invitationCode: string;

interface Finding {
  target: Target;
  root: string;
  role: RoleKey;
  service: string;
  what: string;
  path: string;
  detail: string;
}

const findings = {
  leaks: [] as Finding[],
  unknownRecords: [] as string[],
  internalErrors: [] as string[],
  invalidOperations: [] as string[],
  /** Type.field pairs left out of a root's walk because no split fits the cost limit there. */
  pruned: [] as Array<{ target: Target; pair: string; root: string }>,
};
const walkedAt = new Map<Target, Set<string>>();
const walked = new Set<string>();
const roots = new Set<string>();
/** `target role Type.field` of object-typed fields that came back with a value (the proof the walk reached them). */
const reached = new Set<string>();
const figures = {
  depth: DEPTH,
  pageSize: PAGE_SIZE,
  roles: ROLE_KEYS.length,
  rootFields: 0,
  payloadFieldsWalked: 0,
  fieldSelections: 0,
  requests: 0,
  requestsSplitForLimits: 0,
  mutationRequests: 0,
  /** Mutation requests whose payload came back (executed for real, not refused). */
  mutationPayloadsWalked: 0,
  objectsChecked: 0,
  leaks: { catalog: 0, cases: 0, duty: 0, inspections: 0 } as Record<string, number>,
};

function viewerOf(role: RoleKey, token: string | undefined): Viewer {
  if (!token) return { key: role, role: 'public' };
  const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<string, string | undefined>;
  return {
    key: role,
    role: claims.role as Viewer['role'],
    ...(claims.dept ? { departmentId: claims.dept } : {}),
    ...(claims.staffId ? { staffId: claims.staffId } : {}),
    ...(claims.supervisorId ? { supervisorId: claims.supervisorId } : {}),
  };
}

/** The subgraph that resolves `Type.field` (at a subgraph, that subgraph). */
function ownerOf(target: Target, type: string, field: string): string {
  if (target !== 'gateway') return target;
  const owners = SUBGRAPHS.filter((service) => {
    const named = walkSchemas.get(service)?.getType(type);
    return isObjectType(named) && field in named.getFields();
  });
  return owners.find((service) => field !== 'id' || service !== 'catalog') ?? owners[0] ?? 'catalog';
}

/** The cost limits each target enforces, so that requests are split before they are sent (and refused). */
const COST_BUDGET = { gateway: queryLimitsFromEnv('GATEWAY').maxCost, subgraph: queryLimitsFromEnv('SUBGRAPH').maxCost };
/** NESTED_PRINT=1 logs every request's outcome to test-results/nested-authorization.log. */
const LOG = process.env.NESTED_PRINT ? new URL('../test-results/nested-authorization.log', import.meta.url) : null;

const LIMIT_CODES = /TOO_COMPLEX|TOO_LARGE|TOO_DEEP|COMPLEXITY|COST|ALIAS|DEPTH/;

function refusedByLimits(response: GraphQLResponse): boolean {
  return response.status === 413 || codesOf(response).some((code) => LIMIT_CODES.test(code));
}

async function manager<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await post<T>(platform.subgraphUrls.cases, query, variables, cast.tokens.manager);
  if (!response.data) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(response.errors)}`);
  return response.data;
}

let applicants = 0;
/** A SUBMITTED case of the owning department, registered online by the manager, for one mutation request. */
async function freshCase(options: { instant?: boolean } = {}): Promise<{ id: string; version: number; number: string; phone: string }> {
  applicants += 1;
  const phone = `1390000${String(1000 + applicants).slice(-4)}`;
  const data = await manager<{ registerCase: { id: string; version: number; number: string } }>(
    'mutation($input: RegisterCaseInput!) { registerCase(input: $input) { id version number } }',
    {
      input: {
        matterId: options.instant ? instantMatterId : targets.otherMatterId,
        applicantName: '欧阳明华',
        applicantIdNumber: '11010519491231002X',
        applicantPhone: phone,
        firstOwnerStaffId: cast.ownStaffId,
        online: true,
        ...(options.instant ? { completeOnTheSpot: true } : {}),
      },
    },
  );
  return { ...data.registerCase, phone };
}

/** An evaluation of a case completed on the spot for this request: with its code (contract.md), else number and tail. */
async function evaluationInput(): Promise<Record<string, unknown>> {
  const kase = await freshCase({ instant: true });
  const input = argumentSchemas.get('cases')?.inputs.get('EvaluateCaseInput');
  const byCode = (input?.fields ?? []).some((field) => field.name.value === 'code');
  const rating = { level: 1, channel: 'PC', comment: '可靠性测试' };
  if (!byCode) return { ...rating, number: kase.number, phoneTail: kase.phone.slice(-4) };
  const data = await manager<{ case: { evaluationCode: string | null } | null }>('query($id: ID!) { case(id: $id) { evaluationCode } }', {
    id: kase.id,
  });
  return { ...rating, code: data.case?.evaluationCode ?? '' };
}

/** A root field's arguments as the supergraph types them (name and printed type). */
function rootFieldArgs(field: SchemaField): Array<{ name: string; type: string }> {
  return field.args.map((arg) => ({ name: arg.name.value, type: print(arg.type) }));
}

function argumentNames(field: SchemaField): string[] {
  return field.args.map((arg) => arg.name.value);
}

/** The arguments of one request: fresh disposable targets where the mutation consumes its target. */
async function argumentsOf(field: SchemaField, fresh = true): Promise<Record<string, unknown>> {
  const schema = argumentSchemas.get(field.service);
  if (!schema) throw new Error(`no schema for ${field.service}`);
  const base = { ...pageArguments(rootFieldArgs(field), PAGE_SIZE), ...argumentsFor(field, schema, targets, ARGUMENT_OVERRIDES(targets)) };
  // The public lookups with a right answer, so that their payloads are walked too (the matrix asks with a wrong one).
  if (field.key === 'cases.Query.caseProgress') return { number: targets.caseNumber, phoneTail: caseProgressTail };
  if (field.key === 'cases.Query.evaluationInvitation') return { code: invitationCode };
  if (!fresh || field.operation !== 'Mutation' || field.service !== 'cases') return base;
  if (field.name === 'evaluateCase') return { input: await evaluationInput() };
  const names = argumentNames(field);
  if (names.includes('id') && names.includes('expectedVersion') && field.name !== 'advanceBadReview') {
    const kase = await freshCase();
    return { ...base, id: kase.id, expectedVersion: kase.version };
  }
  if (field.name === 'recordVisit') {
    const kase = await freshCase();
    return { input: { ...(base.input as Record<string, unknown>), id: kase.id } };
  }
  return base;
}

/** Walks one root field as one role at one target: requests split until each passes the limits, every object judged. */
async function walkRoot(target: Target, field: SchemaField, role: RoleKey): Promise<void> {
  const schema = walkSchemas.get(target);
  if (!schema) throw new Error(`no schema for ${target}`);
  const payloadType = payloadTypeOf(schema, field.operation, field.name);
  if (payloadType === undefined) {
    findings.invalidOperations.push(`${field.key} is not in the ${target} schema (the supergraph is composed with \`npm run compose\`)`);
    return;
  }
  if (!payloadType) return;
  roots.add(field.key);
  const argumentSchema = target === 'gateway' ? mergedArguments : (argumentSchemas.get(target) ?? mergedArguments);
  const url = target === 'gateway' ? platform.gatewayUrl : platform.urlOf(target);
  const full = payloadSelection(payloadType, { schema, argumentSchema, targets, depth: DEPTH, pageSize: PAGE_SIZE });
  const viewer = viewers[role];
  const shape = rootShapeOf(schema, field.operation, field.name);
  const rootShape = {
    holder: field.operation,
    field: field.name,
    list: shape.list,
    args: { ...shape.defaults, ...(await argumentsOf(field, false)) },
  };
  const walkedHere = walkedAt.get(target) ?? new Set<string>();
  walkedAt.set(target, walkedHere);
  /** A selection that costs too much however it is split (a list of lists of lists) is left to the other roots. */
  const prune = (selections: Selection[]) => {
    for (const pair of fieldsOf(payloadType, selections)) findings.pruned.push({ target, pair, root: field.key });
  };
  const budget = target === 'gateway' ? COST_BUDGET.gateway : COST_BUDGET.subgraph;
  const packed = packSelection(full, (selections) => estimateCost({ ...rootShape, type: payloadType }, selections) <= budget);
  for (const piece of packed.pruned) prune(piece);
  const queue = packed.chunks;
  while (queue.length > 0) {
    const selections = queue.shift() ?? [];
    const operation = operationFor(field.operation, field, await argumentsOf(field), selections);
    const response = await post(url, operation.text, operation.variables, cast.tokens[role]);
    figures.requests += 1;
    const where = `${target} ${field.key} as ${role}`;
    if (LOG) appendFileSync(LOG, `${where}: ${response.status} ${JSON.stringify(response.errors?.slice(0, 2) ?? [])} data:${JSON.stringify(response.data ?? null).length}\n`);
    if (refusedByLimits(response)) {
      const halves = splitSelection(selections);
      figures.requestsSplitForLimits += 1;
      if (halves) queue.unshift(...halves);
      else prune(selections);
      continue;
    }
    const codes = codesOf(response);
    if (codes.some((code) => code.startsWith('GRAPHQL_'))) {
      findings.invalidOperations.push(`${where}: ${response.errors?.[0]?.message ?? ''}`);
      continue;
    }
    for (const error of response.errors ?? []) {
      if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') findings.internalErrors.push(`${where} at ${(error.path ?? []).join('.')}: ${error.message}`);
    }
    if (field.operation === 'Mutation') {
      figures.mutationRequests += 1;
      // A mutation may have moved a record (a complaint assigned, an inspection submitted): judge by its facts now.
      oracle.forget();
    }
    figures.fieldSelections += countFields(selections);
    for (const pair of fieldsOf(payloadType, selections)) {
      walked.add(pair);
      walkedHere.add(pair);
    }
    const data = (response.data ?? {})[field.name];
    if (field.operation === 'Mutation' && data !== null && data !== undefined) figures.mutationPayloadsWalked += 1;
    for (const object of objectsIn(data, payloadType, selections, undefined, field.name)) {
      figures.objectsChecked += 1;
      if (object.parent) reached.add(`${target} ${role} ${object.parent.type}.${object.parent.field}`);
      const verdict = await judge(object, viewer, oracle, object.root && OWN_PAYLOAD.has(field.key));
      if (verdict.unknown) findings.unknownRecords.push(`${where}: ${verdict.unknown}`);
      for (const leak of verdict.leaks) {
        const service = leak.field
          ? ownerOf(target, object.type, leak.field)
          : object.parent
            ? ownerOf(target, object.parent.type, object.parent.field)
            : field.service;
        figures.leaks[service] = (figures.leaks[service] ?? 0) + 1;
        findings.leaks.push({ target, root: field.key, role, service, what: leak.what, path: leak.path, detail: leak.detail });
      }
    }
  }
}

/**
 * An appeal to walk (Finding.appeal, Appeal): the first supervisor submits their draft visit with a failed item, and
 * the inspected department's admin appeals the finding (within the appeal days, so it is done now, not taken from
 * the demo hall's older visits).
 */
async function appealToWalk(): Promise<void> {
  const url = platform.subgraphUrls.inspections;
  const supervisor = cast.tokens.supervisor;
  type Template = { currentChecklistTemplate: { sections: Array<{ items: Array<{ key: string }> }> } | null };
  const template = await post<Template>(url, '{ currentChecklistTemplate { sections { items { key } } } }', undefined, supervisor);
  const keys = template.data?.currentChecklistTemplate?.sections.flatMap((section) => section.items.map((item) => item.key)) ?? [];
  const items = keys.map((itemKey, index) => ({ itemKey, outcome: index === 0 ? 'FAIL' : 'PASS', ...(index === 0 ? { comment: '窗口无人' } : {}) }));
  const visit = { visitedAt: new Date(Date.now() - 3_600_000).toISOString(), scenario: '可靠性测试暗访', items };
  const saved = await post(url, 'mutation($id: ID!, $input: InspectionDraftInput!) { saveInspectionDraft(id: $id, input: $input) { id } }', { id: targets.draftInspectionId, input: visit }, supervisor);
  type Submitted = { submitInspection: { department: { id: string } | null; findings: Array<{ id: string }> } };
  const submitted = await post<Submitted>(url, 'mutation($id: ID!) { submitInspection(id: $id) { department { id } findings { id } } }', { id: targets.draftInspectionId }, supervisor);
  const finding = submitted.data?.submitInspection.findings[0]?.id;
  const department = submitted.data?.submitInspection.department?.id;
  if (!finding || !department) throw new Error(`no finding to appeal: ${JSON.stringify([saved.errors, submitted.errors])}`);
  const admin = await tokenFor({ sub: 'reliability-admin', role: 'dept_admin', dept: department });
  const appeal = await post(url, 'mutation($id: ID!) { appealFinding(findingId: $id, reason: "可靠性测试申诉") { id } }', { id: finding }, admin);
  if (!appeal.data) throw new Error(`the appeal was refused: ${JSON.stringify(appeal.errors)}`);
}

beforeAll(async () => {
  platform = await startPlatform();
  cast = await castOfDemoUsers();
  targets = await discoverTargets(cast, platform.subgraphUrls);
  oracle = new FactOracle(platform.databaseUrls);
  viewers = Object.fromEntries(ROLE_KEYS.map((role) => [role, viewerOf(role, cast.tokens[role])])) as Record<RoleKey, Viewer>;
  const catalog = await post<{ matters: Array<{ id: string }> }>(
    platform.subgraphUrls.catalog,
    'query($id: ID!) { matters(filter: { departmentId: $id, kind: INSTANT }) { id } }',
    { id: cast.ownDepartmentId },
    cast.tokens.manager,
  );
  const instant = catalog.data?.matters[0]?.id;
  if (!instant) throw new Error(`the owning department publishes no instant matter: ${JSON.stringify(catalog.errors)}`);
  instantMatterId = instant;
  caseProgressTail = cast.hall.cases.find((kase) => kase.id === targets.caseId)?.applicantPhone.slice(-4) ?? '0000';
  invitationCode = String((await evaluationInput()).code ?? '');
  await appealToWalk();
}, 120_000);

afterAll(async () => {
  if (LOG) writeFileSync(new URL('../test-results/nested-authorization.json', import.meta.url), JSON.stringify(findings, null, 1));
  await oracle?.close();
  await platform?.stop();
  figures.payloadFieldsWalked = walked.size;
  figures.rootFields = roots.size;
  reportFigures('nestedAuthorization', { ...figures, leaksFound: findings.leaks.length });
});

function summary(list: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  for (const leak of list) {
    const key = `${leak.service}: ${leak.what} — ${leak.detail.split(':')[0]} (${leak.target}, ${leak.root}, ${leak.path})`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen.keys()].sort();
}

const queryFields = schemas.flatMap((schema) => schema.fields.filter((field) => field.operation === 'Query'));
const mutationFields = schemas.flatMap((schema) => schema.fields.filter((field) => field.operation === 'Mutation'));

describe('nested authorization: every payload walked to depth 3 for every role (suite 1)', () => {
  for (const [operation, fields] of [
    ['Query', queryFields],
    ['Mutation', mutationFields],
  ] as const) {
    for (const target of ['gateway', 'subgraph'] as const) {
      it(`${operation} payloads ${target === 'gateway' ? 'through the gateway' : 'directly at each subgraph'}`, async () => {
        const before = { leaks: findings.leaks.length, invalid: findings.invalidOperations.length, pruned: findings.pruned.length };
        const unknownBefore = findings.unknownRecords.length;
        const internalBefore = findings.internalErrors.length;
        for (const field of fields) {
          const where = target === 'gateway' ? 'gateway' : field.service;
          // Queries change nothing: the roles walk them side by side. Mutations run one after another.
          if (operation === 'Query') await Promise.all(ROLE_KEYS.map((role) => walkRoot(where, field, role)));
          else for (const role of ROLE_KEYS) await walkRoot(where, field, role);
        }
        expect(findings.invalidOperations.slice(before.invalid), 'the walker builds only valid operations').toEqual([]);
        const notWalked = findings.pruned
          .slice(before.pruned)
          .filter(({ target: at, pair }) => !walkedAt.get(at)?.has(pair))
          .map(({ target: at, pair, root }) => `${at} ${pair} (from ${root})`);
        expect([...new Set(notWalked)], 'a field too costly under one root is walked under another').toEqual([]);
        expect(findings.unknownRecords.slice(unknownBefore), 'every record judged is known to its database').toEqual([]);
        expect(findings.internalErrors.slice(internalBefore)).toEqual([]);
        expect(summary(findings.leaks.slice(before.leaks))).toEqual([]);
      }, 600_000);
    }
  }

  it('judges the hole of issue 13 as a leak: a case under a public evaluation, its applicant in full', async () => {
    const kase = { id: targets.caseId, number: targets.caseNumber, applicantName: '张三', applicantIdNumber: '11010519491231002X', events: [] };
    const { leaks } = await judge({ type: 'Case', value: kase, path: 'evaluateCase.case' }, viewers.public, oracle, false);
    expect(leaks.map((leak) => leak.what)).toEqual(['Case', 'Case.applicantName', 'Case.applicantIdNumber']);
    const masked = { ...kase, applicantName: '张*', applicantIdNumber: '1101**********002X' };
    expect((await judge({ type: 'Case', value: masked, path: 'case' }, viewers.ownStaff, oracle, false)).leaks).toEqual([]);
    expect((await judge({ type: 'Case', value: masked, path: 'case' }, viewers.manager, oracle, false)).leaks).toEqual([]);
    expect((await judge({ type: 'Case', value: kase, path: 'case' }, viewers.manager, oracle, false)).leaks.map((leak) => leak.what)).toEqual([
      'Case.applicantName',
      'Case.applicantIdNumber',
    ]);
  });

  it('reached the payloads that hold another record: Evaluation.case for the public, Complaint, Case from case steps', () => {
    for (const target of ['gateway', 'cases'] as const) {
      expect(reached, `${target}: evaluateCase as the public walked Evaluation.department`).toContain(`${target} public Evaluation.department`);
      expect(reached).toContain(`${target} manager Evaluation.case`);
      expect(reached).toContain(`${target} public Complaint.department`);
      expect(reached).toContain(`${target} ownStaff Case.events`);
    }
  });
});
