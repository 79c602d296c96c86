import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MatterDetail } from '../api';
import { settle, signInAs, stubGateway } from '@hall/styleguide/testing';
import MatterEditor from './MatterEditor.vue';

const departments = [
  { id: 'd-market', name: '市场监督管理局' },
  { id: 'd-police', name: '公安局' },
];

const published: MatterDetail = {
  id: 'm-1',
  code: 'SCJG-XK-001',
  name: '食品经营许可',
  version: 2,
  status: 'PUBLISHED',
  kind: 'COMMITTED',
  category: 'PERMIT',
  legalLimitDays: 20,
  committedLimitDays: 5,
  feeYuan: null,
  feeBasis: null,
  channels: ['WINDOW'],
  keywords: ['餐饮'],
  conditions: '已取得营业执照。',
  legalBasis: ['《中华人民共和国食品安全法》'],
  materials: [{ name: '申请书', form: 'ORIGINAL', copies: 1, required: true, condition: null, source: '申请人自备', notes: null, sampleTemplate: null }],
  onSiteInspection: false,
  department: departments[0]!,
  jointDepartments: [],
  processSteps: [],
  refusalGrounds: [],
  appealRoute: null,
};

beforeEach(() => signInAs('dept_admin', 'd-market'));
afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  document.body.innerHTML = '';
});

function mountEditor(target: InstanceType<typeof MatterEditor>['$props']['target']) {
  return mount(MatterEditor, {
    props: { target, departments, canPickDepartment: false },
    global: { plugins: [ElementPlus] },
    attachTo: document.body,
  });
}

/** Element Plus shows a form item's message 100 ms after its state turns to error. */
const messagesShown = () => new Promise((resolve) => setTimeout(resolve, 150));
const drawerText = () => document.querySelector('.matter-editor')?.textContent ?? '';

describe('MatterEditor', () => {
  it('says that editing a published matter makes a new draft version', async () => {
    stubGateway({ MatterAdminMatter: () => ({ data: { matter: published } }) });
    const editor = mountEditor({ mode: 'edit', matterId: 'm-1' });
    await settle();
    expect(drawerText()).toContain('该事项已发布。保存后将生成第 3 版草稿');
    expect(drawerText()).toContain('保存为新版本草稿');
    expect(document.querySelector<HTMLInputElement>('.matter-editor input[maxlength="40"]')?.disabled).toBe(true);
    editor.unmount();
  });

  it('does not make an empty new version when nothing was changed', async () => {
    const requests = stubGateway({ MatterAdminMatter: () => ({ data: { matter: published } }) });
    const editor = mountEditor({ mode: 'edit', matterId: 'm-1' });
    await settle();
    document.querySelector<HTMLButtonElement>('.matter-editor__buttons .el-button--primary')!.click();
    await settle();
    expect(drawerText()).toContain('尚未修改任何内容');
    expect(requests.map((request) => request.operation)).toEqual(['MatterAdminMatter']);
    editor.unmount();
  });

  it('shows a broken rule at once beside its field and saves nothing until it is fixed', async () => {
    const requests = stubGateway({
      MatterAdminMatter: () => ({ data: { matter: { ...published, status: 'DRAFT', version: 1 } } }),
      MatterAdminUpdate: () => ({ data: { updateMatter: { id: 'm-1', version: 1, status: 'DRAFT' } } }),
    });
    const editor = mountEditor({ mode: 'edit', matterId: 'm-1' });
    await settle();
    const committed = document.querySelectorAll<HTMLInputElement>('.matter-editor .el-input-number input')[1]!;
    committed.value = '30';
    committed.dispatchEvent(new Event('input'));
    committed.dispatchEvent(new Event('change'));
    await settle();
    await messagesShown();
    expect(drawerText()).toContain('承诺时限不能超过法定时限（20 个工作日）');

    document.querySelector<HTMLButtonElement>('.matter-editor__buttons .el-button--primary')!.click();
    await settle();
    expect(requests.map((request) => request.operation)).toEqual(['MatterAdminMatter']);
    expect(drawerText()).toContain('请先修正标红的 1 处问题');
    editor.unmount();
  });

  it('shows the server’s BAD_USER_INPUT fields next to the right fields', async () => {
    stubGateway({
      MatterAdminCreate: () => ({
        errors: [
          {
            message: 'invalid input: materials.0.name: too long',
            extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'materials.0.name', message: 'material names must not repeat' }] },
          },
        ],
      }),
    });
    const editor = mountEditor({ mode: 'create', departmentId: 'd-market' });
    await settle();
    const form = editor.findComponent({ name: 'ElForm' });
    const model = form.props('model') as typeof published & { departmentId: string };
    Object.assign(model, {
      code: 'SCJG-XK-777',
      name: '测试事项',
      conditions: '无',
      legalBasis: ['某条例'],
      materials: [{ ...published.materials[0]! }],
    });
    await settle();
    document.querySelector<HTMLButtonElement>('.matter-editor__buttons .el-button--primary')!.click();
    await settle();
    await messagesShown();
    const nameCell = document.querySelector('.materials-editor tbody tr td:nth-child(2)');
    expect(nameCell?.textContent).toContain('不能重复');
    expect(drawerText()).toContain('保存失败：服务器发现 1 处输入问题');
    editor.unmount();
  });
});
