export interface HallZone {
  name: string;
  /** First letter of the window numbers in this zone. */
  windowPrefix: string;
  theme: string;
}

export const HALL_ZONES: readonly HallZone[] = [
  { name: 'A区', windowPrefix: 'A', theme: '企业开办与市场准入' },
  { name: 'B区', windowPrefix: 'B', theme: '公安、社保医保与民政' },
  { name: 'C区', windowPrefix: 'C', theme: '不动产登记与住房公积金' },
  { name: '二楼东区', windowPrefix: 'D', theme: '工程建设项目审批' },
  { name: '二楼西区', windowPrefix: 'E', theme: '交通、卫健与文旅' },
];

export interface DepartmentSeed {
  code: string;
  name: string;
  shortName: string;
  hallZone: string;
}

/** The departments stationed in the hall (进驻部门), in the order the hall lists them. */
export const DEPARTMENT_SEEDS: readonly DepartmentSeed[] = [
  { code: 'SCJG', name: '市场监督管理局', shortName: '市场监管', hallZone: 'A区' },
  { code: 'GAJ', name: '公安局', shortName: '公安', hallZone: 'B区' },
  { code: 'RSJ', name: '人力资源和社会保障局', shortName: '人社', hallZone: 'B区' },
  { code: 'YBJ', name: '医疗保障局', shortName: '医保', hallZone: 'B区' },
  { code: 'SWJ', name: '税务局', shortName: '税务', hallZone: 'A区' },
  { code: 'ZRZY', name: '自然资源和规划局', shortName: '资规', hallZone: '二楼东区' },
  { code: 'ZJJ', name: '住房和城乡建设局', shortName: '住建', hallZone: '二楼东区' },
  { code: 'BDC', name: '不动产登记中心', shortName: '不动产', hallZone: 'C区' },
  { code: 'GJJ', name: '住房公积金管理中心', shortName: '公积金', hallZone: 'C区' },
  { code: 'JTJ', name: '交通运输局', shortName: '交通', hallZone: '二楼西区' },
  { code: 'WJW', name: '卫生健康委员会', shortName: '卫健', hallZone: '二楼西区' },
  { code: 'MZJ', name: '民政局', shortName: '民政', hallZone: 'B区' },
  { code: 'STHJ', name: '生态环境局', shortName: '生态环境', hallZone: '二楼东区' },
  { code: 'WGLJ', name: '文化广电旅游局', shortName: '文广旅', hallZone: '二楼西区' },
];
