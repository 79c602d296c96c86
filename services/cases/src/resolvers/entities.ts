import { canActForDepartment, forbidden, parsePeriod } from '@hall/service-kit';
import { GraphQLScalarType } from 'graphql';
import type { CaseResolvers, DepartmentResolvers, MatterResolvers } from '../generated/resolvers';
import { caseClockOf, needsCalendar } from '../domain/case-clock';
import { canSeeCase, maskMiddle, maskName, seesApplicantInFull } from '../domain/privacy';
import { availableActions } from './transition';
import { warningOf } from '../data/warnings';
import { isUuid } from '../data/loaders';

/** The details of a step, as stored (a JSON object). */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
});

interface NoticeData {
  receivedMaterials?: string[];
  missingMaterials?: string[];
}

/** Only the case's department and the manager see a case (canSeeCase), whichever field or entity reaches it. */
export const Case: CaseResolvers = {
  async __resolveReference(reference, { loaders, identity }) {
    // A malformed id is an unknown case for its own entry, not a failure of the whole batch.
    if (!isUuid(reference.id)) return null;
    const kase = await loaders.caseById.load(reference.id);
    // A case reached through another subgraph obeys the same rule as Query.case.
    return kase && canSeeCase(identity, kase) ? kase : null;
  },
  matter: (kase) => ({ __typename: 'Matter', id: kase.matterId }),
  department: (kase) => ({ __typename: 'Department', id: kase.departmentId }),
  referredTo: (kase) => (kase.referredToDepartmentId ? { __typename: 'Department', id: kase.referredToDepartmentId } : null),
  firstOwner: (kase) => ({ __typename: 'Staff', id: kase.firstOwnerStaffId }),
  window: (kase) => (kase.windowId ? { __typename: 'Window', id: kase.windowId } : null),
  applicantName: (kase, _, { identity }) =>
    seesApplicantInFull(identity, kase.departmentId) ? kase.applicantName : maskName(kase.applicantName),
  applicantIdNumber: (kase, _, { identity }) =>
    seesApplicantInFull(identity, kase.departmentId) ? kase.applicantIdNumber : maskMiddle(kase.applicantIdNumber, 4, 4),
  applicantPhone: (kase, _, { identity }) =>
    seesApplicantInFull(identity, kase.departmentId) ? kase.applicantPhone : maskMiddle(kase.applicantPhone, 3, 4),
  warning: (kase, _, { now }) => warningOf(kase, now),
  async events(kase, _, { loaders }) {
    const rows = await loaders.eventsByCase.load(kase.id);
    return rows.map((row) => ({
      at: row.at,
      from: row.fromStatus,
      to: row.toStatus,
      actorId: row.actorId,
      actorRole: row.actorRole,
      reason: row.reason,
      data: row.data ?? {},
    }));
  },
  async supplementNotices(kase, _, { loaders }) {
    const rows = (await loaders.eventsByCase.load(kase.id)).filter((row) => row.toStatus === 'SUPPLEMENT_REQUESTED');
    return rows.map((row, index) => {
      const data = (row.data ?? {}) as NoticeData;
      return {
        at: row.at,
        receivedMaterials: data.receivedMaterials ?? [],
        missingMaterials: data.missingMaterials ?? [],
        note: row.reason ?? '',
        repeat: index > 0,
      };
    });
  },
  repeatNotices: (kase) => Math.max(0, kase.supplementNotices - 1),
  visitLog: (kase, _, { loaders }) => loaders.visitsByCase.load(kase.id),
  evaluation: (kase, _, { loaders }) => loaders.evaluationByCase.load(kase.id),
  escalations: (kase, _, { loaders }) => loaders.escalationsByCase.load(kase.id),
  availableActions: (kase, _, { identity }) => availableActions(identity, kase),
  /** The calendar is read once per request (context.calendar), and only when some case's deadline is on another day. */
  async clock(kase, _, { now, settings, calendar }) {
    return caseClockOf(kase, now, settings.timeZone, needsCalendar(kase, now, settings.timeZone) ? await calendar() : null);
  },
  /** 一事一评: for the handling department and the manager, once the case is completed. */
  evaluationCode: (kase, _, { identity }) =>
    kase.evaluationCode && canActForDepartment(identity, kase.departmentId) ? kase.evaluationCode : null,
  evaluationUrl: (kase, _, { identity, settings }) =>
    kase.evaluationCode && canActForDepartment(identity, kase.departmentId)
      ? `${settings.publicWebUrl}/evaluate?code=${encodeURIComponent(kase.evaluationCode)}`
      : null,
};

export const Matter: MatterResolvers = {
  __resolveReference: (reference) => (isUuid(reference.id) ? { id: reference.id } : null),
  caseCount: (matter, _, { loaders }) => loaders.caseCountByMatter.load(matter.id),
};

/** Department statistics: the department's own staff and admins, and the manager. */
export const Department: DepartmentResolvers = {
  __resolveReference: (reference) => (isUuid(reference.id) ? { id: reference.id } : null),
  caseStats(department, args, { identity, loaders }) {
    if (!canActForDepartment(identity, department.id)) throw forbidden('statistics of another department');
    return loaders.caseStatsByDepartment.load({ departmentId: department.id, period: parsePeriod(args.period) });
  },
  evaluationStats(department, args, { identity, loaders }) {
    if (!canActForDepartment(identity, department.id)) throw forbidden('statistics of another department');
    return loaders.evaluationStatsByDepartment.load({ departmentId: department.id, period: parsePeriod(args.period) });
  },
};
