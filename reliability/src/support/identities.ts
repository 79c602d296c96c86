import { demoHall, demoUsers, type DemoHall } from '@hall/demo-hall';
import { tokenFor } from '@hall/service-kit/testing';
import { suiteStaff } from './suite-staff';

/** The roles of the authorization matrix, in the order of its cells. */
export const ROLE_KEYS = ['public', 'ownStaff', 'otherStaff', 'deptAdmin', 'supervisor', 'manager'] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];

export interface Cast {
  hall: DemoHall;
  /** The owning department (of the records the matrix acts on) and another one. */
  ownDepartmentId: string;
  otherDepartmentId: string;
  ownStaffId: string;
  supervisorId: string;
  tokens: Record<RoleKey, string | undefined>;
}

/** Demo users: staff and the admin of the first department, staff of the second, the first supervisor, the manager. */
export async function castOfDemoUsers(): Promise<Cast> {
  const hall = demoHall();
  const users = demoUsers(hall);
  const { own, other } = suiteStaff(hall);
  const admin = users.find((user) => user.role === 'dept_admin' && user.dept === own?.dept);
  const supervisor = users.find((user) => user.role === 'supervisor');
  const manager = users.find((user) => user.role === 'manager');
  if (!own?.dept || !own.staffId || !other?.dept || !other.staffId || !admin?.dept || !supervisor?.supervisorId || !manager) {
    throw new Error('the demo hall lacks a user the matrix needs');
  }
  return {
    hall,
    ownDepartmentId: own.dept,
    otherDepartmentId: other.dept,
    ownStaffId: own.staffId,
    supervisorId: supervisor.supervisorId,
    tokens: {
      public: undefined,
      ownStaff: await tokenFor({ sub: own.id, name: own.name, role: 'staff', dept: own.dept, staffId: own.staffId }),
      otherStaff: await tokenFor({ sub: other.id, name: other.name, role: 'staff', dept: other.dept, staffId: other.staffId }),
      deptAdmin: await tokenFor({ sub: admin.id, name: admin.name, role: 'dept_admin', dept: admin.dept }),
      supervisor: await tokenFor({ sub: supervisor.id, name: supervisor.name, role: 'supervisor', supervisorId: supervisor.supervisorId }),
      manager: await tokenFor({ sub: manager.id, name: manager.name, role: 'manager' }),
    },
  };
}
