export { createDutySubgraph, dutySubgraph } from './subgraph';
export type { DutyContext } from './context';
export {
  copyAttendance,
  copyShifts,
  copyStaff,
  copyTicketCounters,
  copyTickets,
  copyUnattendedIncidents,
  copyWindows,
  importDutyBatch,
  ticketCountersFor,
  writeDutyBatch,
  type BulkAttendance,
  type BulkShift,
  type BulkStaff,
  type BulkSwapRequest,
  type BulkTicket,
  type BulkTicketCounter,
  type BulkUnattendedIncident,
  type BulkWindow,
  type CopyClient,
  type DutyBatch,
  type DutyBatchCounts,
  type DutyPool,
} from './bulk/import';
export { tables as dutyTables, type DutyTables } from './db/schema';
