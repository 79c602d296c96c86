/** Shapes of the demo hall. Every id is a deterministic UUID (see `demoId`), so each subgraph can seed its own database independently. */

export type MatterKind = 'INSTANT' | 'COMMITTED';
export type MatterCategory = 'PERMIT' | 'CHANGE' | 'RENEWAL' | 'FILING' | 'CONFIRMATION' | 'OTHER';
export type MaterialForm = 'ORIGINAL' | 'COPY' | 'ELECTRONIC';
export type Channel = 'WINDOW' | 'ONLINE' | 'MAIL' | 'APPOINTMENT';

export interface DemoDepartment {
  id: string;
  code: string;
  name: string;
  shortName: string;
  hallZone: string;
  contactPhone: string;
  /** The bureau of a branch office (the generated city's 分局、办事处); none in the demo hall. */
  parentId?: string;
}

export interface DemoMaterial {
  name: string;
  form: MaterialForm;
  copies: number;
  /** True when every applicant must submit it; conditional materials have `required: false` and a `condition`. */
  required: boolean;
  condition: string | null;
  source: string;
  notes: string | null;
  /** Reference (URL) of the sample template (示范文本) of a form; null or absent when there is none. */
  sampleTemplate?: string | null;
}

/** One step of a matter's process (办理流程). */
export interface DemoProcessStep {
  name: string;
  /** The responsible post (责任岗位). */
  post: string;
  /** Working days; the steps of a matter add up to at most its committed limit. */
  days: number;
}

export interface DemoMatter {
  id: string;
  code: string;
  name: string;
  departmentId: string;
  kind: MatterKind;
  category: MatterCategory;
  /** Working days allowed by law (0 = on the spot). */
  legalLimitDays: number;
  /** Working days the hall commits to; always <= legalLimitDays, 0 for INSTANT matters. */
  committedLimitDays: number;
  /** null = free of charge. */
  feeYuan: number | null;
  feeBasis: string | null;
  channels: Channel[];
  keywords: string[];
  conditions: string;
  legalBasis: string[];
  materials: DemoMaterial[];
  /** Whether an on-site inspection (现场核查) is part of the process. */
  onSiteInspection: boolean;
  /** Departments approving in parallel (并联审批); never the matter's own department. */
  jointDepartmentIds: string[];
  processSteps: DemoProcessStep[];
  /** 不予受理情形 */
  refusalGrounds: string[];
  /** 救济途径: how the applicant appeals a refusal or decision. */
  appealRoute: string;
}

/**
 * A later version of a demo matter: same code, `version` > 1, published at `publishedAt` and superseding the version
 * before it (which cases accepted earlier keep pointing at). `id` is `demoId('matter', `${code}@v${version}`)`.
 */
export interface DemoMatterVersion extends DemoMatter {
  version: number;
  /** The id of the version it supersedes. */
  supersedesId: string;
  /** When the department admin started the new version (a draft) and when it was published. */
  draftedAt: Date;
  publishedAt: Date;
  /** The demo user (see `demoUsers`) who edited and published it. */
  editorUserId: string;
}

export type StaffPost = 'ACCEPTANCE' | 'APPROVAL' | 'CONSULTATION' | 'CHIEF_REPRESENTATIVE';

export interface DemoStaff {
  id: string;
  employeeNo: string;
  name: string;
  departmentId: string;
  post: StaffPost;
  partyMember: boolean;
  /** YYYY-MM-DD */
  postedSince: string;
}

export type WindowCategory = 'COMPREHENSIVE' | 'SPECIALISED' | 'CONSULTATION' | 'PICKUP' | 'GREEN_CHANNEL' | 'SELF_SERVICE';

export interface DemoWindow {
  id: string;
  /** e.g. 'A01'; the letter is the hall zone's prefix. */
  number: string;
  name: string;
  category: WindowCategory;
  hallZone: string;
  departmentIds: string[];
}

export type CaseStatus =
  | 'SUBMITTED'
  | 'SUPPLEMENT_REQUESTED'
  | 'RESUBMITTED'
  | 'ACCEPTED'
  | 'NOT_ACCEPTED'
  | 'REFERRED'
  | 'UNDER_REVIEW'
  | 'SUSPENDED'
  | 'APPROVED'
  | 'DENIED'
  | 'COMPLETED'
  | 'DELIVERED'
  | 'WITHDRAWN';

export interface DemoCaseEvent {
  from: CaseStatus | null;
  to: CaseStatus;
  at: Date;
  actorRole: 'staff' | 'manager' | 'public';
  reason: string | null;
}

export interface DemoCase {
  id: string;
  /** 'ZW' + local submission date YYYYMMDD + 5-digit daily sequence, e.g. 'ZW2026110300012'. */
  number: string;
  matterId: string;
  /** The department handling the case; for a REFERRED case, the department that referred it (see `referredToDepartmentId`). */
  departmentId: string;
  /** null when submitted online. */
  windowId: string | null;
  /** 首问负责人: the staff member who first received the applicant. */
  firstOwnerStaffId: string;
  status: CaseStatus;
  applicantName: string;
  /** 18-character resident ID (GB 11643) with a valid check digit; fictional region codes 3399xx. */
  applicantIdNumber: string;
  /** 11-digit mobile number. */
  applicantPhone: string;
  submittedAt: Date;
  acceptedAt: Date | null;
  /** acceptedAt + committedLimitDays working days (Mon–Fri), at 17:00 Asia/Shanghai; null until accepted. */
  dueAt: Date | null;
  completedAt: Date | null;
  /** Hall visits the applicant made for this case (submission, resubmission at a window, pickup at a window). */
  visits: number;
  events: DemoCaseEvent[];
  /** How the application came in; ONLINE cases have no window. */
  channel?: Channel;
  /** For a REFERRED case: the department that owns the matter and received the referral. */
  referredToDepartmentId?: string;
}

export interface DemoSupervisor {
  id: string;
  name: string;
  affiliation: string;
  phone: string;
  /** YYYY-MM-DD */
  termStart: string;
  /** YYYY-MM-DD */
  termEnd: string;
  /** Departments the supervisor must never inspect (conflict of interest). */
  tiedDepartmentIds: string[];
}

export type InspectionStatus = 'PLANNED' | 'DRAFT' | 'SUBMITTED';

export interface DemoInspection {
  id: string;
  windowId: string;
  departmentId: string;
  supervisorId: string;
  /** YYYY-MM-DD */
  plannedFor: string;
  visitedAt: Date | null;
  /** 0..100, null unless SUBMITTED. */
  score: number | null;
  status: InspectionStatus;
  findings: string[];
}

export interface DemoUser {
  id: string;
  name: string;
  role: 'public' | 'staff' | 'dept_admin' | 'supervisor' | 'manager';
  /** Chinese display label, e.g. '王建国（大厅管理员）'. */
  label: string;
  /** Department id, for staff and dept_admin. */
  dept?: string;
  staffId?: string;
  supervisorId?: string;
}

export interface DemoHall {
  name: string;
  departments: DemoDepartment[];
  /** The first version of every matter (the ids cases reference). */
  matters: DemoMatter[];
  /** Later versions of some matters, oldest first. */
  matterVersions: DemoMatterVersion[];
  staff: DemoStaff[];
  windows: DemoWindow[];
  cases: DemoCase[];
  supervisors: DemoSupervisor[];
  inspections: DemoInspection[];
  /** Rosters, attendance, swap requests and queue tickets (the duty subgraph's rows). */
  duty: DemoDuty;
  /** The default checklist and the mystery-shopper plans (the inspections subgraph's rows). */
  inspectionProgramme: DemoInspectionProgramme;
  /** 好差评 of most completed cases (the cases subgraph's rows). */
  evaluations: DemoEvaluation[];
  /** Complaints in every state (the cases subgraph's rows). */
  complaints: DemoComplaint[];
  /** 督办 raised for overdue cases (the cases subgraph's rows). */
  escalations: DemoEscalation[];
}

export type ShiftPeriod = 'MORNING' | 'AFTERNOON' | 'FULL_DAY';

/** The hall's hours and rules the demo is generated with (the duty subgraph's defaults). */
export interface DemoHallSettings {
  /** HH:MM local time. */
  morningStart: string;
  morningEnd: string;
  afternoonStart: string;
  afternoonEnd: string;
  graceMinutes: number;
  unattendedAfterMinutes: number;
  swapNoticeWorkingDays: number;
  minimumPostingMonths: number;
  queueServiceLevelMinutes: number;
}

/** What a window calls queue tickets for, and its own opening hours (null: the hall's). */
export interface DemoWindowService {
  windowId: string;
  matterCategories: MatterCategory[];
  openingHours: string | null;
}

export interface DemoShift {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  period: ShiftPeriod;
  windowId: string;
  staffId: string;
  /** The approved swap or replacement that put this person on the shift. */
  swapRequestId: string | null;
}

export interface DemoAttendance {
  shiftId: string;
  staffId: string;
  windowId: string;
  checkInAt: Date;
  checkOutAt: Date | null;
}

/** An unattended-window incident (空岗) as the duty subgraph records it. */
export interface DemoUnattendedIncident {
  windowId: string;
  /** YYYY-MM-DD */
  date: string;
  half: 'MORNING' | 'AFTERNOON';
  shiftId: string;
  staffId: string;
  departmentId: string;
  /** Opening plus the unattended threshold. */
  since: Date;
}

export interface DemoSwapRequest {
  id: string;
  departmentId: string;
  kind: 'REPLACEMENT' | 'EXCHANGE';
  staffId: string;
  otherStaffId: string;
  /** YYYY-MM-DD */
  effectiveFrom: string;
  effectiveTo: string | null;
  reason: string;
  documentNo: string | null;
  emergency: boolean;
  noticeWorkingDays: number;
  recentlyPostedStaffIds: string[];
  status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN';
  filedAt: Date;
  decidedAt: Date | null;
  decisionNote: string | null;
  shiftsChanged: number | null;
}

export interface DemoTicket {
  id: string;
  /** YYYY-MM-DD */
  day: string;
  /** Hall-zone letter of the first window serving it and a daily sequence, e.g. 'B007'. */
  number: string;
  departmentId: string;
  category: MatterCategory;
  status: 'WAITING' | 'CALLED' | 'SERVING' | 'DONE' | 'NO_SHOW';
  issuedAt: Date;
  calledAt: Date | null;
  windowId: string | null;
  staffId: string | null;
  serviceStartedAt: Date | null;
  serviceEndedAt: Date | null;
  noShowAt: Date | null;
}

export interface DemoDuty {
  settings: DemoHallSettings;
  windowServices: DemoWindowService[];
  shifts: DemoShift[];
  attendance: DemoAttendance[];
  incidents: DemoUnattendedIncident[];
  swapRequests: DemoSwapRequest[];
  tickets: DemoTicket[];
}

/** A checklist section's service norm (服务规范): the six norms and the four zeros. */
export type ChecklistNorm = 'ATTITUDE' | 'LANGUAGE' | 'BEHAVIOUR' | 'EFFICIENCY' | 'FACILITIES' | 'DISCIPLINE' | 'FOUR_ZEROS';

export interface DemoChecklistItem {
  key: string;
  text: string;
  points: number;
  deductionRule: string;
  allowNotApplicable: boolean;
  /** A failure opens a rectification whatever the score. */
  serious: boolean;
}

export interface DemoChecklistSection {
  key: string;
  norm: ChecklistNorm;
  title: string;
  weight: number;
  items: DemoChecklistItem[];
}

export interface DemoChecklistTemplate {
  id: string;
  version: number;
  name: string;
  createdAt: Date;
  sections: DemoChecklistSection[];
}

/** An inspection plan; its supervisors and days are assigned from `seed` by the inspections subgraph's planner. */
export interface DemoInspectionPlan {
  id: string;
  name: string;
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  seed: string;
  windows: Array<{ windowId: string; departmentIds: string[] }>;
  createdAt: Date;
  /** True for a past plan whose visits are all recorded and submitted (outcomes in `pastOutcomes`). */
  visitsSubmitted: boolean;
}

/** How a submitted visit of the past plan went: failed items with comments, N/A items, the rest passed. */
export interface DemoVisitOutcome {
  scenario: string;
  failures: Array<{ itemKey: string; comment: string }>;
  notApplicable: string[];
  /** What became of the rectification order the visit opens (null: it opens none). */
  rectification:
    | { kind: 'VERIFIED'; response: string; respondAfterWorkingDays: number; closeAfterWorkingDays: number; closeNote: string }
    | { kind: 'REOPENED'; response: string; respondAfterWorkingDays: number; reopenOn: string; reopenReason: string }
    | { kind: 'OVERDUE' }
    | null;
}

export interface DemoInspectionProgramme {
  template: DemoChecklistTemplate;
  /** Oldest first. */
  plans: DemoInspectionPlan[];
  /** Outcomes of the past plan's visits in assignment order (day, then window id). */
  pastOutcomes: DemoVisitOutcome[];
}

export type DemoEvaluationChannel = 'WINDOW_TABLET' | 'PC' | 'MOBILE' | 'QR_CODE' | 'SMS' | 'HOTLINE';
/** 待整改 PENDING, 整改中 IN_PROGRESS, 整改完成 DONE, 无效差评 INVALID, 无法整改 UNRECTIFIABLE. */
export type DemoRectificationStatus = 'PENDING' | 'IN_PROGRESS' | 'DONE' | 'INVALID' | 'UNRECTIFIABLE';

export interface DemoRectificationStep {
  action: 'START' | 'CALLBACK' | 'COMPLETE';
  from: DemoRectificationStatus;
  to: DemoRectificationStatus;
  note: string;
  at: Date;
}

/** An evaluation (好差评, GB/T 39734-2020) of a completed case; bad ones (level 1–2) carry their rectification. */
export interface DemoEvaluation {
  id: string;
  caseId: string;
  /** 5 非常满意 … 1 非常不满意. */
  level: number;
  channel: DemoEvaluationChannel;
  comment: string | null;
  realName: boolean;
  evaluatedAt: Date;
  rectification: {
    status: DemoRectificationStatus;
    dueAt: Date;
    steps: DemoRectificationStep[];
    callbackAt: Date | null;
    callbackNote: string | null;
  } | null;
}

export interface DemoComplaint {
  id: string;
  /** 'TS' + local date YYYYMMDD + 4-digit sequence. */
  number: string;
  channel: 'WINDOW' | 'BOX' | 'HOTLINE' | 'WEB' | 'MOBILE' | 'LETTER';
  subject: 'DEPARTMENT' | 'WINDOW' | 'STAFF' | 'MATTER';
  /** The department that must answer; null until assigned. */
  departmentId: string | null;
  windowId: string | null;
  staffId: string | null;
  matterId: string | null;
  content: string;
  complainantName: string | null;
  complainantPhone: string | null;
  status: 'RECEIVED' | 'ASSIGNED' | 'ANSWERED' | 'CLOSED';
  receivedAt: Date;
  /** 10 working days after receipt, 17:00. */
  answerDueAt: Date;
  assignedAt: Date | null;
  answeredAt: Date | null;
  answer: string | null;
  closedAt: Date | null;
}

export interface DemoEscalation {
  id: string;
  caseId: string;
  level: 'YELLOW' | 'RED';
  raisedAt: Date;
  dueAt: Date;
  note: string;
}
