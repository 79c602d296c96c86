// The property registration panel (不动产登记) of the case drawer: the registry's stages as steps, the next stage
// recorded by the case's department, the registry's refusal shown, and nothing of it where the registry has no record.
import { settle, signInAs, stubGateway, type StubAnswer } from '@hall/styleguide/testing';
import { setLocale } from '@hall/styleguide';
import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { CaseDetail } from '../case.graphql';
import type { DeskRegistration } from '../registration.graphql';
import { createAppRouter } from '../router';
import CaseDrawer from './CaseDrawer.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  setLocale('zh-CN');
  document.body.innerHTML = '';
});

const CLERK = '5d6f1f0e-2c1a-4c55-9f7e-0c1f2a3b4c5d';
const UNIT = '339902001003GB00012F00010203';

function openCase(extra: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: 'c1',
    number: 'ZW2026120300001',
    status: 'SUPPLEMENT_REQUESTED',
    applicantName: '陈晓雯',
    applicantIdNumber: '11010519491231002X',
    applicantPhone: '13957160328',
    submittedAt: '2026-12-01T02:00:00Z',
    acceptedAt: null,
    dueAt: null,
    pausedSince: null,
    warning: 'NONE',
    clock: { state: 'STOPPED', timeLeft: null },
    escalations: [],
    instant: false,
    version: 2,
    matter: { id: 'm1', name: '食品经营许可' },
    matterSnapshot: {
      name: '食品经营许可',
      code: 'SC-001',
      version: 1,
      kind: 'COMMITTED',
      committedLimitDays: 10,
      materials: ['营业执照', '场所证明'],
    },
    completedAt: null,
    decidedAt: null,
    deliveredAt: null,
    evaluationCode: null,
    evaluationUrl: null,
    preWarningAt: null,
    supervisionDueAt: null,
    pausedWorkingDays: 0,
    visits: 1,
    repeatNotices: 0,
    department: { id: 'd1', name: '市场监督管理局', shortName: '市场监管' },
    referredTo: null,
    firstOwner: { id: CLERK, name: '刘洋' },
    window: null,
    events: [
      { at: '2026-12-01T02:00:00Z', from: null, to: 'SUBMITTED', actorId: CLERK, actorRole: 'staff', reason: null, data: {} },
      {
        at: '2026-12-01T02:05:00Z',
        from: 'SUBMITTED',
        to: 'SUPPLEMENT_REQUESTED',
        actorId: CLERK,
        actorRole: 'staff',
        reason: null,
        data: {},
      },
    ],
    visitLog: [{ at: '2026-12-01T02:00:00Z', purpose: '提交申请' }],
    supplementNotices: [],
    availableActions: ['RESUBMIT', 'WITHDRAW'],
    ...extra,
  };
}

const step = (stage: string, at: string) => ({ stage, at, by: CLERK, byRole: 'staff' });

function registrationAt(stage: string, certificateNumber: string | null = null): DeskRegistration {
  const stages = ['ACCEPTED', 'REVIEWED', 'RECORDED', 'CERTIFIED', 'ISSUED'];
  const reached = stages.slice(0, stages.indexOf(stage) + 1);
  // As the registry answers them: the stage after this one, and whether it is CERTIFIED (缮证, with its number).
  const nextStage = stages[stages.indexOf(stage) + 1] ?? null;
  return {
    stage: stage as DeskRegistration['stage'],
    nextStage: nextStage as DeskRegistration['nextStage'],
    nextStageNeedsCertificate: nextStage === 'CERTIFIED',
    unitNumber: UNIT,
    certificateNumber,
    updatedAt: '2026-12-02T03:00:00Z',
    steps: reached.map((name, index) => step(name, `2026-12-0${index + 1}T03:00:00Z`)),
  } as DeskRegistration;
}

async function openDrawer(answer: () => StubAnswer, handlers: Record<string, (variables: Record<string, unknown>) => StubAnswer> = {}) {
  const requests = stubGateway({
    CaseDeskCase: answer,
    CaseDeskStaffNames: () => ({ data: { s0: { id: CLERK, name: '刘洋' } } }),
    ...handlers,
  });
  const router = createAppRouter(createMemoryHistory());
  await router.push('/desk');
  const wrapper = mount(CaseDrawer, {
    props: { caseId: 'c1', departments: [] },
    global: { plugins: [ElementPlus, router] },
    attachTo: document.body,
  });
  await settle();
  const drawer = document.body.querySelector('.case-drawer') as HTMLElement;
  return { wrapper, drawer, requests };
}

const panel = (drawer: HTMLElement) => drawer.querySelector('.case-registration');

describe('the property registration panel', () => {
  it('shows the stages, numbers and history, records the next stage and shows the registry’s refusal', async () => {
    signInAs('staff', 'd1');
    const refusal: StubAnswer = {
      errors: [
        {
          message: 'CERTIFIED (缮证) needs the certificate number (不动产权证书号)',
          extensions: { code: 'BAD_USER_INPUT', field: 'certificateNumber' },
        },
      ],
    };
    const { wrapper, drawer, requests } = await openDrawer(
      () => ({ data: { case: { ...openCase(), registration: registrationAt('RECORDED') } } }),
      {
        CaseDeskRecordRegistrationStage: (variables) =>
          variables.certificateNumber
            ? { data: { recordRegistrationStage: registrationAt('CERTIFIED', String(variables.certificateNumber)) } }
            : refusal,
      },
    );
    const section = panel(drawer) as HTMLElement;
    expect(section.querySelector('h3')?.textContent).toBe('不动产登记');
    expect([...section.querySelectorAll('.el-step__title')].map((title) => title.textContent?.trim())).toEqual([
      '受理',
      '审核',
      '登簿',
      '缮证',
      '发证',
    ]);
    expect([...section.querySelectorAll('.el-step__head.is-success')]).toHaveLength(3);
    expect(section.querySelector('.case-registration__unit')?.textContent).toBe(UNIT);
    expect(section.querySelector('.case-registration__certificate')?.textContent).toBe('—');
    expect([...section.querySelectorAll('.case-registration__step-stage')].map((item) => item.textContent)).toEqual([
      '受理',
      '审核',
      '登簿',
    ]);
    expect(section.querySelector('.case-registration__step-by')?.textContent).toBe('刘洋（窗口工作人员）');
    const button = section.querySelector('.case-registration__record') as HTMLButtonElement;
    expect(button.textContent?.trim()).toBe('登记下一环节：缮证');

    button.click();
    await settle();
    expect(section.querySelector('[role="alert"]')?.textContent).toContain('登记信息有误');
    expect(section.querySelector('[role="alert"]')?.textContent).toContain('CERTIFIED (缮证) needs the certificate number');

    const input = section.querySelector('.case-registration__form input') as HTMLInputElement;
    input.value = '浙(2026)临江市不动产权第0012345号';
    input.dispatchEvent(new Event('input'));
    await settle();
    button.click();
    await settle();
    expect(
      requests.filter((request) => request.operation === 'CaseDeskRecordRegistrationStage').map((request) => request.variables),
    ).toEqual([
      { caseId: 'c1', stage: 'CERTIFIED' },
      { caseId: 'c1', stage: 'CERTIFIED', certificateNumber: '浙(2026)临江市不动产权第0012345号' },
    ]);
    const moved = panel(drawer) as HTMLElement;
    expect(moved.querySelector('.case-registration__current')?.textContent).toBe('当前环节：缮证');
    expect(moved.querySelector('.case-registration__certificate')?.textContent).toBe('浙(2026)临江市不动产权第0012345号');
    expect(moved.querySelector('.case-registration__record')?.textContent?.trim()).toBe('登记下一环节：发证');
    expect(moved.querySelector('[role="alert"]')).toBeNull();

    setLocale('en');
    await settle();
    expect(moved.querySelector('h3')?.textContent).toBe('Property registration');
    expect(moved.querySelector('.case-registration__record')?.textContent?.trim()).toBe('Record the next stage: Issued');
    wrapper.unmount();
  });

  it('offers no button to the manager or another department, and says when the registration is complete', async () => {
    for (const [role, dept] of [
      ['manager', undefined],
      ['staff', 'd2'],
    ] as const) {
      signInAs(role, dept);
      const { wrapper, drawer } = await openDrawer(() => ({ data: { case: { ...openCase(), registration: registrationAt('REVIEWED') } } }));
      expect(panel(drawer)).not.toBeNull();
      expect(panel(drawer)?.querySelector('.case-registration__record')).toBeNull();
      wrapper.unmount();
      document.body.innerHTML = '';
      vi.unstubAllGlobals();
    }
    signInAs('staff', 'd1');
    const { wrapper, drawer } = await openDrawer(() => ({
      data: { case: { ...openCase(), registration: registrationAt('ISSUED', '浙(2026)临江市不动产权第0012345号') } },
    }));
    expect(panel(drawer)?.querySelector('.case-registration__record')).toBeNull();
    expect(panel(drawer)?.querySelector('.case-registration__complete')?.textContent).toBe('已发证，登记已完成');
    wrapper.unmount();
  });

  it('shows no panel for a case the registry has no record of, and the case alone while the registry cannot answer', async () => {
    signInAs('staff', 'd1');
    const none = await openDrawer(() => ({ data: { case: { ...openCase(), registration: null } } }));
    expect(none.drawer.querySelector('.case-drawer__status')).not.toBeNull();
    expect(panel(none.drawer)).toBeNull();
    expect(none.drawer.textContent).not.toContain('不动产登记');
    none.wrapper.unmount();
    document.body.innerHTML = '';
    vi.unstubAllGlobals();

    const down = await openDrawer(() => ({
      data: { case: { ...openCase(), registration: null } },
      errors: [
        {
          message: 'the registry service is unavailable',
          path: ['case', 'registration'],
          extensions: { code: 'SERVICE_UNAVAILABLE', service: 'registry' },
        },
      ],
    }));
    expect(down.drawer.querySelector('.case-drawer__status')?.textContent).toContain('待补正');
    expect(panel(down.drawer)).toBeNull();
    expect(down.drawer.textContent).toContain('不动产登记系统暂时无法访问');
    down.wrapper.unmount();
    document.body.innerHTML = '';
    vi.unstubAllGlobals();

    // Any other error is the drawer's, as before.
    const failed = await openDrawer(() => ({
      data: { case: null },
      errors: [{ message: 'a case of another department', path: ['case'], extensions: { code: 'FORBIDDEN' } }],
    }));
    expect(failed.drawer.querySelector('.case-drawer__status')).toBeNull();
    expect(failed.drawer.textContent).toContain('您没有权限查看此内容');
    failed.wrapper.unmount();
  });
});
