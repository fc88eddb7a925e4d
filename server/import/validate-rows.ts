import type { CellProblem } from '@/api/admin-schemas';
import type { Dataset } from '../dataset/dataset';
import { classifyRow, needsSource } from './classify-row';
import type { CellRef, ImportRow } from './import-row';
import { agreedUnit, rowUnits } from './indicator-unit';
import { printedUnit } from './printed-units';

export interface ValidatedRows {
  /** The rows without a problem of their own, for the safety net to find what only the whole dataset shows. */
  rows: ImportRow[];
  problems: CellProblem[];
}

const problemAt = (ref: CellRef, zh: string, en: string): CellProblem => ({
  sheet: ref.sheet,
  cell: ref.cell,
  text: ref.text,
  reason: { zh, en },
});

/**
 * Validate step: what only rows together, or rows against the current dataset, can show — unknown indicators, two
 * rows for one date, units that disagree, figures without a source of their own. Every problem, none thrown.
 */
export function validateRows(rows: ImportRow[], current: Dataset): ValidatedRows {
  const problems: CellProblem[] = [];
  const failed = new Set<ImportRow>();
  const flag = (row: ImportRow, problem: CellProblem) => {
    problems.push(problem);
    failed.add(row);
  };

  for (const row of rows) {
    if (!current.indicators.some((indicator) => indicator.id === row.id.value)) {
      flag(
        row,
        problemAt(
          row.id,
          `未知的指标编号：“${row.id.value}”不是现有指标（编号见导出文件“指标”表的“编号”列）；导入不能新建指标`,
          `Unknown indicator ID: “${row.id.value}” is not an existing indicator (see the ID column of the exported Indicators sheet); an import cannot create indicators`,
        ),
      );
    }
  }

  for (const indicator of current.indicators) {
    const own = rows.filter((row) => row.id.value === indicator.id);
    if (own.length === 0) continue;
    const figures = own.filter((row) => !row.derived.value);
    const [firstDerived] = own;
    if (figures.length === 0 && firstDerived) {
      flag(
        firstDerived,
        problemAt(
          firstDerived.row,
          `“${indicator.name.zh}”只剩推算值：推算值由实际数值算出，不能单独导入；请保留至少一行非推算的数值，或删除此指标的全部行`,
          `“${indicator.name.en}” has only derived rows left: derived values are computed from real figures and cannot be imported alone; keep at least one row that is not derived, or delete all of the indicator's rows`,
        ),
      );
      continue;
    }

    const byDate = new Map<string, ImportRow>();
    for (const row of figures) {
      const earlier = byDate.get(row.date.value);
      if (earlier) {
        flag(
          row,
          problemAt(
            row.date,
            `同一指标同一日期有两行：“${indicator.id}”在 ${row.date.value} 已有一行（${earlier.row.cell} 所在行）`,
            `Two rows for one indicator and date: “${indicator.id}” already has a row for ${row.date.value} (the row of ${earlier.row.cell})`,
          ),
        );
      } else byDate.set(row.date.value, row);
    }

    const units = rowUnits(figures, indicator);
    const unit = agreedUnit(units, indicator);
    if (!unit) {
      const first = units[0];
      for (const { row, unit: rowUnit } of units.slice(1)) {
        if (first && (rowUnit.unit !== first.unit.unit || rowUnit.multiplier !== first.unit.multiplier)) {
          flag(
            row,
            problemAt(
              row.unit,
              `单位不一致：同一指标各行的单位必须相同（${first.row.unit.cell || first.row.row.cell} 为“${printedUnit(first.unit)}”，此行为“${printedUnit(rowUnit)}”）；留空表示沿用原单位`,
              `Units disagree: every row of one indicator must have the same unit (${first.row.unit.cell || first.row.row.cell} says “${printedUnit(first.unit)}”, this row “${printedUnit(rowUnit)}”); blank means the indicator's current unit`,
            ),
          );
        }
      }
      continue;
    }

    for (const row of figures) {
      const match = classifyRow(row, indicator, unit);
      if (!needsSource(match)) continue;
      if (row.source.value === '') {
        flag(
          row,
          problemAt(
            { ...row.source, cell: row.source.cell || row.row.cell },
            '缺少来源：新的或改动的数值必须在“来源”列注明出处（如 山西省通信管理局2025年10月统计月报）',
            'The source is missing: a new or changed figure needs its source in the Source column (such as a monthly bulletin of the Shanxi Communications Administration, October 2025)',
          ),
        );
      } else if (row.source.value === indicator.source.quote.trim()) {
        flag(
          row,
          problemAt(
            row.source,
            '来源仍是文章原句：文章原句只属于文章印出的数值；新的或改动的数值请写明它自己的出处',
            'The source is still the article’s sentence: that sentence belongs to the figure the article printed; give a new or changed figure a source of its own',
          ),
        );
      }
    }
  }

  return { rows: rows.filter((row) => !failed.has(row)), problems };
}
