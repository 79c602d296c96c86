import { demoHall, type DemoStaff, type DemoWindow, type MatterCategory } from '@hall/demo-hall';

/**
 * What the simulator knows of the hall without asking: its people, windows and what each window serves. Ids of the
 * demo hall do not depend on the reference day, so the fixed hall describes every seeded one.
 */
export interface HallFacts {
  staff: ReadonlyMap<string, DemoStaff>;
  windows: ReadonlyMap<string, DemoWindow>;
  categories: ReadonlyMap<string, readonly MatterCategory[]>;
  departmentIds: readonly string[];
  /** Each department's acceptance clerks (the people who move its cases on). */
  clerks: ReadonlyMap<string, readonly DemoStaff[]>;
}

export function hallFacts(): HallFacts {
  const hall = demoHall();
  const clerks = new Map<string, DemoStaff[]>();
  for (const member of hall.staff) {
    if (member.post !== 'ACCEPTANCE') continue;
    clerks.set(member.departmentId, [...(clerks.get(member.departmentId) ?? []), member]);
  }
  return {
    staff: new Map(hall.staff.map((member) => [member.id, member])),
    windows: new Map(hall.windows.map((window) => [window.id, window])),
    categories: new Map(hall.duty.windowServices.map((service) => [service.windowId, service.matterCategories])),
    departmentIds: hall.departments.map((department) => department.id),
    clerks,
  };
}
