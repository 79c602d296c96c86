/** What the detector needs of a case. */
export interface ReferralCase {
  id: string;
  departmentId: string;
  status: string;
  referredToDepartmentId: string | null;
  referredFromCaseId: string | null;
}

export interface ReferralFlag<T extends ReferralCase> {
  /** TURNED_AWAY: a withdrawn case, then the same applicant at another department soon after (data/buck-passing.ts). */
  kind: 'LOOP' | 'THIRD_HANDOFF' | 'TURNED_AWAY';
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

/** A department's buck-passing signals (零推诿) in a period. */
export interface DepartmentBuckPassing {
  departmentId: string;
  /** Flagged chains it referred in that came back to a department they had passed (A → B → A). */
  loops: number;
  /** Flagged chains of three hand-offs or more it referred in. */
  thirdHandOffs: number;
  /** Its withdrawn cases whose applicant turned up at another department soon after, without a written refusal. */
  turnedAway: number;
}

/**
 * Each department's count of each signal, for the flags whose last case was submitted in the period (`inPeriod`): a
 * chain counts once for every department that referred in it; a turn-away for the department the applicant left.
 * Departments with no signal are left out; the rest by their total, most first, then by id.
 */
export function buckPassingByDepartment<T extends ReferralCase>(flags: ReadonlyArray<ReferralFlag<T>>, inPeriod: (kase: T) => boolean): DepartmentBuckPassing[] {
  const counts = new Map<string, DepartmentBuckPassing>();
  const add = (departmentId: string, key: 'loops' | 'thirdHandOffs' | 'turnedAway') => {
    const entry = counts.get(departmentId) ?? { departmentId, loops: 0, thirdHandOffs: 0, turnedAway: 0 };
    entry[key] += 1;
    counts.set(departmentId, entry);
  };
  for (const flag of flags) {
    const last = flag.cases[flag.cases.length - 1];
    if (!last || !inPeriod(last)) continue;
    if (flag.kind === 'TURNED_AWAY') {
      const left = flag.cases[0];
      if (left) add(left.departmentId, 'turnedAway');
      continue;
    }
    const referring = new Set(flag.cases.filter((kase) => kase.status === 'REFERRED').map((kase) => kase.departmentId));
    for (const departmentId of referring) add(departmentId, flag.kind === 'LOOP' ? 'loops' : 'thirdHandOffs');
  }
  const total = (entry: DepartmentBuckPassing) => entry.loops + entry.thirdHandOffs + entry.turnedAway;
  return [...counts.values()].sort((a, b) => total(b) - total(a) || a.departmentId.localeCompare(b.departmentId));
}
