import JSZip from 'jszip';
import { fileProblem, type ReadResult } from './raw-sheet';

export interface ZipLimits {
  /** What all entries may inflate to together. */
  maxTotalBytes: number;
  /** Past `ratioFloorBytes`, the entries may not inflate to more than this many times the upload's size. */
  maxRatio: number;
  ratioFloorBytes: number;
  maxEntries: number;
}

/** A workbook the dashboard exports inflates to well under 1 MB; a real one of 10 MB to under 100 MB. */
export const WORKBOOK_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 100 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 10_000,
};

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

type Failure = Extract<ReadResult, { ok: false }>;
const refuse = (name: string, zh: string, en: string): Failure => ({
  ok: false,
  problem: { ...fileProblem(name, { zh, en }), cell: 'A1' },
});

class TooLarge extends Error {}

/** Inflates one entry chunk by chunk, stopping as soon as a limit is passed: the header's sizes are not believed. */
function inflate(entry: JSZip.JSZipObject, budget: { inflated: number; cap: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = entry.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      budget.inflated += chunk.byteLength;
      if (budget.inflated > budget.cap) {
        stream.removeAllListeners('data');
        stream.pause();
        reject(new TooLarge());
      }
    });
    stream.on('error', reject);
    stream.on('end', () => resolve());
  });
}

/**
 * Step before exceljs: the upload must be a zip (an .xlsx is one) with a workbook part, and must not inflate past
 * the limits. A zip bomb is stopped here, before exceljs would hold it all in memory. Undefined: go on.
 */
export async function checkWorkbookZip(
  name: string,
  bytes: Uint8Array,
  limits: ZipLimits = WORKBOOK_ZIP_LIMITS,
): Promise<Failure | undefined> {
  const notWorkbook = () =>
    refuse(
      name,
      '此文件不是 Excel 工作簿（.xlsx）：请上传从看板导出的工作簿，或“观测值”表另存的 CSV',
      'This file is not an Excel workbook (.xlsx): upload the workbook exported from the dashboard, or its Observations sheet saved as CSV',
    );
  if (bytes.length < 4 || ZIP_MAGIC.some((byte, index) => bytes[index] !== byte)) return notWorkbook();
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return notWorkbook();
  }
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  if (!zip.file('[Content_Types].xml') || !zip.file('xl/workbook.xml')) return notWorkbook();
  const tooLarge = () =>
    refuse(
      name,
      `此工作簿解压后过大（超过 ${limits.maxTotalBytes / 1024 / 1024} MB 或压缩比异常），可能是恶意文件，未导入`,
      `This workbook inflates too far (over ${limits.maxTotalBytes / 1024 / 1024} MB, or an extreme compression ratio); it may be a zip bomb and was not imported`,
    );
  if (entries.length > limits.maxEntries) return tooLarge();
  const cap = Math.min(limits.maxTotalBytes, Math.max(limits.ratioFloorBytes, limits.maxRatio * bytes.length));
  const budget = { inflated: 0, cap };
  try {
    for (const entry of entries) await inflate(entry, budget);
  } catch (error) {
    if (error instanceof TooLarge) return tooLarge();
    return notWorkbook();
  }
  return undefined;
}
