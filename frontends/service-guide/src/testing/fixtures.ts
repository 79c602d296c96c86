import type { DepartmentSummary, MatterDetail, MatterRow } from '../api';

export const market: DepartmentSummary = {
  id: 'd-market',
  code: 'SCJG',
  name: '市场监督管理局',
  shortName: '市场监管',
  hallZone: 'A 区 1-6 号窗口',
  contactPhone: '0571-12345',
  publishedMatterCount: 2,
};

export const police: DepartmentSummary = {
  id: 'd-police',
  code: 'GAJ',
  name: '公安局',
  shortName: '公安',
  hallZone: 'B 区',
  contactPhone: '0571-110',
  publishedMatterCount: 1,
};

export const foodPermit: MatterRow = {
  id: 'm-food',
  code: 'SCJG-XK-001',
  name: '食品经营许可',
  kind: 'COMMITTED',
  category: 'PERMIT',
  legalLimitDays: 20,
  committedLimitDays: 5,
  compressionRate: 0.75,
  department: { id: market.id, name: market.name },
};

export const businessLicenceChange: MatterRow = {
  id: 'm-license',
  code: 'SCJG-BG-002',
  name: '营业执照变更登记',
  kind: 'INSTANT',
  category: 'CHANGE',
  legalLimitDays: 0,
  committedLimitDays: 0,
  compressionRate: null,
  department: { id: market.id, name: market.name },
};

export const idCard: MatterRow = {
  id: 'm-id',
  code: 'GA-QT-001',
  name: '居民身份证换领',
  kind: 'COMMITTED',
  category: 'OTHER',
  legalLimitDays: 60,
  committedLimitDays: 29,
  compressionRate: 0.5167,
  department: { id: police.id, name: police.name },
};

export const foodPermitDetail: MatterDetail = {
  ...foodPermit,
  version: 2,
  feeYuan: null,
  feeBasis: null,
  channels: ['WINDOW', 'ONLINE', 'MAIL'],
  keywords: ['餐饮', '食品'],
  conditions: '申请人应当取得营业执照等合法主体资格。',
  legalBasis: ['《中华人民共和国食品安全法》第三十五条', '《食品经营许可和备案管理办法》'],
  isFree: true,
  onSiteInspection: true,
  jointDepartments: [{ id: police.id, name: police.name }],
  processSteps: [
    { name: '受理', post: '综合窗口', days: 1 },
    { name: '审查与现场核查', post: '许可科', days: 3 },
    { name: '决定与发证', post: '分管领导', days: 1 },
  ],
  refusalGrounds: ['申请事项不属于本部门职权范围的', '申请人隐瞒有关情况或者提供虚假材料的'],
  appealRoute: '对决定不服的，可在 60 日内申请行政复议，或在 6 个月内提起行政诉讼。',
  publishedAt: '2026-03-02T02:00:00.000Z',
  department: { id: market.id, name: market.name, hallZone: market.hallZone, contactPhone: market.contactPhone },
  materials: [
    { name: '食品经营许可申请书', form: 'ORIGINAL', copies: 1, required: true, condition: null, source: '申请人自备', notes: null, sampleTemplate: '/templates/food-permit.pdf' },
    { name: '营业执照', form: 'COPY', copies: 1, required: true, condition: null, source: '市场监督管理局', notes: '加盖公章', sampleTemplate: null },
    {
      name: '授权委托书',
      form: 'ELECTRONIC',
      copies: 2,
      required: false,
      condition: '委托他人办理时提交',
      source: '申请人自备',
      notes: null,
      sampleTemplate: null,
    },
  ],
};
