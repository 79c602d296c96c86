import type { Identity } from '@hall/service-kit';

/** 张三 → 张*, 欧阳明华 → 欧**华: the surname and, for longer names, the last character stay. */
export function maskName(name: string): string {
  const characters = [...name];
  if (characters.length <= 1) return '*';
  if (characters.length === 2) return `${characters[0]}*`;
  return `${characters[0]}${'*'.repeat(characters.length - 2)}${characters[characters.length - 1]}`;
}

/** Keeps the first 4 and last 4 characters of an ID number, or the first 3 and last 4 digits of a phone. */
export function maskMiddle(value: string, keepStart: number, keepEnd: number): string {
  if (value.length <= keepStart + keepEnd) return '*'.repeat(value.length);
  return value.slice(0, keepStart) + '*'.repeat(value.length - keepStart - keepEnd) + value.slice(-keepEnd);
}

/** Applicants' personal data is shown in full only to staff of the handling department. */
export function seesApplicantInFull(identity: Identity, departmentId: string): boolean {
  return (identity.role === 'staff' || identity.role === 'dept_admin') && identity.departmentId === departmentId;
}

/** Staff and admins see their own department's cases; the manager sees every case. */
export function canSeeCase(identity: Identity, kase: { departmentId: string }): boolean {
  return identity.role === 'manager' || seesApplicantInFull(identity, kase.departmentId);
}
