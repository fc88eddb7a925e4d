import type { CellProblem, DatasetDiff, ImportWarning } from '@/api/admin-schemas';
import type { Dataset } from '../dataset/dataset';

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

/** Placeholder until the import pipeline lands: read → normalise → validate → apply → diff. */
export declare function planImport(file: ImportFile, current: Dataset): Promise<ImportPlan>;
export declare function diffDatasets(before: Dataset, after: Dataset): DatasetDiff;
