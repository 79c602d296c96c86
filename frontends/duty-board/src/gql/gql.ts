/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DutyBoardSetup {\n    hallSettings {\n      ...DutyBoardHallSettings\n    }\n    windows {\n      ...DutyBoardWindow\n    }\n  }\n": typeof types.DutyBoardSetupDocument,
    "\n  mutation DutyBoardApproveSwap($id: ID!, $note: String) {\n    approveSwapRequest(id: $id, note: $note) {\n      id\n      status\n      shiftsChanged\n    }\n  }\n": typeof types.DutyBoardApproveSwapDocument,
    "\n  mutation DutyBoardRejectSwap($id: ID!, $note: String!) {\n    rejectSwapRequest(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.DutyBoardRejectSwapDocument,
    "\n  query DutyBoardRoster($period: Period!) {\n    roster(period: $period) {\n      ...DutyBoardShift\n    }\n  }\n": typeof types.DutyBoardRosterDocument,
    "\n  mutation DutyBoardRemoveShift($id: ID!) {\n    removeShift(id: $id)\n  }\n": typeof types.DutyBoardRemoveShiftDocument,
    "\n  mutation DutyBoardCopyWeek($fromWeek: Date!, $toWeek: Date!) {\n    copyRosterWeek(fromWeek: $fromWeek, toWeek: $toWeek) {\n      copied\n    }\n  }\n": typeof types.DutyBoardCopyWeekDocument,
    "\n  query DutyBoardWindowStaff($id: ID!) {\n    window(id: $id) {\n      id\n      departments {\n        id\n        name\n        staff {\n          id\n          name\n          post\n          partyMember\n          postedSince\n        }\n      }\n    }\n  }\n": typeof types.DutyBoardWindowStaffDocument,
    "\n  mutation DutyBoardScheduleShift($input: ShiftInput!) {\n    scheduleShift(input: $input) {\n      id\n    }\n  }\n": typeof types.DutyBoardScheduleShiftDocument,
    "\n  query DutyBoardDepartmentStaff($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      staff {\n        id\n        name\n        post\n        partyMember\n        postedSince\n      }\n    }\n  }\n": typeof types.DutyBoardDepartmentStaffDocument,
    "\n  mutation DutyBoardFileSwap($input: SwapRequestInput!) {\n    fileSwapRequest(input: $input) {\n      id\n      flags\n    }\n  }\n": typeof types.DutyBoardFileSwapDocument,
    "\n  fragment DutyBoardSwap on SwapRequest {\n    id\n    kind\n    status\n    emergency\n    flags\n    reason\n    documentNo\n    effectiveFrom\n    effectiveTo\n    noticeWorkingDays\n    filedAt\n    decidedAt\n    decisionNote\n    shiftsChanged\n    department {\n      id\n      name\n    }\n    staff {\n      id\n      name\n      post\n    }\n    otherStaff {\n      id\n      name\n      post\n    }\n    recentlyPosted {\n      id\n      name\n      postedSince\n    }\n  }\n": typeof types.DutyBoardSwapFragmentDoc,
    "\n  query DutyBoardSwaps {\n    swapRequests {\n      ...DutyBoardSwap\n    }\n  }\n": typeof types.DutyBoardSwapsDocument,
    "\n  mutation DutyBoardWithdrawSwap($id: ID!) {\n    withdrawSwapRequest(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DutyBoardWithdrawSwapDocument,
    "\n  query DutyBoardToday($period: Period!) {\n    roster(period: $period) {\n      ...DutyBoardShift\n    }\n    unattendedIncidents(period: $period) {\n      id\n      date\n      half\n      since\n      window {\n        id\n      }\n    }\n  }\n": typeof types.DutyBoardTodayDocument,
    "\n  fragment DutyBoardWindow on Window {\n    id\n    number\n    name\n    hallZone\n  }\n": typeof types.DutyBoardWindowFragmentDoc,
    "\n  fragment DutyBoardShift on Shift {\n    id\n    date\n    period\n    startsAt\n    endsAt\n    checkedInAt\n    checkedOutAt\n    attendance\n    window {\n      ...DutyBoardWindow\n    }\n    staff {\n      id\n      name\n      post\n      partyMember\n      department {\n        id\n        shortName\n      }\n    }\n  }\n": typeof types.DutyBoardShiftFragmentDoc,
    "\n  fragment DutyBoardHallSettings on HallSettings {\n    timeZone\n    morningStart\n    morningEnd\n    afternoonStart\n    afternoonEnd\n    swapNoticeWorkingDays\n    minimumPostingMonths\n  }\n": typeof types.DutyBoardHallSettingsFragmentDoc,
};
const documents: Documents = {
    "\n  query DutyBoardSetup {\n    hallSettings {\n      ...DutyBoardHallSettings\n    }\n    windows {\n      ...DutyBoardWindow\n    }\n  }\n": types.DutyBoardSetupDocument,
    "\n  mutation DutyBoardApproveSwap($id: ID!, $note: String) {\n    approveSwapRequest(id: $id, note: $note) {\n      id\n      status\n      shiftsChanged\n    }\n  }\n": types.DutyBoardApproveSwapDocument,
    "\n  mutation DutyBoardRejectSwap($id: ID!, $note: String!) {\n    rejectSwapRequest(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": types.DutyBoardRejectSwapDocument,
    "\n  query DutyBoardRoster($period: Period!) {\n    roster(period: $period) {\n      ...DutyBoardShift\n    }\n  }\n": types.DutyBoardRosterDocument,
    "\n  mutation DutyBoardRemoveShift($id: ID!) {\n    removeShift(id: $id)\n  }\n": types.DutyBoardRemoveShiftDocument,
    "\n  mutation DutyBoardCopyWeek($fromWeek: Date!, $toWeek: Date!) {\n    copyRosterWeek(fromWeek: $fromWeek, toWeek: $toWeek) {\n      copied\n    }\n  }\n": types.DutyBoardCopyWeekDocument,
    "\n  query DutyBoardWindowStaff($id: ID!) {\n    window(id: $id) {\n      id\n      departments {\n        id\n        name\n        staff {\n          id\n          name\n          post\n          partyMember\n          postedSince\n        }\n      }\n    }\n  }\n": types.DutyBoardWindowStaffDocument,
    "\n  mutation DutyBoardScheduleShift($input: ShiftInput!) {\n    scheduleShift(input: $input) {\n      id\n    }\n  }\n": types.DutyBoardScheduleShiftDocument,
    "\n  query DutyBoardDepartmentStaff($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      staff {\n        id\n        name\n        post\n        partyMember\n        postedSince\n      }\n    }\n  }\n": types.DutyBoardDepartmentStaffDocument,
    "\n  mutation DutyBoardFileSwap($input: SwapRequestInput!) {\n    fileSwapRequest(input: $input) {\n      id\n      flags\n    }\n  }\n": types.DutyBoardFileSwapDocument,
    "\n  fragment DutyBoardSwap on SwapRequest {\n    id\n    kind\n    status\n    emergency\n    flags\n    reason\n    documentNo\n    effectiveFrom\n    effectiveTo\n    noticeWorkingDays\n    filedAt\n    decidedAt\n    decisionNote\n    shiftsChanged\n    department {\n      id\n      name\n    }\n    staff {\n      id\n      name\n      post\n    }\n    otherStaff {\n      id\n      name\n      post\n    }\n    recentlyPosted {\n      id\n      name\n      postedSince\n    }\n  }\n": types.DutyBoardSwapFragmentDoc,
    "\n  query DutyBoardSwaps {\n    swapRequests {\n      ...DutyBoardSwap\n    }\n  }\n": types.DutyBoardSwapsDocument,
    "\n  mutation DutyBoardWithdrawSwap($id: ID!) {\n    withdrawSwapRequest(id: $id) {\n      id\n      status\n    }\n  }\n": types.DutyBoardWithdrawSwapDocument,
    "\n  query DutyBoardToday($period: Period!) {\n    roster(period: $period) {\n      ...DutyBoardShift\n    }\n    unattendedIncidents(period: $period) {\n      id\n      date\n      half\n      since\n      window {\n        id\n      }\n    }\n  }\n": types.DutyBoardTodayDocument,
    "\n  fragment DutyBoardWindow on Window {\n    id\n    number\n    name\n    hallZone\n  }\n": types.DutyBoardWindowFragmentDoc,
    "\n  fragment DutyBoardShift on Shift {\n    id\n    date\n    period\n    startsAt\n    endsAt\n    checkedInAt\n    checkedOutAt\n    attendance\n    window {\n      ...DutyBoardWindow\n    }\n    staff {\n      id\n      name\n      post\n      partyMember\n      department {\n        id\n        shortName\n      }\n    }\n  }\n": types.DutyBoardShiftFragmentDoc,
    "\n  fragment DutyBoardHallSettings on HallSettings {\n    timeZone\n    morningStart\n    morningEnd\n    afternoonStart\n    afternoonEnd\n    swapNoticeWorkingDays\n    minimumPostingMonths\n  }\n": types.DutyBoardHallSettingsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyBoardSetup {\n    hallSettings {\n      ...DutyBoardHallSettings\n    }\n    windows {\n      ...DutyBoardWindow\n    }\n  }\n"): typeof import('./graphql').DutyBoardSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyBoardApproveSwap($id: ID!, $note: String) {\n    approveSwapRequest(id: $id, note: $note) {\n      id\n      status\n      shiftsChanged\n    }\n  }\n"): typeof import('./graphql').DutyBoardApproveSwapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyBoardRejectSwap($id: ID!, $note: String!) {\n    rejectSwapRequest(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DutyBoardRejectSwapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyBoardRoster($period: Period!) {\n    roster(period: $period) {\n      ...DutyBoardShift\n    }\n  }\n"): typeof import('./graphql').DutyBoardRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyBoardRemoveShift($id: ID!) {\n    removeShift(id: $id)\n  }\n"): typeof import('./graphql').DutyBoardRemoveShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyBoardCopyWeek($fromWeek: Date!, $toWeek: Date!) {\n    copyRosterWeek(fromWeek: $fromWeek, toWeek: $toWeek) {\n      copied\n    }\n  }\n"): typeof import('./graphql').DutyBoardCopyWeekDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyBoardWindowStaff($id: ID!) {\n    window(id: $id) {\n      id\n      departments {\n        id\n        name\n        staff {\n          id\n          name\n          post\n          partyMember\n          postedSince\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DutyBoardWindowStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyBoardScheduleShift($input: ShiftInput!) {\n    scheduleShift(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').DutyBoardScheduleShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyBoardDepartmentStaff($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      staff {\n        id\n        name\n        post\n        partyMember\n        postedSince\n      }\n    }\n  }\n"): typeof import('./graphql').DutyBoardDepartmentStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyBoardFileSwap($input: SwapRequestInput!) {\n    fileSwapRequest(input: $input) {\n      id\n      flags\n    }\n  }\n"): typeof import('./graphql').DutyBoardFileSwapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DutyBoardSwap on SwapRequest {\n    id\n    kind\n    status\n    emergency\n    flags\n    reason\n    documentNo\n    effectiveFrom\n    effectiveTo\n    noticeWorkingDays\n    filedAt\n    decidedAt\n    decisionNote\n    shiftsChanged\n    department {\n      id\n      name\n    }\n    staff {\n      id\n      name\n      post\n    }\n    otherStaff {\n      id\n      name\n      post\n    }\n    recentlyPosted {\n      id\n      name\n      postedSince\n    }\n  }\n"): typeof import('./graphql').DutyBoardSwapFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyBoardSwaps {\n    swapRequests {\n      ...DutyBoardSwap\n    }\n  }\n"): typeof import('./graphql').DutyBoardSwapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DutyBoardWithdrawSwap($id: ID!) {\n    withdrawSwapRequest(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DutyBoardWithdrawSwapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DutyBoardToday($period: Period!) {\n    roster(period: $period) {\n      ...DutyBoardShift\n    }\n    unattendedIncidents(period: $period) {\n      id\n      date\n      half\n      since\n      window {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').DutyBoardTodayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DutyBoardWindow on Window {\n    id\n    number\n    name\n    hallZone\n  }\n"): typeof import('./graphql').DutyBoardWindowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DutyBoardShift on Shift {\n    id\n    date\n    period\n    startsAt\n    endsAt\n    checkedInAt\n    checkedOutAt\n    attendance\n    window {\n      ...DutyBoardWindow\n    }\n    staff {\n      id\n      name\n      post\n      partyMember\n      department {\n        id\n        shortName\n      }\n    }\n  }\n"): typeof import('./graphql').DutyBoardShiftFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DutyBoardHallSettings on HallSettings {\n    timeZone\n    morningStart\n    morningEnd\n    afternoonStart\n    afternoonEnd\n    swapNoticeWorkingDays\n    minimumPostingMonths\n  }\n"): typeof import('./graphql').DutyBoardHallSettingsFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
