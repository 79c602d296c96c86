import { demoId } from './ids';
import { type DemoChecklistTemplate } from './types';

/**
 * The hall's default mystery-shopper checklist (明察暗访评分表), built from the six service norms
 * (态度、语言、行为、效能、设施、纪律) and the four zeros. Weights add up to 100; a failed item loses all its points.
 */
export const DEFAULT_CHECKLIST: DemoChecklistTemplate = {
  id: demoId('checklist-template', 'v1'),
  version: 1,
  name: '政务服务窗口明察暗访评分表（2026版）',
  createdAt: new Date('2026-01-05T01:00:00Z'),
  sections: [
    {
      key: 'ATT',
      norm: 'ATTITUDE',
      title: '服务态度',
      weight: 15,
      items: [
        { key: 'ATT-1', text: '是否主动问候、使用文明用语', points: 5, deductionRule: '未主动问候或未使用“您好”“请”等文明用语的，扣除本项分值', allowNotApplicable: false, serious: false },
        { key: 'ATT-2', text: '面对重复询问是否耐心解答，无不耐烦、生硬顶撞情绪', points: 5, deductionRule: '语气生硬、表现不耐烦的，扣除本项分值', allowNotApplicable: false, serious: false },
        { key: 'ATT-3', text: '是否存在推诿、刁难办事群众的情形', points: 10, deductionRule: '存在推诿、刁难的，扣除本项分值并直接启动整改', allowNotApplicable: false, serious: true },
      ],
    },
    {
      key: 'LAN',
      norm: 'LANGUAGE',
      title: '服务语言',
      weight: 10,
      items: [
        { key: 'LAN-1', text: '是否使用普通话和规范服务用语，不说“不知道”“不归我管”等忌语', points: 5, deductionRule: '使用服务忌语的，扣除本项分值', allowNotApplicable: false, serious: false },
        { key: 'LAN-2', text: '政策解释是否准确、通俗易懂', points: 5, deductionRule: '政策解释错误或含糊不清的，扣除本项分值', allowNotApplicable: false, serious: false },
      ],
    },
    {
      key: 'BEH',
      norm: 'BEHAVIOUR',
      title: '服务行为',
      weight: 15,
      items: [
        { key: 'BEH-1', text: '着装是否规范，是否正面佩戴工作牌', points: 4, deductionRule: '着装不规范或未佩戴工作牌的，扣除本项分值', allowNotApplicable: false, serious: false },
        { key: 'BEH-2', text: '暂时离岗是否放置“暂停服务”提示牌', points: 3, deductionRule: '离岗未放置提示牌的，扣除本项分值', allowNotApplicable: true, serious: false },
        { key: 'BEH-3', text: '是否主动引导老年人、残疾人等特殊群体走绿色通道', points: 3, deductionRule: '遇特殊群体未主动引导的，扣除本项分值', allowNotApplicable: true, serious: false },
      ],
    },
    {
      key: 'EFF',
      norm: 'EFFICIENCY',
      title: '服务效能',
      weight: 25,
      items: [
        { key: 'EFF-1', text: '是否一次性告知所需全部材料', points: 10, deductionRule: '未一次性告知、致办事群众二次跑动的，扣除本项分值并直接启动整改', allowNotApplicable: false, serious: true },
        { key: 'EFF-2', text: '即办事项是否当场办结', points: 5, deductionRule: '即办事项未当场办结又无正当理由的，扣除本项分值', allowNotApplicable: true, serious: false },
        { key: 'EFF-3', text: '叫号后等候时间是否在服务承诺时限内', points: 5, deductionRule: '超出承诺等候时间的，扣除本项分值', allowNotApplicable: false, serious: false },
        { key: 'EFF-4', text: '是否落实首问负责制，非本窗口事项是否明确告知承办部门和窗口', points: 5, deductionRule: '未落实首问负责制的，扣除本项分值', allowNotApplicable: false, serious: false },
      ],
    },
    {
      key: 'FAC',
      norm: 'FACILITIES',
      title: '服务设施',
      weight: 10,
      items: [
        { key: 'FAC-1', text: '办事指南、服务承诺、监督电话是否公示齐全且与网上一致', points: 4, deductionRule: '公示缺项或与网上版本不一致的，扣除本项分值', allowNotApplicable: false, serious: false },
        { key: 'FAC-2', text: '评价器是否正常开启并主动邀请办事群众评价', points: 3, deductionRule: '评价器未开启或未邀请评价的，扣除本项分值', allowNotApplicable: false, serious: false },
        { key: 'FAC-3', text: '窗口桌面是否整洁有序，无与工作无关的物品', points: 3, deductionRule: '桌面杂乱或摆放私人物品的，扣除本项分值', allowNotApplicable: false, serious: false },
      ],
    },
    {
      key: 'DIS',
      norm: 'DISCIPLINE',
      title: '工作纪律',
      weight: 15,
      items: [
        { key: 'DIS-1', text: '窗口是否出现空岗', points: 5, deductionRule: '工作时间窗口无人且无正当理由的，扣除本项分值并直接启动整改', allowNotApplicable: false, serious: true },
        { key: 'DIS-2', text: '工作时间是否存在玩手机、闲聊、处理私事等情形', points: 5, deductionRule: '发现一次即扣除本项分值', allowNotApplicable: false, serious: false },
        { key: 'DIS-3', text: '是否存在吃拿卡要、收受礼品礼金等情形', points: 5, deductionRule: '发现即扣除本项分值并直接启动整改', allowNotApplicable: false, serious: true },
      ],
    },
    {
      key: 'FZ',
      norm: 'FOUR_ZEROS',
      title: '“四零”承诺',
      weight: 10,
      items: [
        { key: 'FZ-1', text: '不予受理的，是否出具书面告知并说明理由和政策依据', points: 5, deductionRule: '口头拒绝、未出具书面告知的，扣除本项分值', allowNotApplicable: true, serious: false },
        { key: 'FZ-2', text: '是否告知预约、邮寄送达、帮办代办等便民服务方式', points: 5, deductionRule: '未告知便民服务方式的，扣除本项分值', allowNotApplicable: false, serious: false },
      ],
    },
  ],
};
