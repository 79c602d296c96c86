import type * as Enums from '../../gql/enums';

/**
 * Every enum of the supergraph (generated into `../../gql/enums.ts`) by name. `enum-labels.test.ts` reads the generated
 * file and fails when an enum is missing here; a value missing in a label table fails the typecheck.
 */
export interface HallEnums {
  AppealDecision: Enums.AppealDecision;
  AppealStatus: Enums.AppealStatus;
  AttendanceStatus: Enums.AttendanceStatus;
  BadReviewAction: Enums.BadReviewAction;
  BadReviewStatus: Enums.BadReviewStatus;
  BadReviewTag: Enums.BadReviewTag;
  CalendarDayKind: Enums.CalendarDayKind;
  CaseAction: Enums.CaseAction;
  CaseClockState: Enums.CaseClockState;
  CaseStatus: Enums.CaseStatus;
  CaseTimeLeftKind: Enums.CaseTimeLeftKind;
  Channel: Enums.Channel;
  ComplaintChannel: Enums.ComplaintChannel;
  ComplaintSatisfaction: Enums.ComplaintSatisfaction;
  ComplaintStatus: Enums.ComplaintStatus;
  ComplaintSubject: Enums.ComplaintSubject;
  DeliveryMethod: Enums.DeliveryMethod;
  DepartmentChangeAction: Enums.DepartmentChangeAction;
  Disqualification: Enums.Disqualification;
  EscalationTier: Enums.EscalationTier;
  EvaluationChannel: Enums.EvaluationChannel;
  EvidenceKind: Enums.EvidenceKind;
  HalfDay: Enums.HalfDay;
  InspectionStatus: Enums.InspectionStatus;
  IntegrityFlagKind: Enums.IntegrityFlagKind;
  ItemOutcome: Enums.ItemOutcome;
  MaterialForm: Enums.MaterialForm;
  MatterCategory: Enums.MatterCategory;
  MatterChangeAction: Enums.MatterChangeAction;
  MatterKind: Enums.MatterKind;
  MatterStatus: Enums.MatterStatus;
  Norm: Enums.Norm;
  RankingStanding: Enums.RankingStanding;
  RecognitionKind: Enums.RecognitionKind;
  RectificationStatus: Enums.RectificationStatus;
  ReferralFlagKind: Enums.ReferralFlagKind;
  RegistrationStage: Enums.RegistrationStage;
  ServiceSubject: Enums.ServiceSubject;
  ShiftPeriod: Enums.ShiftPeriod;
  StaffPost: Enums.StaffPost;
  SwapFlag: Enums.SwapFlag;
  SwapKind: Enums.SwapKind;
  SwapStatus: Enums.SwapStatus;
  TicketStatus: Enums.TicketStatus;
  Warning: Enums.Warning;
  WindowCategory: Enums.WindowCategory;
}

/** One language's labels: every value of every enum. */
export type EnumLabels = { [Kind in keyof HallEnums]: Record<HallEnums[Kind], string> };
