import type { Rectification } from '../components/rectifications.graphql';
import type { Finding } from '../findings.graphql';

export const finding = (overrides: Partial<Finding> = {}): Finding => ({
  id: 'f-1',
  description: '是否一次性告知所需全部材料',
  comment: '未告知需提交登记申请书，需二次跑动',
  serious: true,
  counts: true,
  // The inspection below was submitted 2026-11-20T02:00Z; the server announces its 7-day window.
  appealableUntil: '2026-11-27T02:00:00.000Z',
  canAppeal: true,
  appeal: null,
  ...overrides,
});

export const rectification = (overrides: Partial<Rectification> = {}): Rectification => ({
  id: 'r-1',
  status: 'OPEN',
  belowThreshold: false,
  dueOn: '2026-12-04',
  overdue: false,
  response: null,
  respondedAt: null,
  openedAt: '2026-11-20T02:00:00.000Z',
  closedAt: null,
  department: { id: 'd-1', name: '市场监督管理局' },
  window: { id: 'w-1', number: 'A02', name: '企业开办综合窗口' },
  seriousFindings: [finding()],
  evidence: [],
  events: [{ from: null, to: 'OPEN', actorRole: 'supervisor', note: null, dueOn: '2026-12-04', at: '2026-11-20T02:00:00.000Z' }],
  inspection: { id: 'i-1', visitedAt: '2026-11-20T01:30:00.000Z', submittedAt: '2026-11-20T02:00:00.000Z', score: 90, findings: [finding()] },
  ...overrides,
});
