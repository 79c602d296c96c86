import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import ChangeDiff from './ChangeDiff.vue';

const departments = new Map([
  ['d-police', '公安局'],
  ['d-tax', '税务局'],
]);

function rowsOf(wrapper: ReturnType<typeof mount>) {
  return wrapper.findAll('tbody tr').map((row) => [row.get('th').text(), ...row.findAll('td').map((cell) => cell.text())]);
}

describe('ChangeDiff', () => {
  it('names each changed field and shows values as people read them', () => {
    const diff = mount(ChangeDiff, {
      props: {
        departmentNames: departments,
        fields: [
          { field: 'committedLimitDays', from: '10', to: '5' },
          { field: 'kind', from: '"COMMITTED"', to: '"INSTANT"' },
          { field: 'onSiteInspection', from: 'false', to: 'true' },
          { field: 'feeBasis', from: null, to: '"浙价费〔2020〕1号"' },
          { field: 'jointDepartmentIds', from: '["d-police"]', to: '["d-police","d-tax"]' },
        ],
      },
    });
    expect(rowsOf(diff)).toEqual([
      ['承诺时限（工作日）', '10', '5'],
      ['办件类型', '承诺件', '即办件'],
      ['需要现场核查', '否', '是'],
      ['收费依据', '（空）', '浙价费〔2020〕1号'],
      ['并联审批部门', '公安局', '公安局税务局'],
    ]);
  });

  it('marks the list entries removed and added, and leaves the kept ones plain', () => {
    const material = (name: string, copies: number) =>
      ({ name, form: 'COPY', copies, required: true, condition: null, source: '申请人自备', notes: null, sampleTemplate: null });
    const diff = mount(ChangeDiff, {
      props: {
        departmentNames: departments,
        fields: [
          {
            field: 'materials',
            from: JSON.stringify([material('申请书', 1), material('身份证', 1)]),
            to: JSON.stringify([material('申请书', 1), material('身份证', 2)]),
          },
        ],
      },
    });
    expect(diff.findAll('del').map((node) => node.text())).toEqual(['身份证（复印件，份数 1，必要，申请人自备）']);
    expect(diff.findAll('ins').map((node) => node.text())).toEqual(['身份证（复印件，份数 2，必要，申请人自备）']);
    expect(diff.findAll('.change-diff__item--kept').map((node) => node.text())).toEqual([
      '申请书（复印件，份数 1，必要，申请人自备）',
      '申请书（复印件，份数 1，必要，申请人自备）',
    ]);
  });
});
