/**
 * `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266 with RFC 5987): browsers that read filename* get the
 * name as uploaded (中文.xlsx); the quoted fallback keeps printable ASCII and puts _ for the rest.
 */
export function attachment(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, '_') || 'download';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** The uploaded file's type, from its name: the import takes .xlsx and .csv only. */
export function contentTypeOf(fileName: string): string {
  if (/\.xlsx$/i.test(fileName)) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (/\.csv$/i.test(fileName)) return 'text/csv; charset=utf-8';
  return 'application/octet-stream';
}
