import ExcelJS from 'exceljs';
import { articleDataset, type Dataset } from '../../server/dataset/dataset';
import { planImport, type ImportPlan } from '../../server/import/plan-import';
import { buildWorkbook } from '../../src/widgets/briefing-files/build-workbook';
import type { Language } from '../../src/domain/i18n/language';
import { briefingInputFor } from '../setup/briefing-input';

/** The workbook the dashboard exports (导出 → Excel), as a statistician downloads it. */
export const exportedWorkbook = (language: Language = 'zh') => buildWorkbook(briefingInputFor(language));

/** Opens the export in exceljs, lets `edit` change it, and saves it again, as an office suite would. */
export async function editedWorkbook(
  edit: (workbook: ExcelJS.Workbook) => void,
  language: Language = 'zh',
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    (await exportedWorkbook(language)).buffer as unknown as Parameters<typeof workbook.xlsx.load>[0],
  );
  edit(workbook);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The observations sheet of a workbook opened in exceljs. */
export function observationsOf(workbook: ExcelJS.Workbook, name = '观测值'): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The row number of an indicator's observation on a date in the exported 观测值 sheet. */
export function rowOf(sheet: ExcelJS.Worksheet, id: string, date: string): number {
  let found = 0;
  sheet.eachRow((row, number) => {
    const cell = row.getCell(3).value;
    const iso = cell instanceof Date ? cell.toISOString().slice(0, 10) : '';
    if (row.getCell(1).value === id && iso === date) found = number;
  });
  if (!found) throw new Error(`no row for ${id} ${date}`);
  return found;
}

export const importXlsx = (bytes: Uint8Array, current: Dataset = articleDataset()): Promise<ImportPlan> =>
  planImport({ name: 'figures.xlsx', bytes }, current);

export const importCsv = (text: string, current: Dataset = articleDataset(), name = 'figures.csv') =>
  planImport({ name, bytes: new TextEncoder().encode(text) }, current);

export const NEW_SOURCE = '山西省通信管理局2025年10月通信业统计月报';

/**
 * The article's figures as a CSV (编号,日期,数值,单位,界限,来源; derived rows left out, as they are recomputed), with
 * `extra` lines after them and the rows `keep` refuses left out.
 */
export function articleCsv(extra: string[], keep: (id: string) => boolean = () => true): string {
  const rows = articleDataset()
    .indicators.filter((indicator) => keep(indicator.id))
    .flatMap((indicator) =>
      indicator.observations
        .filter((observation) => !observation.derived)
        .map(
          (observation) =>
            `${indicator.id},${observation.date},${observation.value},,${observation.bound === 'at-least' ? '以上' : ''},"${indicator.source.quote}"`,
        ),
    );
  return ['编号,日期,数值,单位,界限,来源', ...rows, ...extra].join('\n');
}
