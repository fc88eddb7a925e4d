import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/widgets/briefing-files/build-deck';
import { buildWorkbook } from '../../src/widgets/briefing-files/build-workbook';
import { articleFigures } from '../fixtures/article-figures';
import { briefingInputFor, HOSTILE_TEXT_KEPT, withHostileNames } from '../setup/briefing-input';
import { inBrowserEncoding } from '../setup/browser-zip';

/**
 * The deck and the workbook as an official's office suite sees them: LibreOffice headless opens both (a file it
 * cannot read fails the conversion) and prints them to PDF, and every figure is found in the PDF's text; each
 * workbook row is checked where it stands, by openpyxl cell by cell and on its own line of the printed sheet.
 */

const run = promisify(execFile);

/**
 * The 指标 sheet's rows, written out by hand from the article: the value as the cell holds it and as LibreOffice
 * shows it, the unit as printed and its English words.
 */
const workbookRows = [
  { id: 'telecom-business-volume', value: 746.26, shown: '746.26', unit: '亿元', unitEn: '100 million CNY' },
  { id: 'telecom-business-revenue', value: 1370.9, shown: '1370.9', unit: '亿元', unitEn: '100 million CNY' },
  { id: 'mobile-phone-users', value: 4261.7, shown: '4261.7', unit: '万户', unitEn: '10,000 subscribers' },
  { id: 'mobile-phone-penetration', value: 122.9, shown: '122.9', unit: '部/百人', unitEn: 'per 100 people' },
  { id: '5g-user-penetration', value: 80.5, shown: '80.5', unit: '%', unitEn: '%' },
  { id: 'fixed-broadband-users', value: 1797.5, shown: '1797.5', unit: '万户', unitEn: '10,000 subscribers' },
  { id: 'gigabit-broadband-users', value: 465.2, shown: '465.2', unit: '万户', unitEn: '10,000 subscribers' },
  { id: '5g-traffic-share', value: 68, shown: '68', unit: '%', unitEn: '%' },
  { id: 'mobile-base-stations', value: 32.9, shown: '32.9', unit: '万个', unitEn: '10,000 units' },
  { id: '5g-base-stations', value: 11.5, shown: '11.5', unit: '万个', unitEn: '10,000 units' },
  { id: '5g-base-stations-per-10k-people', value: 33, shown: '33', unit: '个/万人', unitEn: 'per 10,000 people' },
  { id: 'broadband-access-ports', value: 3011, shown: '3011', unit: '万个', unitEn: '10,000 units' },
  { id: 'gigabit-cities', value: 7, shown: '7', unit: '市', unitEn: 'cities' },
  { id: 'optical-cable-length', value: 242, shown: '242', unit: '万公里', unitEn: '10,000 km' },
  { id: 'optical-cable-density', value: 15.3, shown: '15.3', unit: '公里/平方公里', unitEn: 'km per km²' },
  { id: 'composite-compute-index-rank', value: 8, shown: '8', unit: '名次', unitEn: 'rank' },
  { id: 'energy-efficiency-rank', value: 5, shown: '5', unit: '名次', unitEn: 'rank' },
  { id: 'compute-scale-rank', value: 8, shown: '8', unit: '名次', unitEn: 'rank' },
  { id: 'standard-racks-in-use-rank', value: 9, shown: '9', unit: '名次', unitEn: 'rank' },
  { id: 'environment-sub-index-rank', value: 8, shown: '8', unit: '名次', unitEn: 'rank' },
  { id: 'smart-coal-mine-coverage', value: 90, shown: '90', unit: '%', unitEn: '%' },
  { id: 'universal-service-fund', value: 5.3, shown: '5.3', unit: '亿元', unitEn: '100 million CNY' },
  { id: 'relocation-sites-covered', value: 1122, shown: '1122', unit: '个', unitEn: 'sites' },
  { id: 'relocation-sites-fibre-access-rate', value: 100, shown: '100', unit: '%', unitEn: '%' },
  { id: 'relocation-sites-4g-reach-rate', value: 100, shown: '100', unit: '%', unitEn: '%' },
  { id: 'village-5g-reach', value: 96, shown: '96', unit: '%', unitEn: '%' },
  { id: 'rural-fixed-broadband-users', value: 337.5, shown: '337.5', unit: '万户', unitEn: '10,000 subscribers' },
  { id: 'tourism-road-5g-base-stations', value: 1.7, shown: '1.7', unit: '万个', unitEn: '10,000 units' },
];

/** The indicator's name, from the hand-written article figures. */
function nameOf(id: string, language: 'zh' | 'en'): string {
  const figure = articleFigures.find((candidate) => candidate.id === id);
  if (!figure) throw new Error(`no article figure ${id}`);
  return figure[language].name;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Cells = (string | number | null)[][];

/** openpyxl, as a statistician's script reads a workbook: every sheet, row and cell (a date as YYYY-MM-DD). */
async function readWorkbook(file: string): Promise<Record<string, Cells>> {
  const { stdout } = await run('/usr/bin/python3', [
    '-c',
    [
      'import datetime, json, sys, openpyxl',
      'book = openpyxl.load_workbook(sys.argv[1])',
      'def cell(value):',
      '    if isinstance(value, datetime.datetime) and value.time() == datetime.time(0):',
      '        return value.date().isoformat()',
      '    return value',
      'sheets = {sheet.title: [[cell(c.value) for c in row] for row in sheet.iter_rows()] for sheet in book.worksheets}',
      'print(json.dumps(sheets, default=str))',
    ].join('\n'),
    file,
  ]);
  return JSON.parse(stdout) as Record<string, Cells>;
}

let directory = '';
const pdfText: Record<string, string> = {};
/** The workbooks' PDFs as laid out on the page, one sheet row a line. */
const pdfLayout: Record<string, string> = {};
const workbookCells: Partial<Record<'zh' | 'en', Record<string, Cells>>> = {};

/** Without whitespace: LibreOffice spaces CJK from Latin text and wraps lines, pdftotext keeps both. */
const squeeze = (value: string) => value.replace(/\s+/g, '');

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'briefing-office-'));
  const files: string[] = [];
  for (const language of ['zh', 'en'] as const) {
    const input = briefingInputFor(language);
    await writeFile(join(directory, `deck-${language}.pptx`), await buildDeck(input));
    await writeFile(join(directory, `book-${language}.xlsx`), await buildWorkbook(input));
    files.push(`deck-${language}.pptx`, `book-${language}.xlsx`);
  }
  // Names and region a contract-valid API may send, built as a browser builds them (JSZip without Buffer).
  const hostile = withHostileNames(briefingInputFor('zh'));
  await writeFile(join(directory, 'deck-hostile.pptx'), await inBrowserEncoding(() => buildDeck(hostile)));
  await writeFile(join(directory, 'book-hostile.xlsx'), await inBrowserEncoding(() => buildWorkbook(hostile)));
  files.push('deck-hostile.pptx', 'book-hostile.xlsx');
  // A profile of its own, so a LibreOffice the user has open (or another run) does not take the conversion over.
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${join(directory, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      join(directory, 'pdf'),
      ...files.map((file) => join(directory, file)),
    ],
    { timeout: 280_000 },
  );
  for (const file of files) {
    const pdf = join(directory, 'pdf', file.replace(/\.\w+$/, '.pdf'));
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
    pdfText[file] = stdout;
    if (file.endsWith('.xlsx'))
      pdfLayout[file] = (await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'])).stdout;
  }
  for (const language of ['zh', 'en'] as const) {
    workbookCells[language] = await readWorkbook(join(directory, `book-${language}.xlsx`));
  }
});

afterAll(async () => {
  if (directory) await rm(directory, { recursive: true, force: true });
});

describe('LibreOffice opens the exported files', () => {
  for (const language of ['zh', 'en'] as const) {
    it(`prints every figure of the deck, with its comparisons (${language})`, async () => {
      const text = squeeze(pdfText[`deck-${language}.pptx`] ?? '');
      expect(text.length).toBeGreaterThan(0);
      for (const figure of articleFigures) {
        const card = figure[language];
        expect(text, `${figure.id}: ${card.figure}`).toContain(squeeze(card.figure));
        expect(text, figure.id).toContain(squeeze(card.name));
        for (const badge of card.badges) expect(text, `${figure.id}: ${badge}`).toContain(squeeze(badge));
      }
      const pages = (await run('pdfinfo', [join(directory, 'pdf', `deck-${language}.pdf`)])).stdout;
      expect(pages).toMatch(/Pages:\s+18\b/);
    });

    it(`prints each indicator's row with its own value, unit and date (${language})`, () => {
      // pdftotext -layout keeps a sheet row on one line: the value must sit on its indicator's line, between the
      // name and the unit, not just anywhere on the page (4261.7 is also in the source sentences).
      const lines = (pdfLayout[`book-${language}.xlsx`] ?? '').split('\n');
      for (const row of workbookRows) {
        const name = nameOf(row.id, language);
        const rowLines = lines.filter((line) => new RegExp(`\\s${escape(row.id)}\\s`).test(line));
        // One line in 指标 and one per observation in 观测值; the 指标 line starts with the area.
        const indicatorLine = rowLines.find((line) => /^\S/.test(line) && !line.startsWith(row.id)) ?? '';
        const english = language === 'en' ? `\\s+${escape(row.unitEn)}` : '';
        expect(indicatorLine, row.id).toMatch(
          new RegExp(
            `\\s${escape(row.id)}\\s+${escape(name)}\\s+${escape(row.shown)}\\s*${escape(row.unit)}${english}\\s+2025-07-31(\\s|$)`,
          ),
        );
      }
    });

    it(`holds each indicator's row, cell by cell, as openpyxl reads it (${language})`, () => {
      const sheet = workbookCells[language]?.[language === 'zh' ? '指标' : 'Indicators'] ?? [];
      const header = sheet[0] ?? [];
      const column = (title: string) => {
        const index = header.indexOf(title);
        expect(index, `column ${title}`).toBeGreaterThanOrEqual(0);
        return index;
      };
      const zh = language === 'zh';
      const [idAt, nameAt, valueAt, unitAt, dateAt] = [
        zh ? '编号' : 'ID',
        zh ? '指标' : 'Indicator',
        zh ? '最新值' : 'Latest value',
        zh ? '单位' : 'Unit (as printed)',
        zh ? '日期' : 'Date',
      ].map(column);
      // One row per indicator, in the article's order: none missing, none twice, none extra.
      expect(sheet.slice(1).map((cells) => cells[idAt ?? -1])).toEqual(workbookRows.map((row) => row.id));
      for (const row of workbookRows) {
        const cells = sheet.find((candidate) => candidate[idAt ?? -1] === row.id) ?? [];
        const shown = { name: cells[nameAt ?? -1], value: cells[valueAt ?? -1], unit: cells[unitAt ?? -1] };
        expect({ ...shown, date: cells[dateAt ?? -1] }, row.id).toEqual({
          name: nameOf(row.id, language),
          value: row.value,
          unit: row.unit,
          date: '2025-07-31',
        });
        if (language === 'en') expect(cells[column('Unit (English)')], row.id).toBe(row.unitEn);
      }
    });
  }

  it('keeps the files readable: the PDFs are real documents, not a conversion error', async () => {
    const header = (await readFile(join(directory, 'pdf', 'deck-zh.pdf'))).subarray(0, 5).toString('latin1');
    expect(header).toBe('%PDF-');
  });

  it('opens files whose names and region hold markup, controls, a lone surrogate, _x0041_ and a formula', async () => {
    const deck = squeeze(pdfText['deck-hostile.pptx'] ?? '');
    expect(deck).toContain(squeeze(HOSTILE_TEXT_KEPT));
    const pages = (await run('pdfinfo', [join(directory, 'pdf', 'deck-hostile.pdf')])).stdout;
    expect(pages).toMatch(/Pages:\s+18\b/);
    expect(squeeze(pdfText['book-hostile.xlsx'] ?? '')).toContain(squeeze(HOSTILE_TEXT_KEPT));

    // openpyxl, as a statistician's script reads the workbook: every sheet, row and name as sent.
    const { stdout } = await run('/usr/bin/python3', [
      '-c',
      [
        'import json, sys, openpyxl',
        'book = openpyxl.load_workbook(sys.argv[1])',
        'sheets = {sheet.title: [[cell.value for cell in row] for row in sheet.iter_rows()] for sheet in book.worksheets}',
        'print(json.dumps(sheets, default=str))',
      ].join('\n'),
      join(directory, 'book-hostile.xlsx'),
    ]);
    // openpyxl 3.0 reads an inline string's _xHHHH_ escapes as written (Excel and LibreOffice read them as the
    // character), so the spec's reading is applied here.
    const unescape = (value: string | number | null) =>
      typeof value === 'string'
        ? value.replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
        : value;
    const sheets = Object.fromEntries(
      Object.entries(JSON.parse(stdout) as Record<string, (string | number | null)[][]>).map(([name, rows]) => [
        name,
        rows.map((row) => row.map(unescape)),
      ]),
    );
    const indicators = briefingInputFor('zh').areas.flatMap((area) => area.indicators);
    expect(Object.keys(sheets)).toEqual(['指标', '观测值', '说明']);
    expect(sheets['指标']?.slice(1).map((row) => row[2])).toEqual(
      indicators.map((indicator) => `${HOSTILE_TEXT_KEPT} ${indicator.name.zh}`),
    );
    expect(sheets['观测值']).toHaveLength(1 + indicators.flatMap((indicator) => indicator.observations).length);
    const region = sheets['说明']?.find((row) => row[0] === '地区');
    expect(region?.[1]).toBe(HOSTILE_TEXT_KEPT);
  });
});
