import type { ChecklistSection, ItemResult } from './components/VisitRecord.graphql';
import type { ItemOutcome } from './gql/graphql';

/** The supervisor's answers by item key, as they stand on the phone (a failed item may still lack its comment). */
export type Answers = Record<string, { outcome: ItemOutcome | null; comment: string }>;

export function answersFrom(sections: readonly ChecklistSection[], saved: readonly ItemResult[]): Answers {
  const byKey = new Map(saved.map((result) => [result.itemKey, result]));
  const answers: Answers = {};
  for (const item of sections.flatMap((section) => section.items)) {
    const result = byKey.get(item.key);
    answers[item.key] = { outcome: result?.outcome ?? null, comment: result?.comment ?? '' };
  }
  return answers;
}

/**
 * The back end's formula (services/inspections/README.md), so the preview matches the score at submission:
 * section = Σ PASS points / Σ PASS+FAIL points; total = 100 × Σ weight·section / Σ weight over sections with an
 * applicable item; N/A and unanswered items are left out; two decimals; null when nothing applies yet.
 */
export function previewScore(sections: readonly ChecklistSection[], answers: Readonly<Answers>): number | null {
  let weighted = 0;
  let weights = 0;
  for (const section of sections) {
    let earned = 0;
    let applicable = 0;
    for (const item of section.items) {
      const outcome = answers[item.key]?.outcome;
      if (outcome === 'PASS') earned += item.points;
      if (outcome === 'PASS' || outcome === 'FAIL') applicable += item.points;
    }
    if (applicable === 0) continue;
    weighted += section.weight * (earned / applicable);
    weights += section.weight;
  }
  return weights === 0 ? null : Math.round((10_000 * weighted) / weights) / 100;
}

export const needsComment = (answer: Answers[string] | undefined): boolean => answer?.outcome === 'FAIL' && answer.comment.trim() === '';

/**
 * What autosave may send: the server refuses a whole draft when one failed item lacks its comment, so such an item
 * waits on the phone until it has one.
 */
export function savableItems(answers: Readonly<Answers>): ItemResult[] {
  const items: ItemResult[] = [];
  for (const [itemKey, answer] of Object.entries(answers)) {
    if (!answer.outcome || needsComment(answer)) continue;
    const comment = answer.comment.trim();
    items.push({ itemKey, outcome: answer.outcome, comment: comment || null });
  }
  return items;
}

export interface ChecklistProgress {
  answered: number;
  total: number;
  missingComments: string[];
  unanswered: string[];
  seriousFailures: number;
}

export function progressOf(sections: readonly ChecklistSection[], answers: Readonly<Answers>): ChecklistProgress {
  const items = sections.flatMap((section) => section.items);
  const unanswered = items.filter((item) => !answers[item.key]?.outcome).map((item) => item.key);
  return {
    answered: items.length - unanswered.length,
    total: items.length,
    unanswered,
    missingComments: items.filter((item) => needsComment(answers[item.key])).map((item) => item.key),
    seriousFailures: items.filter((item) => item.serious && answers[item.key]?.outcome === 'FAIL').length,
  };
}
