import { type Random } from './random';

const split = (words: string): readonly string[] => words.trim().split(/\s+/);

/** Common surnames, most frequent first. */
const SURNAMES = split(
  '王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 高 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 潘 袁 蔡 蒋 余 于 杜 叶 程 魏 苏 吕 丁 任 沈 姚 卢 傅 钟 姜 崔 谭 廖 范 汪 陆 金 石 戴 贾 夏 邱 方 侯 邹 熊 孟 秦 白 江 薛 尹 段 雷 黎 史 陶 贺 顾 毛 郝 龚 邵 万 钱 严 武 洪 孔 施 翁',
);

const MALE_GIVEN_NAMES = split(
  '伟 强 磊 军 勇 杰 涛 斌 超 明 刚 平 辉 鹏 华 飞 波 宁 浩 凯 建国 建华 志强 志明 国强 海涛 文博 子轩 浩然 宇航 俊杰 晓东 卫东 德明 振华 永刚 立新 家豪 一鸣 天宇 思远 博文 泽宇 明轩 晨阳 嘉诚 文杰 鹏飞 少华 伟民 国栋 海峰 志刚 建平 学军 云龙 晓峰 俊峰 子豪 宏伟',
);

const FEMALE_GIVEN_NAMES = split(
  '芳 娜 敏 静 丽 艳 娟 霞 燕 玲 婷 雪 琳 颖 倩 洁 丽华 秀英 玉兰 桂英 晓燕 海燕 丽娟 雅琴 静怡 欣怡 梓涵 雨桐 思彤 佳琪 诗雨 婉清 梦瑶 慧敏 文静 丹丹 红梅 春燕 美玲 凤霞 淑芬 雅婷 晓丽 玉梅 佳怡 欣妍 秀兰 亚楠 莉莉 晓红 海霞 素琴 雨欣 诗涵 嘉欣 雪梅 丽萍 月华 婧 瑶',
);

export interface Person {
  name: string;
  male: boolean;
}

/** A plausible Chinese name; the most common surnames are drawn more often. */
export function randomPerson(rng: Random): Person {
  const surname = rng.chance(0.6) ? rng.pick(SURNAMES.slice(0, 20)) : rng.pick(SURNAMES);
  const male = rng.chance(0.5);
  const given = rng.pick(male ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES);
  return { name: surname + given, male };
}

/** Names given to the demo sign-in users; generated staff never reuse them. */
export const MANAGER_NAME = '王建国';
export const DEPT_ADMIN_NAMES = ['刘志强', '赵晓梅', '孙立平'] as const;
/** The 不动产登记中心's (BDC's) department admin of the demo sign-in: the department with a subgraph of its own. */
export const REGISTRY_ADMIN_NAME = '周文斌';

/** The fictional citizen behind the demo public user; two demo cases are hers, so she can track them. */
export const PUBLIC_APPLICANT = {
  name: '陈晓雯',
  male: false,
  birthDate: '1992-03-15',
  districtCode: '339902',
  sequence: 241,
  phone: '13957160328',
} as const;

export interface SupervisorSeed {
  key: string;
  name: string;
  affiliation: string;
  phone: string;
  termStart: string;
  termEnd: string;
  /** Department codes the supervisor may not inspect. */
  tiedDepartments: string[];
}

/** Social supervisors (社会监督员) appointed by the hall for two-year terms. */
export const SUPERVISOR_SEEDS: readonly SupervisorSeed[] = [
  {
    key: 'S01',
    name: '沈丽华',
    affiliation: '市人大代表',
    phone: '13805718326',
    termStart: '2025-07-01',
    termEnd: '2027-06-30',
    tiedDepartments: [],
  },
  {
    key: 'S02',
    name: '高志远',
    affiliation: '市政协委员（市第一人民医院副主任医师）',
    phone: '13906527741',
    termStart: '2025-07-01',
    termEnd: '2027-06-30',
    tiedDepartments: ['WJW'],
  },
  {
    key: 'S03',
    name: '许明德',
    affiliation: '企业代表（临江恒远机械有限公司）',
    phone: '13588063152',
    termStart: '2025-07-01',
    termEnd: '2027-06-30',
    tiedDepartments: ['SCJG'],
  },
  {
    key: 'S04',
    name: '何秀英',
    affiliation: '社区工作者（江北街道望江社区）',
    phone: '15067124938',
    termStart: '2026-01-01',
    termEnd: '2027-12-31',
    tiedDepartments: ['MZJ'],
  },
  {
    key: 'S05',
    name: '罗嘉怡',
    affiliation: '媒体记者（临江日报社）',
    phone: '18657103264',
    termStart: '2026-01-01',
    termEnd: '2027-12-31',
    tiedDepartments: [],
  },
  {
    key: 'S06',
    name: '张卫东',
    affiliation: '退休教师（原临江市第二中学）',
    phone: '13757192085',
    termStart: '2025-07-01',
    termEnd: '2027-06-30',
    tiedDepartments: [],
  },
];

export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  MANAGER_NAME,
  ...DEPT_ADMIN_NAMES,
  REGISTRY_ADMIN_NAME,
  PUBLIC_APPLICANT.name,
  ...SUPERVISOR_SEEDS.map((s) => s.name),
]);

const MOBILE_PREFIXES = split(
  '130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159 177 180 182 183 185 186 187 188 189 191 199',
);

export function randomMobile(rng: Random): string {
  return rng.pick(MOBILE_PREFIXES) + rng.digits(8);
}
