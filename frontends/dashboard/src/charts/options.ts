/** The dashboard's chart options, built from the answer's figures (pure, so tests can check them). */
import type { EChartsCoreOption } from 'echarts/core';
import type { DailyCasePoint, HourlyWait } from '../dashboard.graphql';
import type { EvaluationStats } from '../stats.graphql';
import { t } from '../messages';
import type { RankedDepartment } from '../ranking';

const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
const COLORS = ['#1d5fa8', '#2f9e6b', '#d9822b', '#c23c3c', '#7a5cc2'];

function base(): EChartsCoreOption {
  return { color: COLORS, textStyle: { fontFamily: FONT }, tooltip: { trigger: 'axis' }, grid: { left: 48, right: 24, top: 40, bottom: 32 } };
}

/** Month and day only on the axis: 11-20. */
function shortDay(day: string): string {
  return day.slice(5);
}

export function dailyOption(series: readonly DailyCasePoint[]): EChartsCoreOption {
  return {
    ...base(),
    legend: { top: 0 },
    xAxis: { type: 'category', data: series.map((point) => shortDay(point.day)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: t('charts.accepted'), type: 'bar', data: series.map((point) => point.accepted) },
      { name: t('charts.completed'), type: 'line', smooth: true, data: series.map((point) => point.completed) },
    ],
  };
}

export function warningsOption(series: readonly DailyCasePoint[]): EChartsCoreOption {
  return {
    ...base(),
    color: ['#c23c3c'],
    xAxis: { type: 'category', data: series.map((point) => shortDay(point.day)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: t('charts.warningCount'), type: 'line', areaStyle: { opacity: 0.15 }, data: series.map((point) => point.warnings) }],
  };
}

const LEVEL_COLORS: Record<number, string> = { 5: '#2f9e6b', 4: '#7cc39c', 3: '#e0c341', 2: '#e08a3c', 1: '#c23c3c' };

export function satisfactionOption(stats: EvaluationStats): EChartsCoreOption {
  return {
    ...base(),
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    legend: { orient: 'vertical', left: 0, top: 'middle' },
    series: [
      {
        type: 'pie',
        radius: ['40%', '70%'],
        center: ['62%', '50%'],
        label: { show: false },
        data: stats.byLevel.map((entry) => ({ name: t(`level.${entry.level}` as 'level.5'), value: entry.count, itemStyle: { color: LEVEL_COLORS[entry.level] } })),
      },
    ],
  };
}

export function rankingOption(ranked: readonly RankedDepartment[]): EChartsCoreOption {
  const scored = ranked.filter((entry) => entry.score !== null && entry.standing !== 'NO_BUSINESS').reverse();
  return {
    ...base(),
    grid: { left: 96, right: 40, top: 8, bottom: 24 },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', data: scored.map((entry) => entry.department.shortName) },
    series: [
      {
        name: t('departments.score'),
        type: 'bar',
        data: scored.map((entry) => Math.round((entry.score ?? 0) * 10) / 10),
        label: { show: true, position: 'right' },
      },
    ],
  };
}

export function waitsOption(hours: readonly HourlyWait[]): EChartsCoreOption {
  return {
    ...base(),
    legend: { top: 0 },
    xAxis: { type: 'category', data: hours.map((hour) => `${String(hour.hour).padStart(2, '0')}:00`) },
    yAxis: [
      { type: 'value', name: t('charts.waitMinutes'), minInterval: 1 },
      { type: 'value', name: t('charts.tickets'), minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      { name: t('charts.waitMinutes'), type: 'bar', data: hours.map((hour) => (hour.averageWaitMinutes === null ? null : Math.round(hour.averageWaitMinutes * 10) / 10)) },
      { name: t('charts.tickets'), type: 'line', yAxisIndex: 1, data: hours.map((hour) => hour.tickets) },
    ],
  };
}
