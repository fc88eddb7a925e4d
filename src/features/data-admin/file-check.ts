/** The service's body limit: a larger file is refused in the browser before it is sent. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** What the import reads: the 导出 workbook and a CSV with its header row. */
export const ACCEPTED_EXTENSIONS = ['.xlsx', '.csv'] as const;

export type FileRefusal = 'wrong-type' | 'too-large';

/** Why a chosen file cannot be sent, or undefined when it may be. */
export function checkFile(file: Pick<File, 'name' | 'size'>): FileRefusal | undefined {
  const name = file.name.toLowerCase();
  if (!ACCEPTED_EXTENSIONS.some((extension) => name.endsWith(extension))) return 'wrong-type';
  if (file.size > MAX_UPLOAD_BYTES) return 'too-large';
  return undefined;
}

/** 10485761 → "10.0" (megabytes, one decimal, never 0.0 for a file with something in it). */
export function megabytesText(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return bytes > 0 && megabytes < 0.1 ? '0.1' : megabytes.toFixed(1);
}
