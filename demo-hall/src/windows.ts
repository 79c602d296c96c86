import { type WindowCategory } from './types';

export interface WindowSeed {
  number: string;
  name: string;
  category: WindowCategory;
  /** Department codes served at this window. */
  departments: string[];
}

/** The numbered windows; the letter of each number is the prefix of its hall zone. */
export const WINDOW_SEEDS: readonly WindowSeed[] = [
  { number: 'A01', name: '综合咨询服务台', category: 'CONSULTATION', departments: ['SCJG', 'SWJ', 'RSJ'] },
  { number: 'A02', name: '企业开办综合窗口', category: 'COMPREHENSIVE', departments: ['SCJG', 'SWJ'] },
  { number: 'A03', name: '企业开办综合窗口', category: 'COMPREHENSIVE', departments: ['SCJG', 'SWJ'] },
  { number: 'A04', name: '市场准入许可窗口', category: 'SPECIALISED', departments: ['SCJG'] },
  { number: 'A05', name: '税务综合窗口', category: 'SPECIALISED', departments: ['SWJ'] },
  { number: 'A06', name: '绿色通道（重点项目、老年人和残疾人优先）', category: 'GREEN_CHANNEL', departments: ['SCJG', 'ZRZY', 'ZJJ'] },
  { number: 'A07', name: '证照出件及邮寄窗口', category: 'PICKUP', departments: ['SCJG', 'GAJ', 'BDC'] },
  { number: 'A08', name: '24小时自助服务区', category: 'SELF_SERVICE', departments: ['GAJ', 'RSJ', 'GJJ'] },
  { number: 'B01', name: '户政业务窗口', category: 'SPECIALISED', departments: ['GAJ'] },
  { number: 'B02', name: '出入境业务窗口', category: 'SPECIALISED', departments: ['GAJ'] },
  { number: 'B03', name: '交管业务窗口', category: 'SPECIALISED', departments: ['GAJ'] },
  { number: 'B04', name: '社会保险业务窗口', category: 'SPECIALISED', departments: ['RSJ'] },
  { number: 'B05', name: '就业和社会保障综合窗口', category: 'COMPREHENSIVE', departments: ['RSJ', 'YBJ'] },
  { number: 'B06', name: '医疗保障窗口', category: 'SPECIALISED', departments: ['YBJ'] },
  { number: 'B07', name: '民政业务窗口', category: 'SPECIALISED', departments: ['MZJ'] },
  { number: 'C01', name: '不动产交易登记综合窗口', category: 'COMPREHENSIVE', departments: ['BDC', 'SWJ', 'ZJJ'] },
  { number: 'C02', name: '不动产交易登记综合窗口', category: 'COMPREHENSIVE', departments: ['BDC', 'SWJ', 'ZJJ'] },
  { number: 'C03', name: '不动产登记窗口', category: 'SPECIALISED', departments: ['BDC'] },
  { number: 'C04', name: '住房公积金业务窗口', category: 'SPECIALISED', departments: ['GJJ'] },
  { number: 'C05', name: '住房公积金业务窗口', category: 'SPECIALISED', departments: ['GJJ'] },
  { number: 'D01', name: '工程建设项目综合窗口', category: 'COMPREHENSIVE', departments: ['ZRZY', 'ZJJ', 'STHJ'] },
  { number: 'D02', name: '规划和自然资源窗口', category: 'SPECIALISED', departments: ['ZRZY'] },
  { number: 'D03', name: '生态环境窗口', category: 'SPECIALISED', departments: ['STHJ'] },
  { number: 'E01', name: '交通运输窗口', category: 'SPECIALISED', departments: ['JTJ'] },
  { number: 'E02', name: '卫生健康窗口', category: 'SPECIALISED', departments: ['WJW'] },
  { number: 'E03', name: '文化旅游窗口', category: 'SPECIALISED', departments: ['WGLJ'] },
];
