import { authSecret, serviceUnavailable, signToken, SUBGRAPH_CALL_TIMEOUT_MS } from '@hall/service-kit';
import { z } from 'zod';

/** A staff member as the duty subgraph knows them. */
export interface DirectoryStaff {
  id: string;
  departmentId: string | null;
  active: boolean;
}

/** A window and the departments it serves. */
export interface DirectoryWindow {
  id: string;
  departmentIds: string[];
  active: boolean;
}

export interface DutyLookup {
  /** Null for an id the duty subgraph does not know. */
  staff: ReadonlyMap<string, DirectoryStaff | null>;
  windows: ReadonlyMap<string, DirectoryWindow | null>;
}

/** A signed-in staff member, as the duty subgraph is asked about them (on their own behalf). */
export interface RosterMember {
  userId: string;
  departmentId: string;
  staffId: string;
}

/**
 * The port through which the cases subgraph learns about staff and windows: it never reads the duty subgraph's tables.
 * One call asks for every id at once (a registration's two, an import's hundreds).
 */
export interface DutyDirectory {
  lookup(request: { staffIds: readonly string[]; windowIds: readonly string[] }): Promise<DutyLookup>;
  /** The window the approved roster puts the member at, at that instant; null when they have no shift then. */
  rosteredWindow(member: RosterMember, at: Date): Promise<string | null>;
}

const ENTITIES_QUERY = `query CasesDutyDirectory($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Staff { id active department { id } }
    ... on Window { id active departments { id } }
  }
}`;

const entitySchema = z.union([
  z.object({ id: z.string(), active: z.boolean(), department: z.object({ id: z.string() }).nullable() }),
  z.object({ id: z.string(), active: z.boolean(), departments: z.array(z.object({ id: z.string() })) }),
]);

const answerSchema = z.object({
  data: z.object({ _entities: z.array(entitySchema.nullable()) }).nullish(),
  errors: z.array(z.object({ message: z.string() })).optional(),
});

const ON_DUTY_QUERY = `query CasesRosteredWindow($at: DateTime!) { onDuty(at: $at) { staff { id } window { id } } }`;

const onDutySchema = z.object({
  data: z.object({ onDuty: z.array(z.object({ staff: z.object({ id: z.string() }), window: z.object({ id: z.string() }) })) }).nullish(),
  errors: z.array(z.object({ message: z.string() })).optional(),
});

async function post(url: string, body: unknown, authorization?: string): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(SUBGRAPH_CALL_TIMEOUT_MS),
  }).catch(() => {
    throw serviceUnavailable('duty');
  });
  if (!response.ok) throw serviceUnavailable('duty');
  return response.json().catch(() => null);
}

/** `DUTY_URL`, else the duty subgraph on this host at `DUTY_PORT` (default 4003). */
export function dutyUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.DUTY_URL || `http://127.0.0.1:${env.DUTY_PORT || 4003}/graphql`;
}

/** The real directory: one `_entities` request to the duty subgraph per lookup (ids validated as UUIDs by the caller). */
export function dutyDirectory(url = dutyUrlFromEnv()): DutyDirectory {
  return {
    async lookup({ staffIds, windowIds }) {
      const staff = [...new Set(staffIds)];
      const windows = [...new Set(windowIds)];
      const empty = { staff: new Map<string, DirectoryStaff | null>(), windows: new Map<string, DirectoryWindow | null>() };
      if (staff.length + windows.length === 0) return empty;
      const representations = [...staff.map((id) => ({ __typename: 'Staff', id })), ...windows.map((id) => ({ __typename: 'Window', id }))];
      const answer = answerSchema.safeParse(await post(url, { query: ENTITIES_QUERY, variables: { representations } }));
      const entities = answer.success ? answer.data.data?._entities : undefined;
      if (!entities || entities.length !== representations.length || answer.data?.errors?.length) throw serviceUnavailable('duty');
      staff.forEach((id, index) => {
        const entity = entities[index];
        empty.staff.set(
          id,
          entity && 'department' in entity ? { id, departmentId: entity.department?.id ?? null, active: entity.active } : null,
        );
      });
      windows.forEach((id, index) => {
        const entity = entities[staff.length + index];
        empty.windows.set(
          id,
          entity && 'departments' in entity ? { id, departmentIds: entity.departments.map((d) => d.id), active: entity.active } : null,
        );
      });
      return empty;
    },

    /**
     * Duty shows a staff member their own roster only, so the question is asked as the member: a one-minute token of
     * theirs, signed with the hall's shared secret, never the caller's wider rights.
     */
    async rosteredWindow(member, at) {
      const token = await signToken(
        { sub: member.userId, role: 'staff', dept: member.departmentId, staffId: member.staffId },
        authSecret(),
        '1m',
      );
      const answer = onDutySchema.safeParse(await post(url, { query: ON_DUTY_QUERY, variables: { at: at.toISOString() } }, `Bearer ${token}`));
      const entries = answer.success ? answer.data.data?.onDuty : undefined;
      if (!entries || answer.data?.errors?.length) throw serviceUnavailable('duty');
      return entries.find((entry) => entry.staff.id === member.staffId)?.window.id ?? null;
    },
  };
}

/**
 * A directory over known lists of staff and windows (the demo hall, a generated organisation), for in-process tools
 * and tests that run the cases subgraph without a duty subgraph. Everyone listed counts as active; it knows no roster,
 * so nobody is on duty (a desk registration carries no window and is marked off the roster).
 */
export function staticDutyDirectory(people: {
  staff: ReadonlyArray<{ id: string; departmentId: string }>;
  windows: ReadonlyArray<{ id: string; departmentIds: readonly string[] }>;
}): DutyDirectory {
  const staff = new Map(people.staff.map((member) => [member.id, { id: member.id, departmentId: member.departmentId, active: true }]));
  const windows = new Map(
    people.windows.map((window) => [window.id, { id: window.id, departmentIds: [...window.departmentIds], active: true }]),
  );
  return {
    lookup: async ({ staffIds, windowIds }) => ({
      staff: new Map(staffIds.map((id) => [id, staff.get(id) ?? null])),
      windows: new Map(windowIds.map((id) => [id, windows.get(id) ?? null])),
    }),
    rosteredWindow: async () => null,
  };
}
