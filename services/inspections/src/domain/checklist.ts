/** The six service norms (服务规范) and the four zeros (四零承诺) a checklist section is built from. */
export const NORMS = ['ATTITUDE', 'LANGUAGE', 'BEHAVIOUR', 'EFFICIENCY', 'FACILITIES', 'DISCIPLINE', 'FOUR_ZEROS'] as const;
export type Norm = (typeof NORMS)[number];

export interface ChecklistItem {
  /** Stable within a template version, e.g. 'ATT-1'; item results refer to it. */
  key: string;
  text: string;
  points: number;
  /** How the points are lost, e.g. 「未主动问候扣全部分值」. */
  deductionRule: string;
  allowNotApplicable: boolean;
  /** A failure of a serious item opens a rectification whatever the score. */
  serious: boolean;
}

export interface ChecklistSection {
  key: string;
  norm: Norm;
  title: string;
  weight: number;
  items: ChecklistItem[];
}

export const OUTCOMES = ['PASS', 'FAIL', 'NOT_APPLICABLE'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface ItemOutcome {
  itemKey: string;
  outcome: Outcome;
  comment: string | null;
}

/**
 * The score of an inspection, 0–100 with two decimals, or null when no item applies.
 *
 *   section score = Σ points of PASS items / Σ points of applicable (PASS or FAIL) items
 *   total         = 100 × Σ weight·section score / Σ weight, both sums over sections with an applicable item
 *
 * N/A items leave the denominator; a section whose items are all N/A leaves the total's denominator.
 * Unanswered items count as not applicable (a draft's provisional score); submission requires every answer.
 */
export function scoreOf(sections: readonly ChecklistSection[], results: readonly ItemOutcome[]): number | null {
  const outcomes = new Map(results.map((result) => [result.itemKey, result.outcome]));
  let weighted = 0;
  let weights = 0;
  for (const section of sections) {
    let earned = 0;
    let applicable = 0;
    for (const item of section.items) {
      const outcome = outcomes.get(item.key);
      if (outcome === 'PASS') earned += item.points;
      if (outcome === 'PASS' || outcome === 'FAIL') applicable += item.points;
    }
    if (applicable === 0) continue;
    weighted += section.weight * (earned / applicable);
    weights += section.weight;
  }
  return weights === 0 ? null : Math.round((10_000 * weighted) / weights) / 100;
}

export function itemsOf(sections: readonly ChecklistSection[]): ChecklistItem[] {
  return sections.flatMap((section) => section.items);
}

/** What is wrong with a set of answers for a template: unknown items, N/A where not allowed, FAIL without comment. */
export function answerProblems(sections: readonly ChecklistSection[], results: readonly ItemOutcome[], complete: boolean): string[] {
  const items = new Map(itemsOf(sections).map((item) => [item.key, item]));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const result of results) {
    const item = items.get(result.itemKey);
    if (!item) problems.push(`item ${result.itemKey} is not in this checklist`);
    else if (seen.has(result.itemKey)) problems.push(`item ${result.itemKey} is answered twice`);
    else if (result.outcome === 'NOT_APPLICABLE' && !item.allowNotApplicable) problems.push(`item ${result.itemKey} cannot be N/A`);
    else if (result.outcome === 'FAIL' && !result.comment) problems.push(`item ${result.itemKey} failed: a comment is required`);
    seen.add(result.itemKey);
  }
  if (complete) for (const key of items.keys()) if (!seen.has(key)) problems.push(`item ${key} is not answered`);
  return problems;
}

/** Problems of a template's structure (keys unique, weights and points positive). */
export function templateProblems(sections: readonly ChecklistSection[]): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  for (const section of sections) {
    if (keys.has(section.key)) problems.push(`section key ${section.key} repeats`);
    keys.add(section.key);
    if (section.items.length === 0) problems.push(`section ${section.key} has no items`);
    for (const item of section.items) {
      if (keys.has(item.key)) problems.push(`item key ${item.key} repeats`);
      keys.add(item.key);
    }
  }
  return problems;
}
