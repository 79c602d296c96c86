/** What the detector needs of a case. */
export interface ReferralCase {
  id: string;
  departmentId: string;
  status: string;
  referredToDepartmentId: string | null;
  referredFromCaseId: string | null;
}

export interface ReferralFlag<T extends ReferralCase> {
  kind: 'LOOP' | 'THIRD_HANDOFF';
  /** The chain of cases, first registration first. */
  cases: T[];
  /** The departments the applicant was sent through, the last referral's target included. */
  departmentIds: string[];
}

/**
 * Follows referral chains (a case referred, the receiving department's case naming it as `referredFromCaseId`, …) and
 * flags each chain that comes back to a department it passed through (A → B → A) or holds a third hand-off.
 */
export function referralFlagsOf<T extends ReferralCase>(rows: readonly T[]): Array<ReferralFlag<T>> {
  const next = new Map<string, T[]>();
  for (const row of rows) {
    if (row.referredFromCaseId) next.set(row.referredFromCaseId, [...(next.get(row.referredFromCaseId) ?? []), row]);
  }
  const ids = new Set(rows.map((row) => row.id));
  const roots = rows.filter((row) => !row.referredFromCaseId || !ids.has(row.referredFromCaseId));
  const flags: Array<ReferralFlag<T>> = [];
  const walk = (chain: T[]) => {
    const last = chain[chain.length - 1] as T;
    const followers = next.get(last.id) ?? [];
    if (followers.length > 0) {
      for (const follower of followers) if (!chain.includes(follower)) walk([...chain, follower]);
      return;
    }
    const departmentIds = [chain[0]?.departmentId ?? '', ...chain.flatMap((kase) => (kase.status === 'REFERRED' && kase.referredToDepartmentId ? [kase.referredToDepartmentId] : []))];
    const handOffs = departmentIds.length - 1;
    if (new Set(departmentIds).size < departmentIds.length) flags.push({ kind: 'LOOP', cases: chain, departmentIds });
    if (handOffs >= 3) flags.push({ kind: 'THIRD_HANDOFF', cases: chain, departmentIds });
  };
  for (const root of roots) walk([root]);
  return flags;
}
