import { checkWorkbookZip } from './check-zip';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { fileProblem, type ReadResult } from './raw-sheet';

/** Read step: an uploaded file as sheets of cells, by its extension; anything else is one problem. */
export async function readFile(name: string, bytes: Uint8Array): Promise<ReadResult> {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  if (extension === 'xlsx') return (await checkWorkbookZip(name, bytes)) ?? readXlsx(name, bytes);
  if (extension === 'csv') return readCsv(name, bytes);
  return {
    ok: false,
    problem: fileProblem(name, {
      zh: '不支持此文件类型：请上传从看板导出的 Excel 工作簿（.xlsx），或“观测值”表另存的 CSV（UTF-8）',
      en: 'This file type is not supported: upload the Excel workbook exported from the dashboard (.xlsx), or its Observations sheet saved as CSV (UTF-8)',
    }),
  };
}
