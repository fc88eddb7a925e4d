import type { CellProblem, DatasetDiff, ImportWarning } from '@/api/admin-schemas';
import { loadMessages } from '@/domain/i18n/messages';
import type { Dataset } from '../dataset/dataset';
import { applyRows } from './apply-rows';
import { checkDataset } from './check-dataset';
import { diffDatasets } from './diff-datasets';
import { findObservationTable } from './find-observation-table';
import { normaliseRows } from './normalise-rows';
import { readFile } from './read-file';
import { validateRows } from './validate-rows';

export { diffDatasets };

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** What an import would do: with any problem, no dataset (nothing may be stored). */
export interface ImportPlan {
  problems: CellProblem[];
  warnings: ImportWarning[];
  dataset: Dataset | null;
  diff: DatasetDiff | null;
}

/** Problems in reading order: by sheet as met, then row, then column (B2 before A10 before AA10). */
function position(cell: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!match) return [0, 0];
  const [, letters = '', row = '0'] = match;
  const column = [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
  return [Number(row), column];
}

function inReadingOrder(problems: CellProblem[]): CellProblem[] {
  const sheets = [...new Set(problems.map((problem) => problem.sheet))];
  return problems
    .map((problem, index) => ({ problem, index, at: position(problem.cell), sheet: sheets.indexOf(problem.sheet) }))
    .sort((a, b) => a.sheet - b.sheet || a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.index - b.index)
    .map(({ problem }) => problem);
}

const refused = (problems: CellProblem[]): ImportPlan => ({
  problems: inReadingOrder(problems),
  warnings: [],
  dataset: null,
  diff: null,
});

// The comparisons' warnings quote them in English too. Loaded as the module loads: a long-running process started
// by scripts/run.mjs cannot import a source module lazily once its start-up has finished.
await loadMessages('en');

/**
 * read → normalise → validate → apply → check → diff. Every problem of the file at once, never a throw; with any,
 * no dataset and no warnings (they would describe a dataset that will not exist).
 */
export async function planImport(file: ImportFile, current: Dataset): Promise<ImportPlan> {
  const read = await readFile(file.name, file.bytes);
  if (!read.ok) return refused([read.problem]);
  const found = findObservationTable(file.name, read.sheets);
  if (!found.ok) return refused(found.problems);
  const normalised = normaliseRows(found.table);
  const validated = validateRows(normalised.rows, current);
  const applied = applyRows(validated.rows, current);
  const problems = [
    ...normalised.problems,
    ...validated.problems,
    ...checkDataset(applied.dataset, applied.origins, found.table.sheet),
  ];
  if (problems.length > 0) return refused(problems);
  return {
    problems: [],
    warnings: applied.warnings,
    dataset: applied.dataset,
    diff: diffDatasets(current, applied.dataset),
  };
}
