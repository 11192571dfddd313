export interface BenchGoal {
  text: string;
  met: boolean;
}

export interface BenchRow {
  case: string;
  measured: string;
  baseline: string;
  ratio: string;
  goal?: BenchGoal;
}

/** What one scenario file found: its rows, and notes on how it measured. */
export interface ScenarioReport {
  /** Position in the printed table. */
  order: number;
  scenario: string;
  rows: BenchRow[];
  notes: string[];
}

const HEADER = ['scenario', 'case', 'measured', 'baseline (same run)', 'ratio', 'goal', 'status'];

/** One markdown table, padded so it also reads well in a terminal. */
export function formatTable(reports: ScenarioReport[]): string {
  const lines = [...reports]
    .sort((a, b) => a.order - b.order)
    .flatMap((report) =>
      report.rows.map((row, index) => [
        index === 0 ? `${report.order}. ${report.scenario}` : '',
        row.case,
        row.measured,
        row.baseline,
        row.ratio,
        row.goal?.text ?? '',
        row.goal === undefined ? '' : row.goal.met ? 'met' : 'MISSED',
      ]),
    );
  const widths = HEADER.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const render = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [render(HEADER), render(widths.map((width) => '-'.repeat(width))), ...lines.map(render)].join('\n');
}

export function formatNotes(reports: ScenarioReport[]): string {
  return [...reports]
    .sort((a, b) => a.order - b.order)
    .filter((report) => report.notes.length > 0)
    .map((report) => `${report.order}. ${report.scenario}: ${report.notes.join(' ')}`)
    .join('\n');
}

export function missedGoals(reports: ScenarioReport[]): string[] {
  return reports.flatMap((report) =>
    report.rows
      .filter((row) => row.goal && !row.goal.met)
      .map((row) => `${report.scenario}, ${row.case}: ${row.goal!.text}`),
  );
}

export function goal(text: string, met: boolean): BenchGoal {
  return { text, met };
}
