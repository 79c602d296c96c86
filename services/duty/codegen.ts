import type { ResolverTypesConfig } from '../../codegen';

/** This subgraph's part of the root codegen.ts: its context and the row type behind each object type. */
export const resolverTypesConfig: ResolverTypesConfig = {
  contextType: '../context#DutyContext',
  mappers: {
    Staff: '../data/loaders#StaffRow',
    Window: '../data/loaders#WindowRow',
    Department: '../data/loaders#DepartmentReference',
    SwapRequest: '../data/loaders#SwapRequestRow',
    Shift: '../data/shifts#ShiftView',
    OnDuty: '../data/attendance#OnDutyEntry',
    UnattendedIncident: '../data/attendance#IncidentView',
    Ticket: '../data/queue#TicketView',
    QueueCall: '../data/queue#QueueCallView',
  },
};
