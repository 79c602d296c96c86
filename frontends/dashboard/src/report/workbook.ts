/**
 * The monthly report as an .xlsx workbook (exceljs), one sheet per part: 汇总 (with the 差评整改, 投诉 and 督办 desks'
 * figures and the bad reviews by tag), 部门排名, 超期办件, 差评处理, 暗访结果, 表彰, 诚信预警, 零推诿. Runs in the browser (download) and in Node (tests read it back).
 */
import { enumLabel } from '@hall/styleguide';
import ExcelJS from 'exceljs';
import type { Cell, MonthlyReportModel } from './build';

export const SHEETS = ['汇总', '部门排名', '超期办件', '差评处理', '暗访结果', '表彰', '诚信预警', '零推诿'] as const;

const UNAVAILABLE = '暂不可用';

function sheet(workbook: ExcelJS.Workbook, name: string, header: string[], rows: Cell[][] | null): void {
  const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.addRow(header).font = { bold: true };
  if (rows === null) worksheet.addRow([UNAVAILABLE]);
  else for (const row of rows) worksheet.addRow(row);
  worksheet.columns.forEach((column) => {
    column.width = 16;
  });
}

/** The summary's rows, then the desks' figures and the bad reviews by tag (差评标签：…); null when none answered. */
function summaryRows(report: MonthlyReportModel): Cell[][] | null {
  const parts = [report.summary, report.badReviewDesk, report.badReviewTags?.map(([tag, count]) => [`差评标签：${tag}`, count] as const) ?? null, report.complaints, report.escalations];
  if (parts.every((part) => part === null)) return null;
  return parts.flatMap((part) => part?.map(([label, value]) => [label, value]) ?? []);
}

export async function buildWorkbook(report: MonthlyReportModel): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '「四零」政务服务监督平台';
  workbook.title = `${report.month} 月度通报`;
  sheet(workbook, '汇总', ['指标', `${report.month}`], summaryRows(report));
  sheet(
    workbook,
    '部门排名',
    ['名次', '上月名次', '部门', '综合得分', '受理', '办结率（%）', '按时办结率（%）', '满意率（%）', '到岗率（%）', '暗访得分'],
    report.rankings?.map((row) => [row.place, row.previousPlace, row.department, row.score, row.accepted, row.completionRate, row.onTimeRate, row.satisfactionRate, row.attendanceRate, row.inspectionScore]) ?? null,
  );
  sheet(workbook, '超期办件', ['办件编号', '部门', '事项', '承诺期限', '办结日期', '状态'], report.overdueCases?.map((row) => [row.number, row.department, row.matter, row.dueAt, row.completedAt, row.status]) ?? null);
  sheet(workbook, '差评处理', ['办件编号', '部门', '窗口', '评价等级', '评价内容', '评价日期', '处理情况'], report.badReviews?.map((row) => [row.case, row.department, row.window, row.level, row.comment, row.evaluatedAt, row.handling]) ?? null);
  sheet(workbook, '暗访结果', ['暗访日期', '窗口', '部门', '得分', '问题数', '结果'], report.inspections?.map((row) => [row.visitedAt, row.window, row.department, row.score, row.findings, row.passed]) ?? null);
  sheet(
    workbook,
    '表彰',
    ['类别', '对象', '依据', '确认人', '确认时间'],
    report.candidates?.map((row) => [enumLabel('RecognitionKind', row.kind), row.name, row.reason, row.confirmed?.by ?? '待确认', row.confirmed?.at ?? '']) ?? null,
  );
  sheet(
    workbook,
    '诚信预警',
    ['类别', '对象', '情况'],
    report.flags?.map((flag) => [flag.label, flag.subject, flag.detail]) ?? null,
  );
  sheet(
    workbook,
    '零推诿',
    ['部门', '转办回环', '三次以上转办', '未书面告知即另赴他处'],
    report.buckPassing?.map((row) => [row.department, row.loops, row.thirdHandOffs, row.turnedAway]) ?? null,
  );
  return workbook;
}

/** The workbook's bytes, for a download. */
export async function workbookBytes(report: MonthlyReportModel): Promise<ArrayBuffer> {
  const buffer = await (await buildWorkbook(report)).xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}
