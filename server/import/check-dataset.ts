import type { CellProblem, Reason } from '@/api/admin-schemas';
import { Dataset } from '../dataset/dataset';
import type { CellRef, ImportRow } from './import-row';

/** The contract's own words, for the rules it states; anything else is shown as it says it. */
const contractReasons: Record<string, Reason> = {
  'must not be negative': { zh: '数值不能为负数', en: 'The value must not be negative' },
  'a percentage must be between 0 and 100': {
    zh: '百分比必须在 0 到 100 之间',
    en: 'A percentage must be between 0 and 100',
  },
  'a rank must be a whole number from 1': {
    zh: '排名必须是从 1 起的整数',
    en: 'A rank must be a whole number from 1',
  },
};

function reasonOf(message: string): Reason {
  const known = contractReasons[message];
  if (known) return known;
  if (/same .* period/.test(message)) {
    return { zh: `同一统计周期内有两个数值：${message}`, en: `Two values in one period: ${message}` };
  }
  if (/too big|too_big|at most/i.test(message)) {
    return { zh: `文字过长：${message}`, en: `The text is too long: ${message}` };
  }
  return { zh: `不符合数据约定：${message}`, en: `Not allowed by the data contract: ${message}` };
}

/** Which cell of a row a path into an observation points at. */
function cellOf(row: ImportRow, field: PropertyKey | undefined): CellRef {
  if (field === 'value') return row.value;
  if (field === 'date') return row.date;
  if (field === 'source') return row.source.cell ? row.source : row.row;
  if (field === 'bound') return row.bound.cell ? row.bound : row.row;
  return row.row;
}

/**
 * The last safety net: the next dataset must pass the contract's `Dataset` schema, the rules the API promises.
 * Each issue is named by the cell it comes from when the path leads to an imported row, else by the indicator's
 * first row, else by the sheet alone.
 */
export function checkDataset(
  dataset: Dataset,
  origins: Map<string, Map<string, ImportRow>>,
  sheet: string,
): CellProblem[] {
  const result = Dataset.safeParse(dataset);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const [top, indicatorIndex, part, observationIndex, field] = issue.path;
    const indicator =
      top === 'indicators' && typeof indicatorIndex === 'number' ? dataset.indicators[indicatorIndex] : undefined;
    const rows = indicator ? origins.get(indicator.id) : undefined;
    const observation =
      part === 'observations' && typeof observationIndex === 'number'
        ? indicator?.observations[observationIndex]
        : undefined;
    const row = (observation && rows?.get(observation.date)) ?? [...(rows?.values() ?? [])][0];
    const ref: CellRef = row ? cellOf(row, observation ? field : undefined) : { sheet, cell: '', text: '' };
    return { sheet: ref.sheet, cell: ref.cell, text: ref.text, reason: reasonOf(issue.message) };
  });
}
