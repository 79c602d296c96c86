import type { ResolverTypesConfig } from '../../codegen';

/** This subgraph's part of the root codegen.ts: its context and the row type behind each object type. */
export const resolverTypesConfig: ResolverTypesConfig = {
  contextType: '../context#DutyContext',
  mappers: {
    Staff: '../loaders#StaffRow',
    Window: '../loaders#WindowRow',
    Department: '../loaders#DepartmentReference',
    SwapRequest: '../loaders#SwapRequestRow',
    Shift: '../domain/shifts#ShiftView',
    OnDuty: '../domain/attendance#OnDutyEntry',
    UnattendedIncident: '../domain/attendance#IncidentView',
    Ticket: '../domain/queue#TicketView',
    QueueCall: '../domain/queue#QueueCallView',
  },
};
