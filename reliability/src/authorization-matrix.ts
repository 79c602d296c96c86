import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { departmentSubgraphs, subgraphDirectory } from '@hall/db';
import type { Targets } from './support/targets';

/** A cell: A = allowed (any answer but a refusal), F = FORBIDDEN, U = UNAUTHENTICATED. */
export type Cell = 'A' | 'F' | 'U';

/**
 * Every Query and Mutation field of every subgraph × the roles, in this order:
 * public · staff of the owning department · staff of another department · dept_admin (owning) · supervisor · manager.
 * Lists (`cases`, `complaints`, …) are "allowed" for staff of any department because they are scoped to the asker's
 * own department; single records of the owning department are refused to the other one.
 */
const HALL_MATRIX: Record<string, string> = {
  // cases.Mutation
  'cases.Mutation.acceptCase': 'F A F A F A',
  'cases.Mutation.advanceBadReview': 'F F F F F A', // START (核实) is the hall's (the manager's), not the reviewed department's
  'cases.Mutation.answerComplaint': 'F A F A F A',
  'cases.Mutation.assignComplaint': 'F F F F F A',
  'cases.Mutation.closeComplaint': 'F F F F F A',
  'cases.Mutation.completeCase': 'F A F A F A',
  'cases.Mutation.confirmRecognition': 'F F F F F A',
  'cases.Mutation.decideCase': 'F A F A F A',
  'cases.Mutation.deliverCase': 'F A F A F A',
  'cases.Mutation.escalateCase': 'F F F F F A',
  'cases.Mutation.evaluateCase': 'A A A A A A', // a well-formed unknown code: NOT_FOUND alike for all (own department FORBIDDEN: services/cases evaluations.test.ts)
  'cases.Mutation.fileComplaint': 'A A A A A A',
  'cases.Mutation.importCases': 'F F F A F A',
  'cases.Mutation.recordVisit': 'F A F A F A',
  'cases.Mutation.referCase': 'F A F A F A',
  'cases.Mutation.registerCase': 'F A F A F A',
  'cases.Mutation.rejectCase': 'F A F A F A',
  'cases.Mutation.requestSupplement': 'F A F A F A',
  'cases.Mutation.respondEscalation': 'F A A A F A', // a well-formed unknown id: NOT_FOUND alike (another department FORBIDDEN: services/cases desks.test.ts)
  'cases.Mutation.resubmitCase': 'F A F A F A',
  'cases.Mutation.resumeCase': 'F A F A F A',
  'cases.Mutation.setCalendarDay': 'F F F F F A',
  'cases.Mutation.publishMonthlyReport': 'F F F F F A',
  'cases.Mutation.setRankingWeights': 'F F F F F A',
  'cases.Mutation.setReportRules': 'F F F F F A',
  'cases.Mutation.startReview': 'F A F A F A',
  'cases.Mutation.suspendCase': 'F A F A F A',
  'cases.Mutation.withdrawCase': 'F A F A F A',
  // cases.Query
  'cases.Query.badReviewStats': 'F A A A F A', // without departmentId: a department its own figures
  'cases.Query.badReviews': 'F A A A F A',
  'cases.Query.calendar': 'A A A A A A',
  'cases.Query.calendarOverrides': 'A A A A A A',
  'cases.Query.case': 'F A F A F A',
  'cases.Query.caseProgress': 'A A A A A A',
  'cases.Query.caseStats': 'F F F F F A',
  'cases.Query.evaluationInvitation': 'A A A A A A', // public, rate limited: null for an unknown code
  'cases.Query.cases': 'F A A A F A',
  'cases.Query.complaintStats': 'F A A A F A',
  'cases.Query.complaints': 'F A A A F A',
  'cases.Query.dailyCaseSeries': 'F F F F F A',
  'cases.Query.departmentRanking': 'F F F F F A',
  'cases.Query.escalationStats': 'F A A A F A',
  'cases.Query.escalations': 'F A A A F A',
  'cases.Query.evaluationStats': 'F F F F F A',
  'cases.Query.monthlyReport': 'F F F F F A',
  'cases.Query.overdueCases': 'F F F F F A',
  'cases.Query.rankingWeights': 'F F F F F A',
  'cases.Query.recognitions': 'F F F F F A',
  'cases.Query.referralFlags': 'F F F F F A',
  'cases.Query.reportRules': 'F F F F F A',
  'cases.Query.referralInbox': 'F A A A F A', // scoped to the asker's department, like the lists
  'cases.Query.serviceRecords': 'F F F F F A',
  'cases.Query.visitEpisodes': 'F F F F F A',
  'cases.Query.warningCases': 'F A A A F A',
  // catalog.Mutation
  'catalog.Mutation.createDepartment': 'F F F F F A',
  'catalog.Mutation.createMatter': 'F F F A F A',
  'catalog.Mutation.deactivateDepartment': 'F F F F F A',
  'catalog.Mutation.publishMatter': 'F F F A F A',
  'catalog.Mutation.reactivateDepartment': 'F F F F F A',
  'catalog.Mutation.updateDepartment': 'F F F F F A',
  'catalog.Mutation.updateMatter': 'F F F A F A',
  'catalog.Mutation.withdrawMatter': 'F F F A F A',
  // catalog.Query
  'catalog.Query.department': 'A A A A A A',
  'catalog.Query.departments': 'A A A A A A',
  'catalog.Query.hallCompression': 'A A A A A A',
  'catalog.Query.matter': 'A A A A A A',
  'catalog.Query.matterByCode': 'A A A A A A',
  'catalog.Query.matterVersions': 'A A A A A A',
  'catalog.Query.matters': 'A A A A A A',
  // duty.Mutation
  'duty.Mutation.approveSwapRequest': 'F F F F F A',
  'duty.Mutation.callNextTicket': 'F F F F F F',
  'duty.Mutation.checkIn': 'F A A F F F', // staff not on the roster: CONFLICT
  'duty.Mutation.checkOut': 'F A A F F F', // staff not on the roster: CONFLICT
  'duty.Mutation.copyRosterWeek': 'F F F F F A',
  'duty.Mutation.createStaff': 'F F F A F A',
  'duty.Mutation.createWindow': 'F F F F F A',
  'duty.Mutation.endService': 'F A F F F F',
  'duty.Mutation.fileSwapRequest': 'F F F A F F',
  'duty.Mutation.issueTicket': 'A A A A A A',
  'duty.Mutation.markNoShow': 'F A F F F F',
  'duty.Mutation.recordUnattendedIncidents': 'F F F F F A',
  'duty.Mutation.rejectSwapRequest': 'F F F F F A',
  'duty.Mutation.removeShift': 'F F F F F A',
  'duty.Mutation.scheduleShift': 'F F F F F A',
  'duty.Mutation.startService': 'F A F F F F',
  'duty.Mutation.updateHallSettings': 'F F F F F A',
  'duty.Mutation.updateStaff': 'F F F A F A',
  'duty.Mutation.updateWindow': 'F F F F F A',
  'duty.Mutation.withdrawSwapRequest': 'F F F A F F',
  // duty.Query
  'duty.Query.dutyStats': 'F F F F F A',
  'duty.Query.hallSettings': 'A A A A A A',
  'duty.Query.onDuty': 'F A A A A A',
  'duty.Query.queueDisplay': 'A A A A A A',
  'duty.Query.queueKiosk': 'A A A A A A',
  'duty.Query.queueStats': 'F F F F F A',
  'duty.Query.queueWaitsByHour': 'F F F F F A',
  'duty.Query.roster': 'F A A A A A',
  'duty.Query.staffMember': 'A A A A A A',
  'duty.Query.swapRequest': 'F F F A F A',
  'duty.Query.swapRequests': 'F F F A F A',
  'duty.Query.ticket': 'A A A A A A',
  'duty.Query.tickets': 'F A A A F A',
  'duty.Query.unattendedIncidents': 'F F F A F A',
  'duty.Query.window': 'A A A A A A',
  'duty.Query.windows': 'A A A A A A',
  // inspections.Mutation
  'inspections.Mutation.addInspectionEvidence': 'F F F F A F',
  'inspections.Mutation.amendInspection': 'F F F F A A',
  'inspections.Mutation.appealFinding': 'F F F A F F',
  'inspections.Mutation.createChecklistTemplate': 'F F F F F A',
  'inspections.Mutation.createInspectionPlan': 'F F F F F A',
  'inspections.Mutation.createSupervisor': 'F F F F F A',
  'inspections.Mutation.decideAppeal': 'F F F F F A',
  'inspections.Mutation.removeInspectionEvidence': 'A A A A A A', // no evidence id to aim at: NOT_FOUND for everyone
  'inspections.Mutation.reopenRectification': 'F F F F F A',
  'inspections.Mutation.respondToRectification': 'F F F A F F',
  'inspections.Mutation.saveInspectionDraft': 'F F F F A F',
  'inspections.Mutation.setSupervisorActive': 'F F F F F A',
  'inspections.Mutation.submitInspection': 'F F F F A F',
  'inspections.Mutation.updateInspectionSettings': 'F F F F F A',
  'inspections.Mutation.updateSupervisor': 'F F F F F A',
  'inspections.Mutation.verifyRectification': 'F F F F F A',
  // inspections.Query
  'inspections.Query.appeals': 'F A A A F A',
  'inspections.Query.checklistTemplates': 'F A A A A A',
  'inspections.Query.currentChecklistTemplate': 'F A A A A A',
  'inspections.Query.inspection': 'A A A A A A', // null unless the asker may see it (authorization-plans.test.ts)
  'inspections.Query.inspectionPlan': 'A A A A A A', // null unless the asker may see it (authorization-plans.test.ts)
  'inspections.Query.inspectionPlans': 'F F F F A A',
  'inspections.Query.inspectionSettings': 'F A A A A A',
  'inspections.Query.inspectionStats': 'F F F F F A',
  'inspections.Query.inspections': 'F A A A A A',
  'inspections.Query.overdueRectifications': 'F A A A A A',
  'inspections.Query.rectifications': 'F A A A A A',
  'inspections.Query.supervisor': 'F F F F A A',
  'inspections.Query.supervisors': 'F F F F F A',
  'inspections.Query.windowInspectionRecords': 'F F F F F A',
};

/**
 * A department's subgraph brings its own rows: `authorization-matrix.json` in its folder (`npm run new-subgraph` writes
 * one), keyed `<subgraph>.Query.<field>` like the rows above; a `$comment` key explains them.
 */
export function departmentMatrix(entry: Parameters<typeof subgraphDirectory>[0]): Record<string, string> {
  const file = join(subgraphDirectory(entry), 'authorization-matrix.json');
  let rows: Record<string, unknown>;
  try {
    rows = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${entry.name} has no readable ${file}: every subgraph states who may call each of its fields`, {
      cause: error,
    });
  }
  return Object.fromEntries(
    Object.entries(rows).filter((row): row is [string, string] => !row[0].startsWith('$') && typeof row[1] === 'string'),
  );
}

/** Every Query and Mutation field of every subgraph of the platform's list (subgraphs.json). */
export const MATRIX: Record<string, string> = Object.assign({}, HALL_MATRIX, ...departmentSubgraphs().map(departmentMatrix));

const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Well-formed arguments where the generated ones would be refused as bad input before authorization is reached. */
export const ARGUMENT_OVERRIDES = (targets: Targets): Record<string, Record<string, unknown>> => ({
  'catalog.Query.matterByCode': { code: 'RELIABILITY-0001' },
  'catalog.Query.matterVersions': { code: 'RELIABILITY-0001' },
  'catalog.Mutation.createMatter': { input: matterInput(targets, 'RELIABILITY-0001') },
  'catalog.Mutation.updateMatter': { input: matterInput(targets, targets.matterCode) },
  'catalog.Mutation.createDepartment': { input: departmentInput('RELX') },
  'catalog.Mutation.updateDepartment': { input: departmentInput(targets.departmentCode) },
  'cases.Query.caseProgress': { number: targets.caseNumber, phoneTail: '0000' },
  'cases.Query.evaluationInvitation': { code: '0000-0000-0000-0000' },
  'cases.Mutation.registerCase': {
    input: {
      matterId: targets.otherMatterId,
      applicantName: '张三',
      applicantIdNumber: '11010519491231002X',
      applicantPhone: '13800000000',
    },
  },
  'cases.Mutation.decideCase': { approved: false, reason: '不符合法定条件' },
  'cases.Mutation.rejectCase': {
    reason: '材料不符合法定形式',
    policyBasis: '《行政许可法》第三十二条',
    appealRoute: '可于六十日内申请行政复议',
    review: { date: '2026-11-20', reviewers: ['甲', '乙', '丙'] },
  },
  'cases.Mutation.evaluateCase': { input: { code: '0000-0000-0000-0000', level: 5, channel: 'PC' } },
  'cases.Mutation.fileComplaint': {
    input: { channel: 'WEB', subject: 'DEPARTMENT', departmentId: targets.ownDepartmentId, content: '窗口态度不好' },
  },
  'cases.Mutation.setCalendarDay': { day: '2026-12-05', kind: 'WORKING', note: 'reliability' },
  'duty.Query.ticket': { number: targets.ticketNumber },
  'duty.Mutation.createStaff': {
    input: { employeeNo: 'REL0001', name: '李四', departmentId: targets.ownDepartmentId, post: 'ACCEPTANCE', postedSince: '2024-01-01' },
  },
  'duty.Mutation.createWindow': {
    input: {
      number: 'R99',
      name: '可靠性窗口',
      category: 'COMPREHENSIVE',
      hallZone: 'A',
      departmentIds: [targets.ownDepartmentId],
      matterCategories: ['PERMIT'],
    },
  },
  'duty.Mutation.copyRosterWeek': { fromWeek: '2026-11-16', toWeek: '2027-03-01' },
  'inspections.Mutation.createSupervisor': { input: supervisorInput(targets) },
  'inspections.Mutation.updateSupervisor': { input: supervisorInput(targets) },
  'inspections.Mutation.createChecklistTemplate': {
    input: {
      name: '可靠性清单',
      sections: [
        {
          key: 's1',
          norm: 'ATTITUDE',
          title: '态度',
          weight: 1,
          items: [{ key: 'i1', text: '微笑服务', points: 10, deductionRule: '每次扣2分', allowNotApplicable: false, serious: false }],
        },
      ],
    },
  },
  'inspections.Mutation.addInspectionEvidence': { file: { fileName: 'photo.png', contentBase64: PNG_1X1 } },
  'inspections.Mutation.amendInspection': { input: { reason: '复核更正', items: [{ itemKey: 'ATT-1', outcome: 'PASS' }] } },
});

function matterInput(targets: Targets, code: string): Record<string, unknown> {
  return {
    code,
    name: '可靠性测试事项',
    departmentId: targets.ownDepartmentId,
    kind: 'COMMITTED',
    category: 'PERMIT',
    legalLimitDays: 20,
    committedLimitDays: 10,
    channels: ['WINDOW'],
    conditions: '无',
    legalBasis: ['《行政许可法》'],
    materials: [{ name: '申请书', form: 'ORIGINAL' }],
  };
}

function departmentInput(code: string): Record<string, unknown> {
  return { code, name: '可靠性测试局', shortName: '可靠局', hallZone: 'A', contactPhone: '0571-88888888' };
}

function supervisorInput(targets: Targets): Record<string, unknown> {
  return { name: '王五', affiliation: '市人大代表', phone: '13900000000', tiedDepartmentIds: [targets.otherDepartmentId] };
}
