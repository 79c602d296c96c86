import type { ChecklistSection, InspectionDetail } from '../components/VisitRecord.graphql';

/** Two sections of the demo checklist's shape, small enough to compute scores by hand. */
export const sections: ChecklistSection[] = [
  {
    key: 'ATT',
    norm: 'ATTITUDE',
    title: '服务态度',
    weight: 15,
    items: [
      { key: 'ATT-1', text: '是否主动问候、使用文明用语', points: 5, deductionRule: '未主动问候的，扣除本项分值', allowNotApplicable: false, serious: false },
      { key: 'ATT-3', text: '是否存在推诿、刁难办事群众的情形', points: 10, deductionRule: '存在推诿的，扣除本项分值并直接启动整改', allowNotApplicable: false, serious: true },
    ],
  },
  {
    key: 'BEH',
    norm: 'BEHAVIOUR',
    title: '服务行为',
    weight: 10,
    items: [
      { key: 'BEH-1', text: '着装是否规范，是否正面佩戴工作牌', points: 4, deductionRule: '未佩戴工作牌的，扣除本项分值', allowNotApplicable: false, serious: false },
      { key: 'BEH-2', text: '暂时离岗是否放置“暂停服务”提示牌', points: 6, deductionRule: '离岗未放置提示牌的，扣除本项分值', allowNotApplicable: true, serious: false },
    ],
  },
];

export function plannedInspection(overrides: Partial<InspectionDetail> = {}): InspectionDetail {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    status: 'PLANNED',
    plannedFor: '2026-11-20',
    visitedAt: null,
    submittedAt: null,
    score: null,
    scenario: null,
    staff: null,
    window: { id: 'w-1', number: 'A02', name: '企业开办综合窗口', departments: [{ id: 'd-1', name: '市场监督管理局', staff: [{ id: 's-1', name: '李强' }] }] },
    department: { id: 'd-1', name: '市场监督管理局' },
    template: { id: 't-1', name: '明察暗访评分表', version: 1, sections },
    items: [],
    evidence: [],
    findings: [],
    rectification: null,
    ...overrides,
  };
}
