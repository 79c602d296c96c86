import { demoId } from './ids';
import { DEPT_ADMIN_NAMES, MANAGER_NAME, PUBLIC_APPLICANT, REGISTRY_ADMIN_NAME } from './people';
import { type DemoHall, type DemoUser } from './types';

/**
 * The demo sign-in users: the hall manager, a department administrator and a window clerk for each of the first three
 * departments and for the 不动产登记中心 (BDC), the first two social supervisors and one citizen (the applicant of two
 * demo cases).
 */
export function demoUsers(hall: DemoHall): DemoUser[] {
  const firstDepartments = hall.departments.slice(0, DEPT_ADMIN_NAMES.length);
  if (firstDepartments.length < DEPT_ADMIN_NAMES.length) throw new Error('The demo hall needs at least three departments');

  const users: DemoUser[] = [
    { id: demoId('user', 'manager'), name: MANAGER_NAME, role: 'manager', label: `${MANAGER_NAME}（大厅管理员）` },
  ];

  // The 不动产登记中心 (BDC) too: the department that brings its own subgraph (registry) shows its panels to its people.
  const registryDepartment = hall.departments.find((department) => department.code === 'BDC');
  const withRegistry = registryDepartment && !firstDepartments.includes(registryDepartment) ? [...firstDepartments, registryDepartment] : firstDepartments;

  withRegistry.forEach((department, i) => {
    const name = DEPT_ADMIN_NAMES[i] ?? REGISTRY_ADMIN_NAME;
    users.push({
      id: demoId('user', `dept_admin:${department.code}`),
      name,
      role: 'dept_admin',
      label: `${name}（${department.shortName}·部门管理员）`,
      dept: department.id,
    });
  });

  for (const department of withRegistry) {
    const clerk = hall.staff.find((s) => s.departmentId === department.id && s.post === 'ACCEPTANCE');
    if (!clerk) throw new Error(`No acceptance clerk in ${department.name}`);
    users.push({
      id: demoId('user', `staff:${clerk.employeeNo}`),
      name: clerk.name,
      role: 'staff',
      label: `${clerk.name}（${department.shortName}·窗口工作人员）`,
      dept: department.id,
      staffId: clerk.id,
    });
  }

  const supervisors = hall.supervisors.slice(0, 2);
  if (supervisors.length < 2) throw new Error('The demo hall needs at least two supervisors');
  for (const supervisor of supervisors) {
    users.push({
      id: demoId('user', `supervisor:${supervisor.id}`),
      name: supervisor.name,
      role: 'supervisor',
      label: `${supervisor.name}（社会监督员）`,
      supervisorId: supervisor.id,
    });
  }

  users.push({ id: demoId('user', 'public'), name: PUBLIC_APPLICANT.name, role: 'public', label: `${PUBLIC_APPLICANT.name}（办事群众）` });
  return users;
}
