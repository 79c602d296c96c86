import { describe, expect, it } from 'vitest';
import { emptyMatterInput, type MatterDraft } from './api';
import { messagesByPath, validateMatter } from './validation';

function valid(): MatterDraft {
  return {
    ...emptyMatterInput('d-market'),
    code: 'SCJG-XK-900',
    name: '小餐饮经营许可',
    conditions: '已取得营业执照。',
    legalBasis: ['《中华人民共和国食品安全法》'],
    materials: [{ name: '申请书', form: 'ORIGINAL', copies: 1, required: true, condition: null, source: '申请人自备', notes: null, sampleTemplate: null }],
  };
}

const shown = (input: MatterDraft, showMissing = false) => messagesByPath(validateMatter(input), showMissing);

describe('validateMatter (the catalog’s rules, in Chinese)', () => {
  it('accepts a complete matter', () => {
    expect(validateMatter(valid())).toEqual([]);
  });

  it('keeps the committed limit within the legal one', () => {
    expect(shown({ ...valid(), legalLimitDays: 20, committedLimitDays: 30 })).toEqual({
      committedLimitDays: '承诺时限不能超过法定时限（20 个工作日）',
    });
  });

  it('makes an instant matter commit 0 days', () => {
    expect(shown({ ...valid(), kind: 'INSTANT', legalLimitDays: 0, committedLimitDays: 3 }).committedLimitDays).toBe('即办件的承诺时限应为 0（即时办结）');
    expect(shown({ ...valid(), kind: 'INSTANT', legalLimitDays: 0, committedLimitDays: 0 })).toEqual({});
  });

  it('asks a charged matter for its fee basis and refuses a zero fee', () => {
    expect(shown({ ...valid(), feeYuan: 50, feeBasis: null }).feeBasis).toBe('收费事项须填写收费依据');
    expect(shown({ ...valid(), feeYuan: 50, feeBasis: '发改价格〔2020〕1号' })).toEqual({});
    expect(shown({ ...valid(), feeYuan: 0 }).feeYuan).toBe('收费金额须大于 0；免费请留空');
  });

  it('needs a condition for a conditional material, at the material’s own path', () => {
    const input = valid();
    input.materials.push({ ...input.materials[0]!, name: '委托书', required: false, condition: '  ' });
    expect(shown(input)).toEqual({ 'materials.1.condition': '非必要材料须说明提交情形' });
  });

  it('refuses repeated material names and bad template references', () => {
    const input = valid();
    input.materials.push({ ...input.materials[0]!, sampleTemplate: 'ftp://x' });
    expect(shown(input)).toEqual({ materials: '材料名称不能重复', 'materials.1.sampleTemplate': '须为 http(s) 网址或以 / 开头的路径' });
  });

  it('keeps the process steps within the committed limit', () => {
    const input = { ...valid(), committedLimitDays: 5 };
    input.processSteps = [
      { name: '受理', post: '窗口', days: 1 },
      { name: '审查', post: '许可科', days: 5 },
    ];
    expect(shown(input)).toEqual({ processSteps: '各环节合计 6 个工作日，超过承诺时限 5 个工作日' });
  });

  it('does not name its own department for joint approval', () => {
    expect(shown({ ...valid(), jointDepartmentIds: ['d-market'] }).jointDepartmentIds).toBe('不能选择本部门作为并联审批部门');
  });

  it('reports missing values only once the editor tries to save', () => {
    const input = emptyMatterInput('d-market');
    expect(shown(input)).toEqual({});
    expect(shown(input, true)).toMatchObject({
      code: '请填写事项编码',
      name: '请填写事项名称',
      conditions: '请填写受理条件',
      legalBasis: '请填写设定依据',
      'materials.0.name': '请填写材料名称',
    });
  });

  it('checks the code’s form at once', () => {
    expect(shown({ ...valid(), code: '食品-1' }).code).toBe('编码须为 3–40 位字母、数字或短横线');
  });
});
