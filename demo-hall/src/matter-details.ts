import { CITY_NAME } from './city';
import { demoId } from './ids';
import { type DemoMaterial, type DemoProcessStep, type MatterCategory, type MatterKind } from './types';

/**
 * The parts of a matter's service guide beyond its materials and limits (issue 3): process steps, on-site inspection,
 * joint approval (并联审批), grounds for refusal (不予受理情形), the appeal route (救济途径) and the sample templates
 * (示范文本) of its forms. Derived from the authored seed by rules, so `matters.ts` stays as authored.
 */

/** Matters whose process includes an on-site inspection (现场核查), by name. */
const ON_SITE_INSPECTION = new Set([
  '食品经营许可证核发',
  '建设工程规划条件核实',
  '不动产首次登记（国有建设用地使用权及房屋所有权）',
  '排污许可证核发',
  '娱乐场所经营活动审批',
  '互联网上网服务营业场所经营单位设立审批',
]);

/** Joint approval (并联审批): the lead matter's name → codes of the departments approving in parallel. */
const JOINT_APPROVAL: Readonly<Record<string, readonly string[]>> = {
  企业设立登记: ['SWJ', 'GAJ'],
  '户口迁入（购房落户）': ['BDC'],
  建设工程规划许可证核发: ['ZJJ', 'STHJ'],
  建筑工程施工许可证核发: ['ZRZY'],
  商品房预售许可: ['BDC'],
  '不动产转移登记（存量房买卖）': ['SWJ'],
  娱乐场所经营活动审批: ['GAJ'],
  互联网上网服务营业场所经营单位设立审批: ['GAJ'],
};

/** Forms the hall publishes a filled-in sample of (示范文本). */
const FORM_PATTERN = /(申请书|申请表|登记表|备案表|申报表|审核表|信息表|采集表|承诺书|授权委托书|备案书|调整表)$/;

const TEMPLATE_BASE = 'https://zwfw.linjiang.example/templates';

const COMMON_REFUSALS = [
  '申请事项依法不属于本部门职权范围的（告知申请人向有关部门申请）',
  '申请人隐瞒有关情况或者提供虚假材料申请的',
  '申请材料不齐全或者不符合法定形式，经一次性告知后申请人逾期未补正的',
];

const CATEGORY_REFUSALS: Record<MatterCategory, readonly string[]> = {
  PERMIT: ['申请事项依法不需要取得行政许可的', '申请人不具备法定申请资格或者不符合法定条件的'],
  CHANGE: ['原登记、许可事项已被依法撤销、注销或者吊销的'],
  RENEWAL: ['未在有效期届满三十日前提出延续申请的', '原许可已被依法撤销、吊销的'],
  FILING: ['申报事项不属于备案范围的'],
  CONFIRMATION: ['权属或者事实存在争议尚未解决的', '依法应当暂缓或者不予登记、确认的'],
  OTHER: ['申请人不符合办理条件的'],
};

const DECISION_NAMES: Record<MatterCategory, string> = {
  PERMIT: '许可',
  CHANGE: '变更',
  RENEWAL: '延续',
  FILING: '备案',
  CONFIRMATION: '登记确认',
  OTHER: '办理',
};

export interface MatterDetailsSource {
  code: string;
  name: string;
  kind: MatterKind;
  category: MatterCategory;
  committedLimitDays: number;
  materials: readonly DemoMaterial[];
}

export interface MatterDetails {
  onSiteInspection: boolean;
  jointDepartmentIds: string[];
  processSteps: DemoProcessStep[];
  refusalGrounds: string[];
  appealRoute: string;
  materials: DemoMaterial[];
}

/**
 * Instant matters are received and decided on the spot; a committed matter's review, inspection and decision share its
 * committed working days (so the steps never add up to more than the hall promises).
 */
function processSteps(kind: MatterKind, category: MatterCategory, committed: number, onSite: boolean): DemoProcessStep[] {
  const decision = `${DECISION_NAMES[category]}决定`;
  if (kind === 'INSTANT' || committed === 0) {
    return [
      { name: '受理', post: '综合受理窗口工作人员', days: 0 },
      { name: `审核并当场${DECISION_NAMES[category]}`, post: '部门窗口首席代表', days: 0 },
      { name: '办结出件', post: '出件窗口工作人员', days: 0 },
    ];
  }
  const decide = committed >= 2 ? 1 : 0;
  const inspect = onSite && committed - decide >= 2 ? 1 : 0;
  const steps: DemoProcessStep[] = [
    { name: '受理', post: '综合受理窗口工作人员', days: 0 },
    { name: '审查', post: '业务科室经办人', days: committed - decide - inspect },
  ];
  if (onSite) steps.push({ name: '现场核查', post: '业务科室核查人员（两人以上）', days: inspect });
  steps.push({ name: decision, post: '部门分管负责人', days: decide });
  steps.push({ name: '制证送达', post: '出件窗口工作人员', days: 0 });
  return steps;
}

function appealRoute(departmentName: string): string {
  return (
    `申请人对${departmentName}作出的不予受理决定或者办理决定不服的，可以自知道该决定之日起六十日内向${CITY_NAME}人民政府申请行政复议，` +
    `或者自知道该决定之日起六个月内向${CITY_NAME}人民法院提起行政诉讼；对窗口服务有意见的，可拨打12345政务服务便民热线或者到大厅“办不成事”反映窗口反映。`
  );
}

export function matterDetails(matter: MatterDetailsSource, departmentName: string): MatterDetails {
  const onSiteInspection = ON_SITE_INSPECTION.has(matter.name);
  return {
    onSiteInspection,
    jointDepartmentIds: (JOINT_APPROVAL[matter.name] ?? []).map((code) => demoId('department', code)),
    processSteps: processSteps(matter.kind, matter.category, matter.committedLimitDays, onSiteInspection),
    refusalGrounds: [...CATEGORY_REFUSALS[matter.category], ...COMMON_REFUSALS],
    appealRoute: appealRoute(departmentName),
    materials: matter.materials.map((material, index) => ({
      ...material,
      sampleTemplate: FORM_PATTERN.test(material.name) ? `${TEMPLATE_BASE}/${matter.code}/${index + 1}.pdf` : null,
    })),
  };
}

/** Names of the matters `matterDetails` gives an on-site inspection or joint approval; the tests check they exist. */
export const DETAILED_MATTER_NAMES = [...ON_SITE_INSPECTION, ...Object.keys(JOINT_APPROVAL)];
