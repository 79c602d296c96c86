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
  matters: DemoMatter[];
  staff: DemoStaff[];
  windows: DemoWindow[];
  cases: DemoCase[];
  supervisors: DemoSupervisor[];
  inspections: DemoInspection[];
}
