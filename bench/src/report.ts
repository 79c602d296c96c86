import type { LatencyFigures, ThroughputFigures } from './load';
import type { StatementFigures } from './statements';

export interface Target {
  name: string;
  goal: string;
  measured: string;
  met: boolean;
}

export interface BenchResults {
  date: string;
  machine: { cpus: number; node: string; postgres: string; database: string };
  data: {
    cases: number;
    caseEvents: number;
    evaluations: number;
    departments: number;
    matters: number;
    shifts: number;
    tickets: number;
    inspections: number;
  };
  period: { from: string; to: string };
  latency: Record<string, LatencyFigures & { through: string }>;
  throughput: Array<{ operation: string; runs: Record<string, ThroughputFigures>; ratios: Record<string, number> }>;
  statements: StatementFigures[];
  importThroughput: { rows: number; cases: number; seconds: number; rowsPerSecond: number; path: string } | null;
  targets: Target[];
}

const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '—');

/** The Markdown written beside the JSON: one table per question the issue asks. */
export function markdownOf(results: BenchResults): string {
  const lines: string[] = [];
  lines.push(`# Benchmark ${results.date}`, '');
  lines.push(
    `${results.machine.cpus} CPUs, Node ${results.machine.node}, ${results.machine.postgres} (${results.machine.database}). ` +
      `Data: ${results.data.cases.toLocaleString('en')} cases, ${results.data.caseEvents.toLocaleString('en')} events, ` +
      `${results.data.evaluations.toLocaleString('en')} evaluations, ${results.data.departments} departments, ${results.data.matters.toLocaleString('en')} matters, ` +
      `${results.data.shifts.toLocaleString('en')} shifts, ${results.data.tickets.toLocaleString('en')} queue tickets, ${results.data.inspections.toLocaleString('en')} inspections. ` +
      `Period ${results.period.from} … ${results.period.to}.`,
    '',
  );
  lines.push('## Targets', '', '| target | goal | measured | met |', '|---|---|---|---|');
  for (const target of results.targets)
    lines.push(`| ${target.name} | ${target.goal} | ${target.measured} | ${target.met ? 'yes' : '**no**'} |`);
  lines.push(
    '',
    '## Latency, one request at a time (ms)',
    '',
    '| operation | through | requests | p50 | p95 | max |',
    '|---|---|---|---|---|---|',
  );
  for (const [name, figures] of Object.entries(results.latency)) {
    lines.push(`| ${name} | ${figures.through} | ${figures.requests} | ${fmt(figures.p50)} | ${fmt(figures.p95)} | ${fmt(figures.max)} |`);
  }
  lines.push(
    '',
    '## Throughput under load, side by side',
    '',
    '| operation | served by | connections | req/s | p50 ms | p95 ms | errors | ratio |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const entry of results.throughput) {
    for (const [by, figures] of Object.entries(entry.runs)) {
      const ratio = entry.ratios[by];
      lines.push(
        `| ${entry.operation} | ${by} | ${figures.connections} | ${fmt(figures.rps)} | ${fmt(figures.p50)} | ${fmt(figures.p95)} | ${figures.errors} | ${ratio === undefined ? '' : fmt(ratio, 2)} |`,
      );
    }
  }
  const sizes = Object.keys(results.statements[0]?.statements ?? {}).map(Number);
  lines.push('', '## SQL statements per operation, by list size', '');
  lines.push(
    `| subgraph | operation | ${sizes.map((size) => size.toLocaleString('en')).join(' | ')} |`,
    `|---|---|${sizes.map(() => '---').join('|')}|`,
  );
  for (const figure of results.statements) {
    lines.push(`| ${figure.service} | ${figure.operation} | ${sizes.map((size) => figure.statements[size]).join(' | ')} |`);
  }
  if (results.importThroughput) {
    const found = results.importThroughput;
    lines.push(
      '',
      '## Import',
      '',
      `${found.cases.toLocaleString('en')} cases (${found.rows.toLocaleString('en')} rows with their events, visits and evaluations) through ${found.path} ` +
        `in ${fmt(found.seconds, 2)} s: **${Math.round(found.rowsPerSecond).toLocaleString('en')} rows/s**.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
