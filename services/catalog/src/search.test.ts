import { randomUUID } from 'node:crypto';
import { PUBLIC_IDENTITY } from '@hall/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { materials, matters } from './db/schema';
import { matterListQuery } from './resolvers/Query';
import { dataOf, demoTokens, errorCode, hall, startCatalog, type CatalogTestSubgraph, type Tokens } from './test-helpers';

let subgraph: CatalogTestSubgraph;
let tokens: Tokens;

beforeAll(async () => {
  subgraph = await startCatalog();
  tokens = await demoTokens();
});
afterAll(() => subgraph?.close());

type Found = {
  matters: Array<{
    code: string;
    name: string;
    keywords: string[];
    channels: string[];
    kind: string;
    category: string;
    materials: Array<{ name: string }>;
  }>;
};
const SEARCH = `query ($filter: MatterFilter, $first: Int, $offset: Int) {
  matters(filter: $filter, first: $first, offset: $offset) { code name keywords channels kind category materials { name } }
}`;

async function search(filter: Record<string, unknown>, first = 200) {
  return dataOf(await subgraph.execute<Found>(SEARCH, { filter, first })).matters;
}

const haystackOf = (matter: Found['matters'][number]) =>
  [matter.code, matter.name, ...matter.keywords, ...matter.materials.map((material) => material.name)].join('\n');

/** What a search must find: every published demo matter containing every word in its code, name, keywords or materials. */
function expectedCodes(words: string[]): string[] {
  const current = new Map(hall.matters.map((matter) => [matter.code, matter]));
  for (const version of hall.matterVersions) current.set(version.code, version);
  return [...current.values()]
    .filter((matter) => {
      const haystack = [matter.code, matter.name, ...matter.keywords, ...matter.materials.map((material) => material.name)]
        .join('\n')
        .toLowerCase();
      return words.every((word) => haystack.includes(word.toLowerCase()));
    })
    .map((matter) => matter.code)
    .sort();
}

describe('search in Chinese', () => {
  it.each([['营业执照'], ['餐饮'], ['公积金'], ['证'], ['身份证'], ['不动产登记']])(
    'finds exactly the matters containing %s',
    async (word) => {
      const found = await search({ search: word });
      expect(found.length).toBeGreaterThan(0);
      expect(found.map((matter) => matter.code).sort()).toEqual(expectedCodes([word]));
      for (const matter of found) expect(haystackOf(matter)).toContain(word);
    },
  );

  it('finds a two-character word that is only a keyword (餐饮 → 食品经营许可证核发)', async () => {
    const names = (await search({ search: '餐饮' })).map((matter) => matter.name);
    expect(names).toContain('食品经营许可证核发');
  });

  it('requires every word of a query with several words', async () => {
    const found = await search({ search: '营业执照  食品' });
    expect(found.map((matter) => matter.code).sort()).toEqual(expectedCodes(['营业执照', '食品']));
    expect(found.length).toBeLessThan((await search({ search: '营业执照' })).length);
  });

  it('matches codes and Latin letters case-insensitively', async () => {
    const found = await search({ search: 'scjg-xk' });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((matter) => matter.code.includes('SCJG-XK'))).toBe(true);
  });

  it('does not find words that only exist across two fields or two keywords', async () => {
    // 企业设立登记's keywords include 营业执照 and 开公司: "照开" spans two keywords.
    expect(await search({ search: '照开' })).toEqual([]);
  });

  it('ranks name matches first', async () => {
    const found = await search({ search: '营业执照' });
    const ranks = found.map((matter) =>
      matter.name.includes('营业执照') ? 0 : matter.keywords.some((keyword) => keyword.includes('营业执照')) ? 1 : 2,
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const id = await search({ search: '身份证' });
    const firstNonName = id.findIndex((matter) => !matter.name.includes('身份证'));
    expect(firstNonName).toBeGreaterThan(0);
    expect(id.slice(firstNonName).every((matter) => !matter.name.includes('身份证'))).toBe(true);
  });

  it('puts an exact name before names that merely contain the query', async () => {
    const found = await search({ search: '补领结婚证' });
    expect(found[0]?.name).toBe('补领结婚证');
  });

  it('combines the search with department, category, kind and channel filters', async () => {
    const scjg = hall.departments.find((department) => department.code === 'SCJG');
    const byDepartment = await search({ search: '营业执照', departmentId: scjg?.id });
    expect(byDepartment.length).toBeGreaterThan(0);
    expect(byDepartment.every((matter) => matter.code.includes('-SCJG-'))).toBe(true);
    const filings = await search({ search: '营业执照', category: 'FILING' });
    expect(filings.length).toBeGreaterThan(0);
    expect(filings.every((matter) => matter.category === 'FILING')).toBe(true);
    const instant = await search({ search: '营业执照', kind: 'INSTANT' });
    expect(instant.every((matter) => matter.kind === 'INSTANT')).toBe(true);
    const appointment = await search({ channel: 'APPOINTMENT' });
    expect(appointment.length).toBeGreaterThan(0);
    expect(appointment.every((matter) => matter.channels.includes('APPOINTMENT'))).toBe(true);
    const mailed = await search({ search: '营业执照', channel: 'MAIL' });
    expect(mailed.every((matter) => matter.channels.includes('MAIL'))).toBe(true);
    expect(mailed.length).toBeLessThan((await search({ search: '营业执照' })).length);
  });

  it('treats %, _ and \\ as plain characters', async () => {
    for (const text of ['%', '_', '\\', '营业%']) expect(await search({ search: text })).toEqual([]);
  });

  it('refuses an empty or oversized search and a bad channel with BAD_USER_INPUT', async () => {
    expect(errorCode(await subgraph.execute(SEARCH, { filter: { search: '   ' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await subgraph.execute(SEARCH, { filter: { search: '证'.repeat(51) } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await subgraph.execute(SEARCH, { filter: { channel: 'PIGEON' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await subgraph.execute(SEARCH, { offset: -1 }))).toBe('BAD_USER_INPUT');
  });

  it('keeps the search columns in step with materials edited later', async () => {
    const matter = hall.matters.find((candidate) => candidate.name === '补领结婚证');
    if (!matter) throw new Error('missing demo matter');
    const db = subgraph.runtime.database.db;
    expect(await search({ search: '户籍证明' })).toEqual([]);
    await db.insert(materials).values({ matterId: matter.id, position: 99, name: '户籍证明', form: 'ORIGINAL', source: '公安机关' });
    expect((await search({ search: '户籍证明' })).map((found) => found.code)).toEqual([matter.code]);
    await subgraph.runtime.database.pool.query(`DELETE FROM catalog.materials WHERE matter_id = $1 AND position = 99`, [matter.id]);
    expect(await search({ search: '户籍证明' })).toEqual([]);
  });

  it('lets nobody write the search columns directly', async () => {
    const matter = hall.matters[0];
    await subgraph.runtime.database.pool.query(`UPDATE catalog.matters SET search_terms = '{}', search_text = '' WHERE id = $1`, [
      matter?.id,
    ]);
    const { rows } = await subgraph.runtime.database.pool.query<{ n: number }>(
      `SELECT cardinality(search_terms) AS n FROM catalog.matters WHERE id = $1`,
      [matter?.id],
    );
    expect(rows[0]?.n).toBeGreaterThan(10);
  });

  it('is open to the public but lists drafts only to editors', async () => {
    expect(errorCode(await subgraph.execute(SEARCH, { filter: { search: '营业执照', status: 'DRAFT' } }, tokens.staff))).toBe('FORBIDDEN');
    expect(errorCode(await subgraph.execute(SEARCH, { filter: { search: '营业执照', status: 'DRAFT' } }, tokens.ownAdmin))).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// 10,000 matters: the search must stay on the index.

const QUALIFIERS = ['市级', '县级', '临时', '新设', '跨区', '乡镇', '园区', '港口', '山区', '沿江'];
const OBJECTS = [
  '建筑垃圾处置',
  '户外广告设置',
  '林木采伐',
  '河道采砂',
  '取水',
  '渔业捕捞',
  '种子生产',
  '兽药经营',
  '农药经营',
  '饲料生产',
  '肥料登记',
  '粮食收购',
  '烟草零售',
  '酒类流通',
  '药品零售',
  '医疗器械经营',
  '化妆品生产',
  '特种设备使用',
  '计量器具',
  '商标质押',
  '专利转让',
  '人才引进',
  '技能培训',
  '职业介绍',
  '劳务派遣',
  '民办学校',
  '校外培训',
  '幼儿园设立',
  '体育场馆',
  '游泳场所',
  '电影放映',
  '出版物零售',
  '印刷经营',
  '广播电视设施',
  '卫星地面接收',
  '文物修缮',
  '宗教活动场所',
  '殡葬服务',
  '慈善组织',
  '社会工作',
  '公墓经营',
  '燃气经营',
  '供热经营',
  '排水接入',
  '城市绿地占用',
  '道路挖掘',
  '桥梁占用',
  '临时建筑',
  '房屋拆除',
  '物业服务',
  '停车场经营',
  '公交线路',
  '出租汽车',
  '驾校经营',
  '船舶登记',
  '港口经营',
  '危险货物运输',
  '超限运输',
  '客运站经营',
  '机场净空',
  '无线电台',
  '网站备案',
  '电信业务',
  '快递经营',
  '旅馆业',
  '典当经营',
  '拍卖经营',
  '二手车交易',
  '报废汽车回收',
  '再生资源回收',
  '成品油零售',
  '加油站',
  '液化气充装',
  '烟花爆竹零售',
  '民用爆炸物品',
  '保安服务',
  '射击场',
  '犬只登记',
  '动物诊疗',
  '动物防疫',
  '屠宰场',
  '水产养殖',
  '草原使用',
  '林地占用',
  '矿产勘查',
  '地质灾害评估',
  '测绘资质',
  '土地复垦',
  '温室大棚',
  '光伏电站',
  '风电项目',
  '节能审查',
  '固定资产投资',
  '外商投资',
  '对外贸易',
  '餐饮服务',
  '食品小作坊',
  '水土保持',
  '河道管理',
  '防雷装置',
];
const ACTIONS = ['许可', '变更登记', '延续', '备案', '注销', '核准', '审批', '确认', '年检', '补证'];

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function nodesOf(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
}

describe('search over 10,000 matters', () => {
  const TOTAL = 10_000;
  const generated: Array<{ code: string; name: string; keywords: string[]; materials: string[] }> = [];

  beforeAll(async () => {
    const db = subgraph.runtime.database.db;
    let index = 0;
    for (const qualifier of QUALIFIERS) {
      for (const object of OBJECTS) {
        for (const action of ACTIONS) {
          const withLicence = index % 50 === 7;
          generated.push({
            code: `T10K-${String(index).padStart(5, '0')}`,
            name: `${qualifier}${object}${action}`,
            keywords: [object, action, qualifier],
            materials: ['申请书', '申请人身份证明', `${object}情况说明`, ...(withLicence ? ['营业执照'] : [])],
          });
          index += 1;
        }
      }
    }
    expect(generated).toHaveLength(TOTAL);
    const publishedAt = new Date();
    const departmentIds = hall.departments.map((department) => department.id);
    // The fast path: one multi-row INSERT per 1,000 matters (and one per 1,000 matters' materials).
    for (let start = 0; start < TOTAL; start += 1000) {
      const chunk = generated.slice(start, start + 1000).map((matter, offset) => ({ ...matter, id: randomUUID(), n: start + offset }));
      await db.insert(matters).values(
        chunk.map((matter) => ({
          id: matter.id,
          code: matter.code,
          name: matter.name,
          departmentId: departmentIds[matter.n % departmentIds.length] as string,
          kind: matter.n % 3 === 0 ? ('INSTANT' as const) : ('COMMITTED' as const),
          category: 'OTHER' as const,
          legalLimitDays: 20,
          committedLimitDays: matter.n % 3 === 0 ? 0 : 5,
          channels: ['WINDOW'],
          keywords: matter.keywords,
          conditions: '申请人符合法定条件',
          legalBasis: ['《中华人民共和国行政许可法》'],
          status: 'PUBLISHED' as const,
          publishedAt,
        })),
      );
      await db.insert(materials).values(
        chunk.flatMap((matter) =>
          matter.materials.map((name, position) => ({
            matterId: matter.id,
            position,
            name,
            form: 'ORIGINAL' as const,
            source: '申请人自备',
          })),
        ),
      );
    }
    // As the owner: the service's app role may not ANALYZE (it would skip the table with a warning).
    await subgraph.owner.pool.query('ANALYZE catalog.matters');
  }, 120_000);

  // Selective queries: a word found in most matters (证 is in every generated 身份证明) is rightly read sequentially.
  it.each([['营业执照'], ['餐饮'], ['犬'], ['许可 餐饮'], ['T10K-0123']])(
    'answers %s from the GIN index, without a sequential scan of matters',
    async (text) => {
      const query = matterListQuery(subgraph.runtime.database.db, PUBLIC_IDENTITY, {
        filter: { search: text },
        first: 50,
        offset: 0,
      }).toSQL();
      const { rows } = await subgraph.runtime.database.pool.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
        `EXPLAIN (FORMAT JSON) ${query.sql}`,
        query.params,
      );
      const plan = rows[0]?.['QUERY PLAN'][0]?.Plan;
      if (!plan) throw new Error('no plan');
      const nodes = nodesOf(plan);
      expect(nodes.some((node) => node['Index Name'] === 'matters_search_terms' && /Index Scan/.test(node['Node Type']))).toBe(true);
      expect(nodes.filter((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'matters')).toEqual([]);
    },
  );

  it('finds exactly the generated matters with the word, quickly and ranked', async () => {
    const started = performance.now();
    const found = await search({ search: '餐饮' });
    const elapsed = performance.now() - started;
    const byName = generated.filter((matter) => matter.name.includes('餐饮')).map((matter) => matter.code);
    expect(byName).toHaveLength(100);
    const demo = expectedCodes(['餐饮']);
    expect(found).toHaveLength(byName.length + demo.length);
    // Name matches first: the 100 generated names, then the demo's matters that have 餐饮 only as a keyword.
    expect(
      found
        .slice(0, 100)
        .map((matter) => matter.code)
        .sort(),
    ).toEqual(byName.sort());
    expect(
      found
        .slice(100)
        .map((matter) => matter.code)
        .sort(),
    ).toEqual(demo);
    expect(elapsed).toBeLessThan(1000);

    const licence = await search({ search: '营业执照' }, 200);
    expect(licence).toHaveLength(200);
    const page2 = dataOf(await subgraph.execute<Found>(SEARCH, { filter: { search: '营业执照' }, first: 200, offset: 200 })).matters;
    const all = [...licence, ...page2].map((matter) => matter.code);
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(
      [
        ...generated.filter((matter) => matter.materials.includes('营业执照')).map((matter) => matter.code),
        ...expectedCodes(['营业执照']),
      ].sort(),
    );
  });
});
