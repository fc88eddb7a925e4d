import JSZip from 'jszip';
import { escapeXml, xmlText } from '@/lib/xml-text';
import { isWideCharacter } from '@/lib/wide-characters';

/**
 * A small Office Open XML spreadsheet writer: inline strings, numbers with a digits-keeping format, real date
 * cells, a frozen header row, an autofilter and fitted column widths. It writes only what the briefing workbook
 * needs, over the JSZip that pptxgenjs already brings (exceljs would add many times its size).
 */

export type Cell =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number; decimals: number }
  | { kind: 'date'; iso: string }
  | { kind: 'date-time'; date: Date }
  | { kind: 'empty' };

export interface Sheet {
  name: string;
  rows: Cell[][];
  /** The first row is a header: bold, frozen, with an autofilter over the table. */
  header: boolean;
  /** Widest a column may grow, in characters (long source sentences wrap instead). */
  maxWidth?: number;
}

export const text = (value: string): Cell => ({ kind: 'text', text: value });
export const empty: Cell = { kind: 'empty' };
export const number = (value: number, decimals: number): Cell => ({ kind: 'number', value, decimals });
export const date = (iso: string): Cell => ({ kind: 'date', iso });

/** Digits after the point of a value as written (746.26 → 2), so the cell shows the printed digits. */
export function decimalsOf(value: number): number {
  const [, fraction = ''] = String(value).split('.');
  return /e/i.test(String(value)) ? 0 : fraction.length;
}

/**
 * Text in a SpreadsheetML part. Excel reads _xHHHH_ as the character HHHH, so a text that holds one literally has its
 * underscore written as _x005F_.
 */
const spreadsheetText = (value: string) => escapeXml(value).replace(/_(x[0-9a-f]{4}_)/gi, '_x005F_$1');

/** Days since 1899-12-30, the spreadsheet epoch (serial 1 is 1900-01-01 in the 1900 date system). */
function serialOf(utcMilliseconds: number): number {
  return utcMilliseconds / 86_400_000 + 25_569;
}

const isoSerial = (iso: string) => serialOf(Date.parse(`${iso}T00:00:00Z`));

/** The local wall-clock time as a serial, since a spreadsheet has no time zone. */
const localSerial = (moment: Date) => serialOf(moment.getTime() - moment.getTimezoneOffset() * 60_000);

const MAX_DECIMALS = 10;
// Style indices in cellXfs below: 0 default, 1 header, 2 date, 3 date-time, 4 wrapped text, 5 + n: n decimals.
const STYLE = { header: 1, date: 2, dateTime: 3, wrapped: 4, decimals: 5 } as const;

function stylesXml(): string {
  const decimalFormats = Array.from({ length: MAX_DECIMALS }, (_, index) => index + 1);
  const numFmts = [
    '<numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/>',
    '<numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/>',
    ...decimalFormats.map((digits) => `<numFmt numFmtId="${165 + digits}" formatCode="0.${'0'.repeat(digits)}"/>`),
  ];
  const xfs = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>',
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>',
    '<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    ...decimalFormats.map(
      (digits) => `<xf numFmtId="${165 + digits}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
    ),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>`,
    '<fonts count="2"><font><sz val="11"/><name val="Microsoft YaHei"/><family val="2"/></font>',
    '<font><b/><sz val="11"/><name val="Microsoft YaHei"/><family val="2"/></font></fonts>',
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>',
    '<fill><patternFill patternType="solid"><fgColor rgb="FFE5E7EB"/><bgColor indexed="64"/></patternFill></fill></fills>',
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>`,
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
    '</styleSheet>',
  ].join('');
}

/** A1-style column letters: 0 → A, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  }
  return name;
}

/** How wide a text is in character cells: CJK and full-width characters take two. */
function displayWidth(value: string): number {
  let width = 0;
  for (const character of value) width += isWideCharacter(character) ? 2 : 1;
  return width;
}

function cellWidth(cell: Cell): number {
  switch (cell.kind) {
    case 'text':
      return displayWidth(cell.text);
    case 'number':
      return cell.value.toFixed(Math.min(cell.decimals, MAX_DECIMALS)).length + 1;
    case 'date':
      return 10;
    case 'date-time':
      return 16;
    case 'empty':
      return 0;
  }
}

/** A number cell; NaN or an infinity is no number a spreadsheet can hold, so the cell stays empty. */
const valueXml = (reference: string, style: number, value: number) =>
  Number.isFinite(value) ? `<c r="${reference}" s="${style}"><v>${value}</v></c>` : '';

function cellXml(cell: Cell, reference: string, header: boolean, wrap: boolean): string {
  switch (cell.kind) {
    case 'text': {
      const style = header ? STYLE.header : wrap ? STYLE.wrapped : 0;
      return `<c r="${reference}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t xml:space="preserve">${spreadsheetText(cell.text)}</t></is></c>`;
    }
    case 'number': {
      const decimals = Math.min(cell.decimals, MAX_DECIMALS);
      return valueXml(reference, STYLE.decimals + decimals, cell.value);
    }
    case 'date':
      return valueXml(reference, STYLE.date, isoSerial(cell.iso));
    case 'date-time':
      return valueXml(reference, STYLE.dateTime, localSerial(cell.date));
    case 'empty':
      return '';
  }
}

function sheetXml(sheet: Sheet): string {
  const columnCount = Math.max(1, ...sheet.rows.map((row) => row.length));
  const maxWidth = sheet.maxWidth ?? 60;
  const widths = Array.from({ length: columnCount }, (_, column) =>
    Math.min(maxWidth, Math.max(6, ...sheet.rows.map((row) => cellWidth(row[column] ?? empty))) + 2),
  );
  const wrapped = widths.map((width, column) => sheet.rows.some((row) => cellWidth(row[column] ?? empty) + 2 > width));
  const lastReference = `${columnName(columnCount - 1)}${sheet.rows.length}`;
  const rows = sheet.rows.map((row, rowIndex) => {
    const cells = row
      .map((cell, column) =>
        cellXml(cell, `${columnName(column)}${rowIndex + 1}`, sheet.header && rowIndex === 0, wrapped[column] ?? false),
      )
      .join('');
    return `<row r="${rowIndex + 1}">${cells}</row>`;
  });
  const view = sheet.header
    ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
    : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    // Printed (or converted to PDF) landscape, one page wide, so a row is not split over pages.
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    `<dimension ref="A1:${lastReference}"/>`,
    view,
    '<sheetFormatPr defaultRowHeight="15"/>',
    `<cols>${widths.map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`).join('')}</cols>`,
    `<sheetData>${rows.join('')}</sheetData>`,
    sheet.header && sheet.rows.length > 1 ? `<autoFilter ref="A1:${lastReference}"/>` : '',
    '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>',
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    '</worksheet>',
  ].join('');
}

const MAX_SHEET_NAME = 31;

/** The longest start of a text that fits in `length` UTF-16 units without cutting a surrogate pair. */
function fitted(value: string, length: number): string {
  let result = '';
  for (const character of value) {
    if (result.length + character.length > length) break;
    result += character;
  }
  return result;
}

/**
 * Sheet names Excel accepts: at most 31 UTF-16 units, none of : \ / ? * [ ], no apostrophe at either end, not
 * empty, and no two alike (Excel compares without case), so a repeat becomes "name (2)".
 */
export function sheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name, index) => {
    const base =
      xmlText(name)
        .replace(/[:\\/?*[\]]/g, ' ')
        .replace(/^[\s']+|[\s']+$/g, '') || `Sheet${index + 1}`;
    for (let copy = 1; ; copy += 1) {
      const suffix = copy === 1 ? '' : ` (${copy})`;
      const candidate = `${fitted(base, MAX_SHEET_NAME - suffix.length).replace(/'+$/, '')}${suffix}`;
      if (!taken.has(candidate.toLowerCase())) {
        taken.add(candidate.toLowerCase());
        return candidate;
      }
    }
  });
}

function workbookXml(sheets: Sheet[]): string {
  const names = sheetNames(sheets.map((sheet) => sheet.name));
  const filters = sheets.flatMap((sheet, index) => {
    if (!sheet.header || sheet.rows.length < 2) return [];
    const columns = Math.max(1, ...sheet.rows.map((row) => row.length));
    const range = `'${(names[index] ?? '').replace(/'/g, "''")}'!$A$1:$${columnName(columns - 1)}$${sheet.rows.length}`;
    return [
      `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${spreadsheetText(range)}</definedName>`,
    ];
  });
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="16000" windowHeight="9000"/></bookViews>',
    `<sheets>${names.map((name, index) => `<sheet name="${spreadsheetText(name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('')}</sheets>`,
    filters.length > 0 ? `<definedNames>${filters.join('')}</definedNames>` : '',
    '</workbook>',
  ].join('');
}

/** The workbook as .xlsx bytes. */
export async function writeWorkbook(
  sheets: Sheet[],
  properties: { title: string; created: Date },
): Promise<Uint8Array<ArrayBuffer>> {
  const jszip = new JSZip();
  // Bytes, not strings: a browser's JSZip encodes a string in 16 KiB slices and splits a character outside the BMP
  // (𫛺, an emoji) that falls across a slice boundary into two halves that are not UTF-8.
  const utf8 = new TextEncoder();
  const zip = { file: (name: string, xml: string) => jszip.file(name, utf8.encode(xml)) };
  const sheetParts = sheets.map((_, index) => `xl/worksheets/sheet${index + 1}.xml`);
  zip.file(
    '[Content_Types].xml',
    [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
      '<Default Extension="xml" ContentType="application/xml"/>',
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
      ...sheetParts.map(
        (part) =>
          `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      ),
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
      '</Types>',
    ].join(''),
  );
  zip.file(
    '_rels/.rels',
    [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>',
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>',
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>',
      '</Relationships>',
    ].join(''),
  );
  // An invalid date has no ISO form: the file is dated now rather than not written.
  const moment = Number.isFinite(properties.created.getTime()) ? properties.created : new Date();
  const created = `${moment.toISOString().slice(0, 19)}Z`;
  zip.file(
    'docProps/core.xml',
    [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
      `<dc:title>${escapeXml(properties.title)}</dc:title>`,
      `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>`,
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified>`,
      '</cp:coreProperties>',
    ].join(''),
  );
  zip.file(
    'docProps/app.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>',
  );
  zip.file('xl/workbook.xml', workbookXml(sheets));
  zip.file(
    'xl/_rels/workbook.xml.rels',
    [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
      ...sheetParts.map(
        (part, index) =>
          `<Relationship Id="rId${index + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${part.slice(3)}"/>`,
      ),
      `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`,
      '</Relationships>',
    ].join(''),
  );
  zip.file('xl/styles.xml', stylesXml());
  sheets.forEach((sheet, index) => zip.file(sheetParts[index] ?? '', sheetXml(sheet)));
  // A copy on its own ArrayBuffer, which a Blob accepts.
  return new Uint8Array(await jszip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: XLSX_MIME }));
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
