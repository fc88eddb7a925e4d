import { en } from '@/domain/i18n/messages-en';
import { zh } from '@/domain/i18n/messages-zh';

export const columnKeys = ['id', 'indicator', 'date', 'value', 'unit', 'derived', 'bound', 'source'] as const;
export type ColumnKey = (typeof columnKeys)[number];
export const requiredColumns: readonly ColumnKey[] = ['id', 'date', 'value'];

const catalogueKey = {
  id: 'columnId',
  indicator: 'columnIndicator',
  date: 'columnDate',
  value: 'columnValue',
  unit: 'columnUnit',
  derived: 'columnDerived',
  bound: 'columnBound',
  source: 'columnObservationSource',
} as const satisfies Record<ColumnKey, keyof typeof zh>;

/** A column's header as the export writes it in each language (编号 / ID). */
export const columnTitle = (key: ColumnKey) => ({ zh: zh[catalogueKey[key]], en: en[catalogueKey[key]] });

/** Which column a header text names: the export's zh text exactly, its en text in any case; unknown → undefined. */
export function columnOf(header: string): ColumnKey | undefined {
  const lower = header.toLowerCase();
  return columnKeys.find((key) => {
    const title = columnTitle(key);
    // "Unit (as printed)" is what the export writes; a person retyping it may well write "Unit".
    return title.zh === header || title.en.toLowerCase() === lower || (key === 'unit' && lower === 'unit');
  });
}

/** The export's sheet names for the observations: 观测值, Observations. */
export const observationSheetNames = [zh.sheetObservations, en.sheetObservations];
