import { canActForDepartment, forbidden } from '@hall/service-kit';
import { GraphQLScalarType } from 'graphql';
import type { CasesContext } from '../context';
import type { CaseEventRow, CaseRow } from '../loaders';
import { canSeeCase, maskMiddle, maskName, seesApplicantInFull } from '../privacy';
import { warningOf } from '../warnings';
import { isUuid } from '../loaders';
import { parsePeriod } from './Query';

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
export const Case = {
  async __resolveReference(reference: { id: unknown }, { loaders, identity }: CasesContext): Promise<CaseRow | null> {
    // A malformed id is an unknown case for its own entry, not a failure of the whole batch.
    if (!isUuid(reference.id)) return null;
    const kase = await loaders.caseById.load(reference.id);
    // A case reached through another subgraph obeys the same rule as Query.case.
    return kase && canSeeCase(identity, kase) ? kase : null;
  },
  matter: (kase: CaseRow) => ({ __typename: 'Matter', id: kase.matterId }),
  department: (kase: CaseRow) => ({ __typename: 'Department', id: kase.departmentId }),
  referredTo: (kase: CaseRow) => (kase.referredToDepartmentId ? { __typename: 'Department', id: kase.referredToDepartmentId } : null),
  firstOwner: (kase: CaseRow) => ({ __typename: 'Staff', id: kase.firstOwnerStaffId }),
  window: (kase: CaseRow) => (kase.windowId ? { __typename: 'Window', id: kase.windowId } : null),
  applicantName: (kase: CaseRow, _: unknown, { identity }: CasesContext) =>
    seesApplicantInFull(identity, kase.departmentId) ? kase.applicantName : maskName(kase.applicantName),
  applicantIdNumber: (kase: CaseRow, _: unknown, { identity }: CasesContext) =>
    seesApplicantInFull(identity, kase.departmentId) ? kase.applicantIdNumber : maskMiddle(kase.applicantIdNumber, 4, 4),
  applicantPhone: (kase: CaseRow, _: unknown, { identity }: CasesContext) =>
    seesApplicantInFull(identity, kase.departmentId) ? kase.applicantPhone : maskMiddle(kase.applicantPhone, 3, 4),
  warning: (kase: CaseRow, _: unknown, { now }: CasesContext) => warningOf(kase, now),
  async events(kase: CaseRow, _: unknown, { loaders }: CasesContext) {
    const rows: CaseEventRow[] = await loaders.eventsByCase.load(kase.id);
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
  async supplementNotices(kase: CaseRow, _: unknown, { loaders }: CasesContext) {
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
  repeatNotices: (kase: CaseRow) => Math.max(0, kase.supplementNotices - 1),
  visitLog: (kase: CaseRow, _: unknown, { loaders }: CasesContext) => loaders.visitsByCase.load(kase.id),
  evaluation: (kase: CaseRow, _: unknown, { loaders }: CasesContext) => loaders.evaluationByCase.load(kase.id),
  escalations: (kase: CaseRow, _: unknown, { loaders }: CasesContext) => loaders.escalationsByCase.load(kase.id),
  /** 一事一评: for the handling department and the manager, once the case is completed. */
  evaluationCode: (kase: CaseRow, _: unknown, { identity }: CasesContext) =>
    kase.evaluationCode && canActForDepartment(identity, kase.departmentId) ? kase.evaluationCode : null,
  evaluationUrl: (kase: CaseRow, _: unknown, { identity, settings }: CasesContext) =>
    kase.evaluationCode && canActForDepartment(identity, kase.departmentId)
      ? `${settings.publicWebUrl}/evaluate?code=${encodeURIComponent(kase.evaluationCode)}`
      : null,
};

export const Matter = {
  __resolveReference: (reference: { id: unknown }) => (isUuid(reference.id) ? { id: reference.id } : null),
  caseCount: (matter: { id: string }, _: unknown, { loaders }: CasesContext) => loaders.caseCountByMatter.load(matter.id),
};

/** Department statistics: the department's own staff and admins, and the manager. */
export const Department = {
  __resolveReference: (reference: { id: unknown }) => (isUuid(reference.id) ? { id: reference.id } : null),
  caseStats(department: { id: string }, args: { period: unknown }, { identity, loaders }: CasesContext) {
    if (!canActForDepartment(identity, department.id)) throw forbidden('statistics of another department');
    return loaders.caseStatsByDepartment.load({ departmentId: department.id, period: parsePeriod(args.period) });
  },
  evaluationStats(department: { id: string }, args: { period: unknown }, { identity, loaders }: CasesContext) {
    if (!canActForDepartment(identity, department.id)) throw forbidden('statistics of another department');
    return loaders.evaluationStatsByDepartment.load({ departmentId: department.id, period: parsePeriod(args.period) });
  },
};
