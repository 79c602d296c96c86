import type { CasesContext } from '../context';
import type { CaseEventRow, CaseRow } from '../loaders';
import { canSeeCase, maskMiddle, maskName, seesApplicantInFull } from '../privacy';
import { warningOf } from '../warnings';

export const Case = {
  async __resolveReference(reference: { id: string }, { loaders, identity }: CasesContext): Promise<CaseRow | null> {
    const kase = await loaders.caseById.load(reference.id);
    // A case reached through another subgraph obeys the same rule as Query.case.
    return kase && canSeeCase(identity, kase) ? kase : null;
  },
  matter: (kase: CaseRow) => ({ __typename: 'Matter', id: kase.matterId }),
  department: (kase: CaseRow) => ({ __typename: 'Department', id: kase.departmentId }),
  applicantName: (kase: CaseRow, _: unknown, { identity }: CasesContext) =>
    seesApplicantInFull(identity, kase.departmentId) ? kase.applicantName : maskName(kase.applicantName),
  applicantIdNumber: (kase: CaseRow, _: unknown, { identity }: CasesContext) =>
    seesApplicantInFull(identity, kase.departmentId) ? kase.applicantIdNumber : maskMiddle(kase.applicantIdNumber, 4, 4),
  applicantPhone: (kase: CaseRow, _: unknown, { identity }: CasesContext) =>
    seesApplicantInFull(identity, kase.departmentId) ? kase.applicantPhone : maskMiddle(kase.applicantPhone, 3, 4),
  warning: (kase: CaseRow, _: unknown, { now }: CasesContext) => warningOf(kase, now),
  async events(kase: CaseRow, _: unknown, { loaders }: CasesContext) {
    const rows: CaseEventRow[] = await loaders.eventsByCase.load(kase.id);
    return rows.map((row) => ({ at: row.at, from: row.fromStatus, to: row.toStatus, actorRole: row.actorRole, reason: row.reason }));
  },
};

export const Matter = {
  caseCount: (matter: { id: string }, _: unknown, { loaders }: CasesContext) => loaders.caseCountByMatter.load(matter.id),
};
