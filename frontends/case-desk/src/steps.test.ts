import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseDetail } from './case.graphql';
import { emptyStepForm, runStep, validateStep } from './steps';
import { stubGateway } from '@hall/styleguide/testing';

const checklist = ['营业执照', '法定代表人身份证', '经营场所证明'];
const form = () => emptyStepForm('2026-11-20');

afterEach(() => vi.unstubAllGlobals());

describe('checking a step before it is sent', () => {
  it('refuses a refusal without two distinct reviewers, a policy basis or a reason', () => {
    const errors = validateStep('reject', { ...form(), reviewers: ['李建国', ' 李建国 '], policyBasis: ' ' }, checklist);
    expect(Object.keys(errors).sort()).toEqual(['policyBasis', 'reason', 'reviewers']);
    expect(validateStep('reject', { ...form(), reason: '不属于本部门职权', reviewers: ['李建国', '王芳'], policyBasis: '行政许可法第三十二条' }, checklist)).toEqual({});
  });

  it('wants a carrier and a real tracking number for mail, nothing for a pickup', () => {
    expect(Object.keys(validateStep('deliver', { ...form(), method: 'MAIL', trackingNumber: 'SF 1' }, checklist)).sort()).toEqual(['carrier', 'trackingNumber']);
    expect(validateStep('deliver', { ...form(), method: 'MAIL', carrier: '顺丰速运', trackingNumber: 'SF1234567890' }, checklist)).toEqual({});
    expect(validateStep('deliver', form(), checklist)).toEqual({});
  });

  it('issues no one-time notice when everything was received', () => {
    expect(validateStep('supplement', { ...form(), received: [...checklist] }, checklist).received).toBeDefined();
    expect(validateStep('supplement', { ...form(), received: ['营业执照'] }, checklist)).toEqual({});
  });
});

describe('sending a step', () => {
  it('names the version seen and lists exactly the unticked materials, with the deadline in the note', async () => {
    const requests = stubGateway({ CaseDeskSupplement: () => ({ data: { requestSupplement: { id: 'c1', version: 2, status: 'SUPPLEMENT_REQUESTED' } } }) });
    const moved = await runStep({ id: 'c1', version: 1 }, 'supplement', { ...form(), received: ['经营场所证明'], deadline: '2026-12-04', note: '带原件' }, checklist);
    expect(moved.status).toBe('SUPPLEMENT_REQUESTED');
    expect(requests[0]?.variables).toEqual({
      id: 'c1',
      expectedVersion: 1,
      receivedMaterials: ['经营场所证明'],
      missingMaterials: ['营业执照', '法定代表人身份证'],
      note: '补正期限：2026-12-04\n带原件',
    });
  });

  it('sends a decision as decideCase and a stale version comes back as a CONFLICT', async () => {
    const requests = stubGateway({ CaseDeskDecide: () => ({ errors: [{ message: 'the case has moved on', extensions: { code: 'CONFLICT' } }] }) });
    const kase: Pick<CaseDetail, 'id' | 'version'> = { id: 'c1', version: 5 };
    await expect(runStep(kase, 'approve', form(), checklist)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(requests[0]?.variables).toEqual({ id: 'c1', expectedVersion: 5, approved: true, reason: null });
  });
});
